import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allCodes, getCode, rangeOf, validOnWire } from "closecodes/codes";
import {
  defaultValues,
  getScenario,
  scenarios,
  SCENARIO_IDS,
  type Expectation,
  type Scenario,
} from "@/lib/scenarios/catalogue";
import { answerTo, passesToPage } from "closecodes/engines";
import { ENGINE_IDS, type EngineId, type PerEngine } from "closecodes/engines";
import { parseParams, type ParamValues } from "@/lib/scenarios/params";
import { variants } from "@/lib/scenarios/variants";
import { behaviours } from "@/server/behaviours";

/**
 * The scenario catalogue is read by the engine, the tester page, the JSON API and the e2e
 * suite, so a broken row breaks all four at once. Checked here:
 * - ids are unique, each has a behaviour in the engine and each behaviour has a row;
 * - each row illustrates a code that has a page (a registered code);
 * - defaults and every variant parse and pass validate(), and their expectations are well-formed
 *   and consistent with what a browser can report (1006 is never clean; a failed handshake
 *   never opens);
 * - the `close` scenario refuses exactly the codes RFC 6455 §7.4 forbids on the wire (1004
 *   reserved; 1005, 1006, 1015 MUST NOT be sent; 1016–2999 unassigned), cross-checked against
 *   the registry rather than a list restated here; and `close-raw` predicts a failed connection
 *   exactly for the three codes a browser refuses to receive.
 */
const FORBIDDEN_BY_RFC = [1005, 1006, 1015];

/** Valid on the wire per the registry: a registered code's own flag wins over its range's. */
const wireOk = (n: number) => {
  const entry = getCode(n);
  return entry ? entry.onWire === "allowed" : rangeOf(n).validOnWire;
};

const withCode = (s: Scenario, code: number): ParamValues => ({ ...defaultValues(s), code });

function assertExpectation(all: PerEngine<Expectation>, label: string) {
  assert.deepEqual(Object.keys(all).sort(), ["chromium", "firefox", "webkit"], label);
  for (const id of ENGINE_IDS) assertOne(all[id], id, `${label} in ${id}`);
}

function assertOne(e: Expectation, engine: EngineId, label: string) {
  const { racy, ...rest } = e;
  assert.deepEqual(Object.keys(rest).sort(), ["code", "error", "open", "reason", "wasClean"], label);
  for (const k of racy ?? []) assert.ok(k in rest, `${label}: racy ${k}`);
  assert.equal(typeof e.open, "boolean", label);
  assert.equal(typeof e.error, "boolean", label);
  assert.equal(typeof e.wasClean, "boolean", label);
  assert.equal(typeof e.reason, "string", label);
  assert.ok(Number.isInteger(e.code) && e.code >= 0 && e.code <= 65535, `${label}: code ${e.code}`);
  assert.ok(new TextEncoder().encode(e.reason).length <= 123, `${label}: reason over 123 bytes`);
  // What a browser can report: a made-up 1006 is never clean (a clean 1006 carries a server's
  // reason); an error event always ends in 1006. A page that never saw open either failed the
  // handshake (error + 1006) or read the server's first frames before open could fire (racy).
  if (e.code === 1006 && e.wasClean) assert.notEqual(e.reason, "", `${label}: a made-up 1006 is never clean`);
  if (!e.open && !racy?.includes("open"))
    assert.deepEqual([e.error, e.code], [true, 1006], `${label}: failed handshake`);
  if (e.error) assert.equal(e.code, 1006, `${label}: error implies 1006`);
  // A made-up 1005 has no reason; one a server put in its frame does (only Firefox passes it on).
  if (e.code === 1005 && !passesToPage(engine, 1005))
    assert.equal(e.reason, "", `${label}: 1005 has no reason`);
}

describe("scenario catalogue", () => {
  it("has unique, URL-safe ids, found by getScenario", () => {
    const ids = scenarios.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate in ${ids.join(", ")}`);
    for (const id of ids) {
      assert.match(id, /^[a-z][a-z0-9-]*$/, id);
      assert.equal(getScenario(id)?.id, id);
    }
    assert.equal(getScenario("nope"), undefined);
    assert.equal(getScenario(""), undefined);
  });

  it("has a behaviour for every scenario and a scenario for every behaviour", () => {
    const ids = scenarios.map((s) => s.id).sort();
    assert.deepEqual(Object.keys(behaviours).sort(), ids);
    for (const id of ids) assert.equal(typeof behaviours[id], "function", id);
  });

  it("lists every scenario once, in SCENARIO_IDS order (the server's behaviours are keyed on it)", () => {
    assert.deepEqual(
      scenarios.map((s) => s.id),
      [...SCENARIO_IDS],
    );
    assert.deepEqual(Object.keys(behaviours).sort(), [...SCENARIO_IDS].sort());
  });

  it("illustrates only registered codes (each has a page)", () => {
    for (const s of scenarios) assert.ok(getCode(s.illustrates), `${s.id} illustrates ${s.illustrates}`);
  });

  it("illustrates a code its default variant shows: on some engine's page, or sent to the server", () => {
    for (const s of scenarios) {
      const v = defaultValues(s);
      const page = Object.values(s.expect(v)).some((e) => e.code === s.illustrates);
      const server = Object.values(s.expectServer?.(v) ?? {}).some((x) => x.close?.code === s.illustrates);
      assert.ok(page || server, `${s.id} illustrates ${s.illustrates} but does not show it`);
    }
  });

  it("has unique parameter names per scenario, none named sid, with defaults inside their own rules", () => {
    for (const s of scenarios) {
      const names = s.params.map((p) => p.name);
      assert.equal(new Set(names).size, names.length, s.id);
      assert.ok(!names.includes("sid"), `${s.id} shadows sid`);
      for (const p of s.params) {
        const label = `${s.id}.${p.name}`;
        if (p.kind === "int") {
          assert.ok(Number.isInteger(p.min) && Number.isInteger(p.max) && p.min <= p.max, label);
          assert.ok(p.max <= 999_999_999, `${label}: max beyond what the 9-digit parser accepts`);
          if (p.default !== undefined) assert.ok(p.default >= p.min && p.default <= p.max, label);
        } else if (p.kind === "enum") {
          assert.ok(p.values.includes(p.default), label);
          assert.equal(new Set(p.values).size, p.values.length, label);
        } else {
          assert.ok(new TextEncoder().encode(p.default).length <= p.maxBytes, label);
        }
      }
    }
  });

  it("parses an empty query to exactly the defaults, which pass validate()", () => {
    for (const s of scenarios) {
      const r = parseParams(s.params, new URLSearchParams());
      assert.ok(r.ok, `${s.id}: ${r.ok ? "" : r.error}`);
      if (!r.ok) continue;
      assert.deepEqual(r.values, defaultValues(s), s.id);
      assert.equal(s.validate?.(r.values), undefined, s.id);
    }
  });

  it("gives every variant a well-formed expectation that passes validate()", () => {
    for (const v of variants()) {
      const label = `${v.scenario.id}${v.query}`;
      const s = v.scenario;
      assert.equal(s.validate?.(v.values), undefined, label);
      assertExpectation(s.expect(v.values), label);
      for (const server of Object.values(s.expectServer?.(v.values) ?? {})) {
        for (const k of Object.keys(server)) assert.ok(["close", "status"].includes(k), `${label}: ${k}`);
        if (server.close) {
          const c = server.close.code;
          assert.ok(c === null || (Number.isInteger(c) && c >= 0 && c <= 65535), label);
          if (server.close.reason !== undefined) assert.equal(typeof server.close.reason, "string", label);
        }
        if (server.status !== undefined) {
          assert.ok(Number.isInteger(server.status) && server.status >= 100 && server.status <= 599, label);
        }
      }
      const action = s.pageAction?.(v.values);
      if (action) {
        assert.ok(Number.isInteger(action.closeAfterMs) && action.closeAfterMs >= 0, label);
        // The page's close() only takes 1000 or 3000–4999 (WHATWG close() step 1).
        if (action.code !== undefined)
          assert.ok(action.code === 1000 || (action.code >= 3000 && action.code <= 4999), label);
      }
      const protocols = s.protocols?.(v.values);
      if (protocols) for (const p of protocols) assert.match(p, /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, label);
      const ms = s.durationMs?.(v.values);
      if (ms !== undefined) assert.ok(Number.isFinite(ms) && ms >= 0, label);
    }
  });

  it("expects a clean close with the sent code and reason wherever the server sends a valid close", () => {
    const close = getScenario("close")!;
    for (const v of variants().filter((x) => x.scenario === close)) {
      for (const id of ENGINE_IDS) {
        const code = Number(v.values.code);
        // WebKitGTK refuses 1012–1014 although they are valid on the wire (engine-rules.ts).
        assert.deepEqual(
          close.expect(v.values)[id],
          passesToPage(id, code)
            ? { open: true, error: false, code, reason: v.values.reason, wasClean: true }
            : { open: true, error: true, code: 1006, reason: "", wasClean: false },
          `${id} ${code}`,
        );
        assert.deepEqual(close.expectServer?.(v.values)[id], {
          close: answerTo(id, code, String(v.values.reason)),
        });
      }
    }
  });
});

describe("close: the wire guard", () => {
  const close = getScenario("close")!;

  it("rejects 1004, 1005, 1006, 1015, 1016, 2000, 2999 with a message saying they must not be sent", () => {
    for (const code of [1004, 1005, 1006, 1015, 1016, 2000, 2999]) {
      const values = withCode(close, code);
      // The int spec lets these through; the rule is validate()'s job.
      assert.ok(parseParams(close.params, new URLSearchParams(`code=${code}`)).ok, `${code} parses`);
      const msg = close.validate?.(values);
      assert.ok(msg, `${code} should be refused`);
      assert.match(msg, /must not be sent/, `${code}`);
      assert.match(msg, new RegExp(`^code: ${code} \\(`), `${code}: names the parameter and the code`);
      assert.match(msg, /\/ws\/close-raw/, `${code}: points to close-raw`);
    }
    assert.match(close.validate?.(withCode(close, 1006)) ?? "", /1006 \(Abnormal Closure\)/);
  });

  it("accepts 1000–1003, 1007–1014, 3000 and 4999", () => {
    const ok = [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 4999];
    for (const code of ok) assert.equal(close.validate?.(withCode(close, code)), undefined, `${code}`);
  });

  it("agrees with the registry for every code the parameter admits (1000–4999)", () => {
    for (let code = 1000; code <= 4999; code++) {
      const refused = close.validate?.(withCode(close, code)) !== undefined;
      assert.equal(refused, !wireOk(code), `code ${code}`);
      assert.equal(validOnWire(code), wireOk(code), `validOnWire(${code})`);
    }
  });

  it("agrees with the registry's forbidden and reserved codes", () => {
    for (const c of allCodes()) {
      const inParam = c.code >= 1000 && c.code <= 4999;
      if (!inParam) continue;
      const refused = close.validate?.(withCode(close, c.code)) !== undefined;
      assert.equal(refused, c.onWire !== "allowed", `${c.code} (${c.onWire})`);
    }
  });

  it("leaves code out of client-close's rule unless reply=different", () => {
    const cc = getScenario("client-close")!;
    assert.equal(cc.validate?.({ ...defaultValues(cc), reply: "same", code: 1005 }), undefined);
    assert.match(
      cc.validate?.({ ...defaultValues(cc), reply: "different", code: 1005 }) ?? "",
      /must not be sent/,
    );
    assert.equal(cc.validate?.({ ...defaultValues(cc), reply: "different", code: 4001 }), undefined);
  });
});

describe("close-raw: what a browser reports", () => {
  const raw = getScenario("close-raw")!;
  const failed = { open: true, error: true, code: 1006, reason: "", wasClean: false };

  it("follows each engine's rule; in Chromium error + 1006 exactly for the forbidden 1005, 1006, 1015", () => {
    assert.deepEqual(
      allCodes()
        .filter((c) => c.onWire === "forbidden")
        .map((c) => c.code),
      FORBIDDEN_BY_RFC,
    );
    const sample = [
      0, 1, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1011, 1014, 1015, 1016, 2999, 3000, 4999,
      5000, 65535,
    ];
    for (const code of sample) {
      const v = withCode(raw, code);
      const e = raw.expect(v);
      assertExpectation(e, `close-raw ${code}`);
      for (const id of ENGINE_IDS) {
        // Chromium refuses exactly the codes the RFC forbids on the wire; the others differ.
        if (id === "chromium")
          assert.equal(passesToPage(id, code), !FORBIDDEN_BY_RFC.includes(code), `${code}`);
        assert.deepEqual(
          e[id],
          passesToPage(id, code) ? { open: true, error: false, code, reason: "raw", wasClean: true } : failed,
          `${id} ${code}`,
        );
        assert.deepEqual(raw.expectServer?.(v)[id], { close: answerTo(id, code, "raw") }, `${id} ${code}`);
      }
    }
  });

  it("has no validate(): any 16-bit code goes through, that is its purpose", () => {
    assert.equal(raw.validate, undefined);
    for (const q of ["code=0", "code=65535", "code=1005"])
      assert.ok(parseParams(raw.params, new URLSearchParams(q)).ok, q);
    assert.equal(parseParams(raw.params, new URLSearchParams("code=65536")).ok, false);
  });
});

describe("Try it live links", () => {
  it("every registered code and every range has at least one, each a valid scenario URL", async () => {
    const { tryLinksFor } = await import("@/lib/scenarios/try-links");
    const { allCodes, allRanges } = await import("closecodes/codes");
    const { getScenario } = await import("@/lib/scenarios/catalogue");
    const { parseParams } = await import("@/lib/scenarios/params");
    const codes = [...allCodes().map((c) => c.code), ...allRanges().map((r) => r.from), 4004, 65535];
    for (const code of codes) {
      const links = tryLinksFor(code);
      assert.ok(links.length > 0, `no link for ${code}`);
      for (const l of links) {
        const q = new URLSearchParams(l.query);
        const s = getScenario(q.get("s") ?? "");
        assert.ok(s, l.query);
        q.delete("s");
        const parsed = parseParams(s.params, q);
        assert.ok(parsed.ok, `${code}: ${l.query}`);
        if (parsed.ok) assert.equal(s.validate?.(parsed.values), undefined, `${code}: ${l.query}`);
        // It shows the code: some engine's page reports it, or some engine sends it to the server.
        if (parsed.ok) {
          const page = Object.values(s.expect(parsed.values)).some((e) => e.code === code);
          const server = Object.values(s.expectServer?.(parsed.values) ?? {}).some(
            (x) => x.close?.code === code,
          );
          assert.ok(page || server, `${code}: ${l.query} does not show ${code}`);
        }
      }
      assert.equal(new Set(links.map((l) => l.query)).size, links.length, `${code}: a link twice`);
    }
  });

  it("leads with scenarios in which every engine's page reports the code", async () => {
    const { tryLinksFor } = await import("@/lib/scenarios/try-links");
    const first = (code: number) => tryLinksFor(code)[0]!.query;
    assert.equal(first(1000), "s=close");
    assert.equal(first(1005), "s=empty-close");
    assert.equal(first(1006), "s=close-raw");
    for (const l of tryLinksFor(1006)) assert.doesNotMatch(l.query, /code=(0|999|1004)\b/);
  });
});
