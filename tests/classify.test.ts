import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classify, findPair, parseCode } from "closecodes/codes";

/** Every boundary of every range, and every kind of input that is not a code. */
describe("classify", () => {
  const cases: Array<[number, string, boolean]> = [
    [0, "unused", false],
    [999, "unused", false],
    [1000, "protocol", true],
    [1015, "protocol", true],
    [1016, "unassigned-protocol", false],
    [2999, "unassigned-protocol", false],
    [3000, "registered", true],
    [3001, "registered", false],
    [3999, "registered", false],
    [4000, "private", false],
    [4004, "private", false],
    [4999, "private", false],
    [5000, "undefined", false],
    [65535, "undefined", false],
  ];
  for (const [n, range, registered] of cases) {
    it(`places ${n} in ${range}${registered ? " as a registered code" : ""}`, () => {
      const c = classify(n);
      assert.ok(c.ok);
      assert.equal(c.code, n);
      assert.equal(c.range.id, range);
      assert.equal(Boolean(c.entry), registered);
    });
  }

  it("accepts strings with spaces and leading zeros", () => {
    const c = classify(" 01006 ");
    assert.ok(c.ok && c.code === 1006 && c.entry?.ianaName === "Abnormal Closure");
  });

  const bad: Array<[unknown, string]> = [
    ["", "empty"],
    ["   ", "empty"],
    [undefined, "empty"],
    [null, "empty"],
    ["abc", "not-a-number"],
    ["1e3", "not-a-number"],
    ["0x3e8", "not-a-number"],
    ["10 06", "not-a-number"],
    ["<script>", "not-a-number"],
    [Number.NaN, "not-a-number"],
    [Infinity, "not-a-number"],
    ["1006.5", "not-an-integer"],
    [1006.5, "not-an-integer"],
    ["-1", "negative"],
    [-1, "negative"],
    ["-1006.5", "negative"],
    ["65536", "too-large"],
    [65536, "too-large"],
    ["70000", "too-large"],
    ["99999999999999999999", "too-large"],
  ];
  for (const [input, error] of bad) {
    it(`rejects ${JSON.stringify(String(input))} as ${error}`, () => {
      const c = classify(input);
      assert.equal(c.ok, false);
      if (!c.ok) assert.equal(c.error, error);
    });
  }

  it("parseCode agrees with classify on every integer 0–65535", () => {
    for (let n = 0; n <= 65535; n++) {
      const p = parseCode(String(n));
      if (!p.ok || p.code !== n) assert.fail(`parseCode(${n})`);
    }
  });
});

describe("findPair", () => {
  it("finds canonical and reversed slugs, rejects others", () => {
    assert.deepEqual(findPair("1000-vs-1006"), { pair: [1000, 1006], canonical: true });
    assert.deepEqual(findPair("1006-vs-1000"), { pair: [1000, 1006], canonical: false });
    assert.equal(findPair("1000-vs-1002"), null);
    assert.equal(findPair("1000vs1006"), null);
  });
});
