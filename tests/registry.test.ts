import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { browserFacts } from "closecodes/engines";
import { ENGINE_IDS } from "closecodes/engines";
import {
  allCodes,
  allPairs,
  allRanges,
  forbiddenOnWire,
  getCode,
  MAX_REASON_BYTES,
  pageCloseText,
  pageMaySend,
  rangeOf,
  validOnWireText,
} from "closecodes/codes";
import { closeCodeRows } from "closecodes/codes/codes";
import { closeCodeEntry } from "@/lib/registry/schema";

/**
 * Registry rows against the rules they encode. The rules are restated here from the sources, so
 * a typo in a row fails a test instead of shipping:
 * - WHATWG close() step 1: a page may send exactly 1000 or 3000–4999.
 * - RFC 6455 §7.4.1: 1005, 1006, 1015 MUST NOT be set in a close frame; 1004 is reserved.
 * - IANA: 1000–1015 plus exactly 3000, 3003, 3008 in the 3xxx range.
 */
const sendableByRule = (n: number) => n === 1000 || (n >= 3000 && n <= 4999);

describe("close-code registry", () => {
  it("has every code 1000–1015 and the three IANA 3xxx codes, nothing else", () => {
    const expected = [...Array.from({ length: 16 }, (_, i) => 1000 + i), 3000, 3003, 3008];
    assert.deepEqual(
      allCodes().map((c) => c.code),
      expected,
    );
  });

  it("marks sendable-by-close() exactly for 1000 and 3000–4999", () => {
    for (const c of allCodes()) assert.equal(c.sendableByPage, sendableByRule(c.code), `code ${c.code}`);
    for (const r of allRanges()) {
      for (const n of [r.from, r.to]) {
        if (!getCode(n)) assert.equal(r.sendableByPage, sendableByRule(n), `range ${r.id} at ${n}`);
      }
    }
  });

  it("never puts 1005, 1006 or 1015 on the wire, and reserves 1004", () => {
    const forbidden = allCodes()
      .filter((c) => c.onWire === "forbidden")
      .map((c) => c.code);
    assert.deepEqual(forbidden, [1005, 1006, 1015]);
    assert.equal(getCode(1004)?.onWire, "reserved");
    for (const c of allCodes()) {
      if (![1004, 1005, 1006, 1015].includes(c.code)) assert.equal(c.onWire, "allowed", `code ${c.code}`);
    }
  });

  it("has every engine synthesise 1005 and 1006; only Firefox reports 1015, its own or a server's", () => {
    for (const id of ENGINE_IDS) {
      for (const code of [1005, 1006])
        assert.match(browserFacts(id, code).inCloseEvent, /^synthesised/, `${id} ${code}`);
      assert.equal(
        browserFacts(id, 1015).inCloseEvent,
        id === "firefox" ? "synthesised-or-peer" : "never",
        id,
      );
      assert.equal(browserFacts(id, 1006).wasClean, id === "firefox" ? "either" : "false", id);
    }
    assert.ok(getCode(1006)?.producers.includes("browser"));
  });

  it("uses the IANA names as registered", () => {
    const names: Record<number, string | null> = {
      1000: "Normal Closure",
      1001: "Going Away",
      1002: "Protocol error",
      1003: "Unsupported Data",
      1004: "Reserved",
      1005: "No Status Rcvd",
      1006: "Abnormal Closure",
      1007: "Invalid frame payload data",
      1008: "Policy Violation",
      1009: "Message Too Big",
      1010: "Mandatory Ext.",
      1011: "Internal Error",
      1012: "Service Restart",
      1013: "Try Again Later",
      1014: null, // IANA registers a description only (the test below)
      1015: "TLS handshake",
      3000: "Unauthorized",
      3003: "Forbidden",
      3008: "Timeout",
    };
    for (const c of allCodes()) assert.equal(c.ianaName, names[c.code], `code ${c.code}`);
    // IANA websocket.xml, 1014: a <description>, no name. The site's "Bad Gateway" is its own.
    assert.match(
      getCode(1014)?.ianaDescription ?? "",
      /^The server was acting as a gateway or proxy .* similar to 502/,
    );
    for (const c of allCodes())
      assert.equal(c.ianaDescription !== undefined, c.ianaName === null, `${c.code}`);
    assert.equal(getCode(3000)?.registered, "2021-09-06");
    assert.equal(getCode(3003)?.registered, "2023-02-22");
    assert.equal(getCode(3008)?.registered, "2024-02-01");
  });

  it("links every code to at least one spec, and related codes to registered codes", () => {
    for (const c of allCodes()) {
      assert.ok(c.spec.length > 0);
      for (const r of c.related) {
        assert.ok(getCode(r), `${c.code} → ${r}`);
        assert.notEqual(r, c.code);
      }
    }
  });

  it("rejects a bad row at load (zod)", () => {
    const bad = { ...closeCodeRows[0], code: 70000 };
    assert.equal(closeCodeEntry.safeParse(bad).success, false);
    const extra = { ...closeCodeRows[0], surprise: true };
    assert.equal(closeCodeEntry.safeParse(extra).success, false);
    const noName = { ...closeCodeRows[0], name: { en: "x" } };
    assert.equal(closeCodeEntry.safeParse(noName).success, false);
  });

  it("covers 0–65535 with ranges that neither overlap nor leave gaps", () => {
    const ranges = [...allRanges()].sort((a, b) => a.from - b.from);
    assert.equal(ranges[0]?.from, 0);
    assert.equal(ranges.at(-1)?.to, 65535);
    for (let i = 1; i < ranges.length; i++) assert.equal(ranges[i]!.from, ranges[i - 1]!.to + 1);
    assert.deepEqual(
      ranges.map((r) => [r.from, r.to]),
      [
        [0, 999],
        [1000, 1015],
        [1016, 2999],
        [3000, 3999],
        [4000, 4999],
        [5000, 65535],
      ],
    );
    for (const c of allCodes()) assert.ok(rangeOf(c.code));
  });

  it("has at least 20 curated pairs, each a < b, unique, with the first users' pair first", () => {
    const pairs = allPairs();
    assert.ok(pairs.length >= 20);
    assert.deepEqual(pairs[0], [1000, 1006]);
    const keys = new Set(pairs.map(([a, b]) => `${a}-${b}`));
    assert.equal(keys.size, pairs.length);
    for (const [a, b] of pairs) assert.ok(a < b);
    for (const must of [
      "1000-1001",
      "1000-1005",
      "1001-1005",
      "1001-1006",
      "1001-1010",
      "1005-1006",
      "1005-1011",
      "1008-1009",
    ]) {
      assert.ok(keys.has(must), must);
    }
  });
});

describe("the code rules, each stated once (closecodes/codes/rules)", () => {
  it("states each rule as the RFC and WHATWG do", () => {
    assert.equal(MAX_REASON_BYTES, 123);
    assert.deepEqual(forbiddenOnWire(), [1005, 1006, 1015]);
    assert.equal(pageCloseText("en"), "1000 or 3000–4999");
    assert.equal(pageCloseText("ru"), "1000 или 3000–4999");
    assert.equal(validOnWireText("en"), "1000–1003, 1007–1014 or 3000–4999");
  });

  it("derives the registry's sendable column from the rule, for every code and range", () => {
    for (let c = 0; c <= 65535; c += 1) {
      const entry = getCode(c);
      if (entry) assert.equal(entry.sendableByPage, pageMaySend(c), `${c}`);
    }
    for (const r of allRanges())
      assert.equal(r.sendableByPage, pageMaySend(r.from) && pageMaySend(r.to), r.id);
  });
});
