import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultValues, getScenario, scenarios } from "@/lib/scenarios/catalogue";
import { formatParams, parseParams, SESSION_PARAM, type ParamSpec } from "@/lib/scenarios/params";
import { variants } from "@/lib/scenarios/variants";

/**
 * Scenario query parameters as a public URL receives them: anything a visitor can type. Every
 * rejection must name the parameter (the 400 body is the only documentation a curl user sees),
 * never echo an unbounded value, and count text limits in UTF-8 bytes the way a close frame does
 * (RFC 6455 §5.5: 125-byte control payload − 2-byte code = 123). formatParams must produce the
 * shortest stable permalink: defaults omitted, spec order, and parse(format(x)) = x.
 */
const doc = { en: "test", ru: "тест" };
const specs: readonly ParamSpec[] = [
  { name: "code", kind: "int", min: 1000, max: 4999, doc },
  { name: "delay", kind: "int", min: 0, max: 60_000, default: 0, unit: "ms", doc },
  { name: "kind", kind: "enum", values: ["one-byte", "invalid-utf8"], default: "one-byte", doc },
  { name: "reason", kind: "text", maxBytes: 123, default: "bye", doc },
];

const parse = (query: string | URLSearchParams) =>
  parseParams(specs, typeof query === "string" ? new URLSearchParams(query) : query);

/** A query built with set(), so values reach the parser exactly as written (no hand-escaping). */
const q = (entries: Record<string, string>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) u.set(k, v);
  return u;
};

function rejects(query: string | URLSearchParams, pattern: RegExp) {
  const r = parse(query);
  assert.equal(r.ok, false, `expected ${String(query)} to be rejected`);
  if (!r.ok) assert.match(r.error, pattern);
  return r.ok ? "" : r.error;
}

function accepts(query: string | URLSearchParams) {
  const r = parse(query);
  assert.ok(r.ok, `expected ${String(query)} to parse: ${r.ok ? "" : r.error}`);
  return r.values;
}

describe("parseParams: names", () => {
  it("rejects an unknown parameter, naming it and listing what is accepted", () => {
    const e = rejects("code=1000&colour=red", /unknown parameter "colour"/);
    assert.match(e, /this scenario takes: code, delay, kind, reason, sid/);
  });

  it("matches names case-sensitively", () => {
    rejects("Code=1000", /unknown parameter "Code"/);
    rejects("code=1000&SID=abcdefghijklmnop", /unknown parameter "SID"/);
  });

  it("rejects a parameter given twice, even with the same value, sid included", () => {
    rejects("code=1000&code=1001", /parameter "code" is given more than once/);
    rejects("code=1000&code=1000", /parameter "code" is given more than once/);
    rejects("code=1000&reason=a&reason=", /parameter "reason" is given more than once/);
    rejects(
      `code=1000&sid=${"a".repeat(16)}&sid=${"b".repeat(16)}`,
      /parameter "sid" is given more than once/,
    );
  });

  it("echoes at most 40 characters of a hostile name or value", () => {
    const longName = "x".repeat(5000);
    const e1 = rejects(`code=1000&${longName}=1`, /unknown parameter "x{40}…"/);
    assert.ok(e1.length < 200, `error is ${e1.length} chars`);
    const e2 = rejects(`code=${"9".repeat(5000)}`, /^code: .*got "9{40}…"$/);
    assert.ok(e2.length < 200, `error is ${e2.length} chars`);
  });
});

describe("parseParams: int", () => {
  it("requires an int without a default, given or empty", () => {
    rejects("", /^code: required \(an integer 1000–4999\)$/);
    rejects("code=", /^code: required \(an integer 1000–4999\)$/);
    rejects("delay=5", /^code: required/);
  });

  it("accepts the range boundaries and fills in defaults", () => {
    assert.deepEqual(accepts("code=1000"), { code: 1000, delay: 0, kind: "one-byte", reason: "bye" });
    assert.equal(accepts("code=4999").code, 4999);
    assert.equal(accepts("code=1000&delay=60000").delay, 60_000);
    assert.equal(accepts("code=1000&delay=").delay, 0, "an empty optional int is its default");
    assert.equal(typeof accepts("code=1234").code, "number");
  });

  it("rejects just outside the range", () => {
    rejects("code=999", /^code: must be an integer 1000–4999, got "999"$/);
    rejects("code=5000", /^code: must be an integer 1000–4999, got "5000"$/);
    rejects("code=1000&delay=60001", /^delay: must be an integer 0–60000 \(ms\), got "60001"$/);
  });

  it("rejects anything that is not plain ASCII digits", () => {
    const bad = [
      "abc",
      "-1",
      "-1000",
      "1000.0",
      "1000.5",
      "1e3",
      "0x3e8",
      "+1000",
      " 1000",
      "1000 ",
      "1_000",
      "1,000",
      "Infinity",
      "NaN",
      "１０００", // fullwidth digits
      "١٠٠٠", // Arabic-Indic digits
      "1000\u0000",
      "1000\n",
    ];
    for (const v of bad) {
      const r = parse(q({ code: v }));
      assert.equal(r.ok, false, JSON.stringify(v));
      if (!r.ok) assert.match(r.error, /^code: must be an integer 1000–4999, got /, JSON.stringify(v));
    }
  });

  it("rejects huge ints without overflowing into range", () => {
    rejects("code=99999999999", /^code: must be an integer 1000–4999, got "99999999999"$/);
    rejects("code=1000&delay=99999999999", /^delay: .*got "99999999999"$/);
    // 2^32 + 1000 and 2^53 + 1000 must not wrap around to 1000.
    rejects("code=4294968296", /^code:/);
    rejects("code=9007199254741992", /^code:/);
    rejects(`code=${"0".repeat(20)}1000`, /^code:/);
  });

  it("names the unit in the message when the spec has one", () => {
    rejects("code=1000&delay=soon", /^delay: must be an integer 0–60000 \(ms\), got "soon"$/);
  });
});

describe("parseParams: enum", () => {
  it("accepts each listed value and defaults when absent", () => {
    assert.equal(accepts("code=1000").kind, "one-byte");
    assert.equal(accepts("code=1000&kind=invalid-utf8").kind, "invalid-utf8");
  });

  it("rejects a value not in the list, including case variants, empty and near misses", () => {
    for (const v of ["long-reason", "ONE-BYTE", "one-byte ", "", "one_byte", "__proto__", "toString"]) {
      const r = parse(q({ code: "1000", kind: v }));
      assert.equal(r.ok, false, JSON.stringify(v));
      if (!r.ok)
        assert.equal(r.error, `kind: must be one of one-byte, invalid-utf8, got ${JSON.stringify(v)}`);
    }
  });
});

describe("parseParams: text", () => {
  it("counts the limit in UTF-8 bytes: 61 × é (122 bytes) passes, 62 × é (124 bytes) does not", () => {
    assert.equal(accepts(q({ code: "1000", reason: "é".repeat(61) })).reason, "é".repeat(61));
    const e = rejects(
      q({ code: "1000", reason: "é".repeat(62) }),
      /^reason: at most 123 UTF-8 bytes, got 124$/,
    );
    assert.ok(!e.includes("é"), "the value is not echoed");
  });

  it("allows exactly 123 bytes in 1-, 3- and 4-byte characters, and not one more", () => {
    accepts(q({ code: "1000", reason: "x".repeat(123) }));
    rejects(q({ code: "1000", reason: "x".repeat(124) }), /got 124$/);
    accepts(q({ code: "1000", reason: "€".repeat(41) })); // 123 bytes
    rejects(q({ code: "1000", reason: "€".repeat(41) + "x" }), /got 124$/);
    accepts(q({ code: "1000", reason: "😀".repeat(30) + "xxx" })); // 123 bytes, 63 UTF-16 units
    rejects(q({ code: "1000", reason: "😀".repeat(31) }), /got 124$/);
  });

  it("decodes percent-escapes before counting (the limit is on the value, not the URL)", () => {
    // "%C3%A9" is 6 URL characters but one 2-byte character.
    assert.equal(accepts(`code=1000&reason=${"%C3%A9".repeat(61)}`).reason, "é".repeat(61));
    rejects(`code=1000&reason=${"%C3%A9".repeat(62)}`, /got 124$/);
    // "+" is a space in a query string.
    assert.equal(accepts("code=1000&reason=a+b").reason, "a b");
  });

  it("accepts markup as plain text, verbatim, but still length-checked", () => {
    for (const v of [
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "javascript:alert(1)",
      "{{constructor.constructor('x')()}}",
      "'; DROP TABLE reports; --",
    ]) {
      assert.equal(accepts(q({ code: "1000", reason: v })).reason, v);
    }
    const long = `<script>${"a".repeat(120)}</script>`;
    const e = rejects(q({ code: "1000", reason: long }), /^reason: at most 123 UTF-8 bytes, got 137$/);
    assert.ok(!e.includes("<script"), "the markup is not echoed");
  });

  it("accepts an empty reason given explicitly, and the default when absent", () => {
    assert.equal(accepts("code=1000&reason=").reason, "");
    assert.equal(accepts("code=1000").reason, "bye");
  });
});

describe("parseParams: sid", () => {
  it(`takes ${SESSION_PARAM} as 16–64 characters of A–Z a–z 0–9 - _, and keeps it out of the values`, () => {
    for (const sid of ["a".repeat(16), "Z".repeat(64), "AbC-_09xYz-_AbC-", "0123456789abcdefABCDEF_-"]) {
      const values = accepts(q({ code: "1000", sid }));
      assert.equal(SESSION_PARAM in values, false);
    }
  });

  it("rejects a sid that is too short, too long, empty or has other characters", () => {
    for (const sid of [
      "",
      "a".repeat(15),
      "a".repeat(65),
      `${"a".repeat(15)}.`,
      `${"a".repeat(15)}=`,
      `${"a".repeat(15)}/`,
      `${"a".repeat(15)}+`,
      `${"a".repeat(15)} `,
      `${"a".repeat(15)}é`,
      `../../${"a".repeat(16)}`,
      `${"a".repeat(16)}\n`,
    ]) {
      const r = parse(q({ code: "1000", sid }));
      assert.equal(r.ok, false, JSON.stringify(sid));
      if (!r.ok) assert.match(r.error, /^sid: must be 16–64 characters/, JSON.stringify(sid));
    }
  });
});

describe("formatParams", () => {
  it("omits every default, giving an empty string", () => {
    assert.equal(formatParams(specs, { delay: 0, kind: "one-byte", reason: "bye" }), "");
    for (const s of scenarios) assert.equal(formatParams(s.params, defaultValues(s)), "", s.id);
  });

  it("keeps spec order whatever the order of the values object", () => {
    assert.equal(
      formatParams(specs, { reason: "x", kind: "invalid-utf8", delay: 5, code: 1000 }),
      "?code=1000&delay=5&kind=invalid-utf8&reason=x",
    );
    assert.equal(formatParams(specs, { reason: "x", code: 4000 }), "?code=4000&reason=x");
  });

  it("always writes a required int, and ignores values that have no spec", () => {
    assert.equal(formatParams(specs, { code: 1000 }), "?code=1000");
    assert.equal(formatParams(specs, { code: 1000, sid: "a".repeat(16), junk: 1 }), "?code=1000");
  });

  it("escapes text so it parses back unchanged", () => {
    for (const reason of ["a b&c=d", "100%", "+plus+", "é€😀", "#hash?x=1", "<script>", ""]) {
      const query = formatParams(specs, { code: 1000, reason });
      const back = parse(query);
      assert.ok(back.ok, query);
      if (back.ok) assert.equal(back.values.reason, reason, query);
    }
  });

  it("round-trips parse(format(x)) for every scenario's defaults", () => {
    for (const s of scenarios) {
      const values = defaultValues(s);
      const r = parseParams(s.params, new URLSearchParams(formatParams(s.params, values)));
      assert.ok(r.ok, s.id);
      if (r.ok) assert.deepEqual(r.values, values, s.id);
    }
  });

  it("round-trips parse(format(x)) for every variant, and format(parse(q)) = q", () => {
    const all = variants();
    assert.ok(all.length >= scenarios.length);
    for (const v of all) {
      const label = `${v.scenario.id}${v.query}`;
      assert.equal(v.query, formatParams(v.scenario.params, v.values), label);
      const r = parseParams(v.scenario.params, new URLSearchParams(v.query));
      assert.ok(r.ok, `${label}: ${r.ok ? "" : r.error}`);
      if (!r.ok) continue;
      assert.deepEqual(r.values, v.values, label);
      assert.equal(formatParams(v.scenario.params, r.values), v.query, label);
    }
  });

  it("has variants that include the close 4999 reason of 61 × é and the close-raw forbidden codes", () => {
    const queries = new Set(variants().map((v) => `${v.scenario.id}${v.query}`));
    const close = getScenario("close")!;
    assert.ok(queries.has(`close${formatParams(close.params, { code: 4999, reason: "é".repeat(61) })}`));
    for (const code of [1005, 1015]) assert.ok(queries.has(`close-raw?code=${code}`), `close-raw ${code}`);
    // close-raw's default is 1006, so its default variant has an empty query.
    assert.ok(queries.has("close-raw"));
  });
});
