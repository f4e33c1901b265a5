import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import WebSocket from "ws";
import { classify } from "closecodes/codes";
import { parseCode, type ParseError } from "closecodes/codes/parse";
import { getScenario, scenarios } from "@/lib/scenarios/catalogue";
import {
  formatParams,
  parseParams,
  SESSION_PARAM,
  type ParamSpec,
  type ParamValues,
} from "@/lib/scenarios/params";
import { checkCloseArgs } from "@/lib/tester/close-args";
import { checkFreeUrl } from "@/lib/tester/free-url";
import {
  decodeClose,
  diagnose1006,
  type DiagnosisKind,
  type Observation,
  type CloseSource,
} from "closecodes/decode";
import { CLOSE_TIMEOUT_MS, ENGINE_IDS, HANDSHAKE_TIMEOUT_MS } from "closecodes/engines";
import { idleTimeouts } from "closecodes/facts";
import { attachScenarios, WS_PREFIX, type Engine } from "@/server/engine";
import {
  closeFrame,
  closePayload,
  decodeClosePayload,
  encodeFrame,
  FrameParser,
  type Frame,
} from "closecodes/wire";
import { get, within } from "./support/http";
import { noise } from "./support/noise";

/**
 * Hostile input, generated rather than hand-picked (fast-check): whatever a visitor types into the
 * tester, puts in a scenario URL or writes on a raw socket must get an answer, never an exception,
 * a 5xx or a hang. Each property states the contract against an independent model of the rule,
 * not against the code under test:
 * - parseCode/classify: ok exactly for a decimal integer 0–65535 after trim (RFC 6455 §5.5.1: the
 *   code is an unsigned 16-bit integer), checked with BigInt so huge digit strings cannot round;
 * - parseParams, for every scenario in the catalogue: any query is accepted only if every value
 *   meets its spec, a rejection names the parameter (or the sid rule) and stays short, and
 *   formatParams → parseParams is the identity on valid values (stable permalinks);
 * - the frame codec (RFC 6455 §5.2): encode → parse is the identity however TCP splits the bytes,
 *   close payloads (§5.5.1) round-trip, and byte soup never throws;
 * - checkCloseArgs: the WHATWG close() checks (1000 or 3000–4999; reason ≤ 123 UTF-8 bytes);
 * - decodeClose/diagnose1006: any observation with ordered, finite times gets a decoding, and a
 *   1006 always comes with a diagnosis and the browser as its producer;
 * - the engine on a real socket: random /ws/… targets get a short text/plain 400/404/409/426,
 *   malformed request lines a 400, and the server still answers afterwards.
 * Runs use a random seed; a failure prints the seed and the shrunk counterexample. Set FC_SEED to
 * replay one.
 */
const seed = process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {};
const runs = (numRuns: number) => ({ numRuns, ...seed });

const utf8Bytes = (s: string) => Buffer.byteLength(s, "utf8");
/** Strings with lone surrogates, which a URL or a form field may still hand over. */
const loneSurrogates = fc.constantFrom("\uD800", "\uDFFF", "a\uD83Dz", "\uDC00\uD800");
/** Whitespace that String.prototype.trim removes, ASCII and not. */
const space = fc.constantFrom("", " ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", "\uFEFF", "\u2028");
/** Digits that are not ASCII 0–9 (Arabic-Indic, fullwidth, Devanagari, mathematical bold). */
const foreignDigits = fc.constantFrom("١٠٠٠", "１０００", "१०००", "𝟏𝟎𝟎𝟎", "1\u200B000");
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom("", "   ", "\u00A0\t\n"),
  fc.string({ unit: "binary", maxLength: 40 }),
  loneSurrogates,
  foreignDigits,
  fc.constantFrom("<script>alert(1)</script>", "1e3", "0x3e8", "1006.0", "+1000", "-0", "1_000", "1,000"),
  fc.constantFrom("NaN", "Infinity", "-Infinity", "null", "undefined", "{}", "[]", "%31%30%30%30"),
);

// ---------------------------------------------------------------------------------------------
// 1. parseCode / classify

const PARSE_ERRORS: readonly ParseError[] = [
  "empty",
  "not-a-number",
  "not-an-integer",
  "negative",
  "too-large",
];

/** The model: ok exactly when the trimmed text is ASCII digits whose value is at most 65535. */
function codeModel(text: string): number | undefined {
  const t = text.trim();
  if (!/^[0-9]+$/.test(t)) return undefined;
  const n = BigInt(t);
  return n <= 65535n ? Number(n) : undefined;
}

/** Checks one input against the model; `text` is how the input reads as a string. */
function checkParsed(input: unknown, text: string | undefined) {
  const r = parseCode(input);
  const c = classify(input);
  assert.equal(c.ok, r.ok, "classify and parseCode agree");
  const expected = text === undefined ? undefined : codeModel(text);
  if (expected === undefined) {
    assert.equal(r.ok, false, `${JSON.stringify(text)} must not parse`);
    if (r.ok) return;
    assert.ok(PARSE_ERRORS.includes(r.error), `documented error kind, got ${r.error}`);
    if (!c.ok) assert.equal(c.error, r.error);
    if (text !== undefined) {
      const t = text.trim();
      assert.equal(r.error === "empty", t === "", `"empty" exactly for blank input (${JSON.stringify(t)})`);
      if (/^[0-9]+$/.test(t)) assert.equal(r.error, "too-large");
    }
    return;
  }
  assert.ok(r.ok, `${JSON.stringify(text)} must parse to ${expected}`);
  if (!r.ok) return;
  assert.equal(r.code, expected);
  const t = text!.trim();
  if (!/^0[0-9]/.test(t)) assert.equal(String(r.code), t, "canonical input round-trips through String()");
  assert.ok(c.ok);
  if (!c.ok) return;
  assert.ok(
    c.range.from <= c.code && c.code <= c.range.to,
    `range ${c.range.from}–${c.range.to} holds ${c.code}`,
  );
  if (c.entry) assert.equal(c.entry.code, c.code);
}

describe("fuzz: parseCode and classify", () => {
  it("accept exactly the decimal integers 0–65535 among arbitrary strings", () => {
    const numeric = fc
      .tuple(space, fc.stringMatching(/^(0{0,6})([0-9]{1,6}|[0-9]{15,40})$/), space)
      .map(([a, d, b]) => a + d + b);
    const nearEdges = fc
      .tuple(space, fc.integer({ min: 65530, max: 65540 }), fc.constantFrom("", "0", "00"), space)
      .map(([a, n, z, b]) => `${a}${z}${n}${b}`);
    const anyText = fc.oneof(
      hostileString,
      numeric,
      nearEdges,
      fc.stringMatching(/^-?[0-9]{1,6}(\.[0-9]{1,3})?$/),
      fc.tuple(space, foreignDigits, space).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(anyText, (s) => checkParsed(s, s)),
      runs(300),
    );
  });

  it("read numbers as their decimal string; NaN and ±Infinity are not-a-number", () => {
    const num = fc.oneof(
      fc.integer({ min: -70_000, max: 70_000 }),
      fc.double(),
      fc.constantFrom(0, -0, 1000, 65535, 65536, 1e21, 1.5, -1, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE),
    );
    fc.assert(
      fc.property(num, (n) => {
        if (!Number.isFinite(n)) {
          const r = parseCode(n);
          assert.deepEqual(r, { ok: false, error: "not-a-number", input: String(n) });
          return;
        }
        checkParsed(n, String(n));
      }),
      runs(300),
    );
  });

  it("never throw on values that are neither strings nor numbers", () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== "string" && typeof v !== "number"),
        (v) => {
          const r = parseCode(v);
          assert.equal(r.ok, false);
          if (!r.ok) assert.ok(PARSE_ERRORS.includes(r.error));
          assert.equal(classify(v).ok, false);
        },
      ),
      runs(200),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. parseParams / formatParams, per scenario

const SID_RE = /^[A-Za-z0-9_-]{16,64}$/;
const show = (v: string) => JSON.stringify(v.length > 40 ? v.slice(0, 40) : v).slice(0, -1);

type ModelResult =
  | { ok: true; values: ParamValues }
  | { ok: false; kind: "unknown"; key: string }
  | { ok: false; kind: "repeated"; key: string }
  | { ok: false; kind: "sid" }
  | { ok: false; kind: "param"; name: string };

/** The rules of lib/scenarios/params.ts, restated: first bad key, then sid, then specs in order. */
function paramsModel(specs: readonly ParamSpec[], entries: Array<[string, string]>): ModelResult {
  const names = new Set([...specs.map((s) => s.name), SESSION_PARAM]);
  const seen: string[] = [];
  for (const [k] of entries) if (!seen.includes(k)) seen.push(k);
  for (const k of seen) {
    if (!names.has(k)) return { ok: false, kind: "unknown", key: k };
    if (entries.filter(([x]) => x === k).length > 1) return { ok: false, kind: "repeated", key: k };
  }
  const get = (k: string) => entries.find(([x]) => x === k)?.[1];
  const sid = get(SESSION_PARAM);
  if (sid !== undefined && !SID_RE.test(sid)) return { ok: false, kind: "sid" };
  const values: ParamValues = {};
  for (const s of specs) {
    const raw = get(s.name);
    if (s.kind === "int") {
      if (raw === undefined || raw === "") {
        if (s.default === undefined) return { ok: false, kind: "param", name: s.name };
        values[s.name] = s.default;
      } else if (/^[0-9]{1,9}$/.test(raw) && Number(raw) >= s.min && Number(raw) <= s.max) {
        values[s.name] = Number(raw);
      } else return { ok: false, kind: "param", name: s.name };
    } else if (s.kind === "enum") {
      const v = raw ?? s.default;
      if (!s.values.includes(v)) return { ok: false, kind: "param", name: s.name };
      values[s.name] = v;
    } else {
      const v = raw ?? s.default;
      if (utf8Bytes(v) > s.maxBytes) return { ok: false, kind: "param", name: s.name };
      values[s.name] = v;
    }
  }
  return { ok: true, values };
}

/** Every value meets its spec, checked directly (not through the model). */
function assertMeetsSpecs(specs: readonly ParamSpec[], values: ParamValues) {
  assert.deepEqual(Object.keys(values).sort(), specs.map((s) => s.name).sort());
  for (const s of specs) {
    const v = values[s.name];
    if (s.kind === "int") {
      assert.ok(typeof v === "number" && Number.isInteger(v) && v >= s.min && v <= s.max, `${s.name}=${v}`);
    } else if (s.kind === "enum") {
      assert.ok(typeof v === "string" && s.values.includes(v), `${s.name}=${v}`);
    } else {
      assert.ok(
        typeof v === "string" && utf8Bytes(v) <= s.maxBytes,
        `${s.name} is ${utf8Bytes(String(v))} bytes`,
      );
    }
  }
}

const allParamNames = [...new Set(scenarios.flatMap((s) => s.params.map((p) => p.name)))];

/** Values a spec might plausibly or hostilely receive. */
function hostileValue(specs: readonly ParamSpec[]) {
  const specValues = specs.flatMap((s) =>
    s.kind === "int"
      ? [String(s.min), String(s.max), String(s.max + 1), String(s.min - 1), `000${s.min}`]
      : s.kind === "enum"
        ? [...s.values, s.values[0]!.toUpperCase(), ` ${s.values[0]}`]
        : [s.default, "é".repeat(61), "é".repeat(62), "😀".repeat(30), "😀".repeat(31) + "a"],
  );
  return fc.oneof(
    { arbitrary: fc.constantFrom(...(specValues.length ? specValues : ["x"])), weight: 4 },
    { arbitrary: fc.integer({ min: -1e12, max: 1e12 }).map(String), weight: 2 },
    { arbitrary: fc.integer({ min: 0, max: 70_000 }).map(String), weight: 2 },
    { arbitrary: fc.double({ noNaN: true }).map(String), weight: 1 },
    { arbitrary: fc.stringMatching(/^[0-9]{8,30}$/), weight: 1 },
    { arbitrary: fc.constantFrom("", " ", "1e3", "0x10", "+5", " 5", "5 ", "1.0", "-0", "٣"), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        "<script>alert(1)</script>",
        "\"'><img src=x onerror=alert(1)>",
        "\u0000",
        "%00",
      ),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom("a", "é", "😀", "<"), fc.integer({ min: 100, max: 5000 }))
        .map(([c, n]) => c.repeat(n)),
      weight: 1,
    },
    { arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{14,66}$/), weight: 1 },
    { arbitrary: hostileString, weight: 3 },
  );
}

function hostileKey(specs: readonly ParamSpec[]) {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...specs.map((s) => s.name), SESSION_PARAM), weight: specs.length ? 16 : 1 },
    { arbitrary: fc.constantFrom(...allParamNames), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        "__proto__",
        "constructor",
        "toString",
        "",
        "Code",
        "code ",
        "SID",
        "a".repeat(300),
      ),
      weight: 1,
    },
    { arbitrary: fc.string({ unit: "binary", maxLength: 60 }), weight: 1 },
    { arbitrary: loneSurrogates, weight: 1 },
  );
}

/** A spec's valid values: ints in range, enum members, texts up to maxBytes (multi-byte included). */
function validValues(specs: readonly ParamSpec[]): fc.Arbitrary<ParamValues> {
  const model: Record<string, fc.Arbitrary<number | string>> = {};
  for (const s of specs) {
    if (s.kind === "int") model[s.name] = fc.integer({ min: s.min, max: s.max });
    else if (s.kind === "enum") model[s.name] = fc.constantFrom(...s.values);
    else
      model[s.name] = fc
        .oneof(
          fc.string({ unit: "binary", maxLength: s.maxBytes }),
          fc.string({ unit: "grapheme", maxLength: 60 }),
          fc.constantFrom("", s.default, "é".repeat(61) + "a", "&=?#+%20", " leading and trailing "),
        )
        .filter((v) => utf8Bytes(v) <= s.maxBytes);
  }
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<ParamValues>;
}

function defaultsOf(specs: readonly ParamSpec[]): ParamValues {
  const v: ParamValues = {};
  for (const s of specs) if (s.default !== undefined) v[s.name] = s.default;
  return v;
}

describe("fuzz: parseParams for every scenario", () => {
  for (const s of scenarios) {
    it(`${s.id}: any query is parsed by the rules or refused naming the parameter`, () => {
      const entries = fc.array(fc.tuple(hostileKey(s.params), hostileValue(s.params)), { maxLength: 6 });
      const asQuery = fc.oneof(
        entries.map((e) => new URLSearchParams(e)),
        // The same, as a raw query string: '+', '%', '&' and '=' are read the way a server reads them.
        fc
          .array(fc.tuple(hostileKey(s.params), hostileValue(s.params)), { maxLength: 6 })
          .map((e) => new URLSearchParams(e.map(([k, v]) => `${k}=${v}`).join("&"))),
      );
      fc.assert(
        fc.property(asQuery, (query) => {
          const normalized = [...query.entries()];
          const r = parseParams(s.params, query);
          const m = paramsModel(s.params, normalized);
          assert.equal(r.ok, m.ok, `ok: ${r.ok ? "accepted" : r.error}`);
          if (r.ok) {
            assertMeetsSpecs(s.params, r.values);
            if (m.ok) assert.deepEqual(r.values, m.values);
            return;
          }
          assert.ok(r.error.length <= 300, `a refusal stays short (${r.error.length} chars)`);
          if (m.ok) return;
          if (m.kind === "unknown") {
            assert.ok(r.error.startsWith(`unknown parameter ${show(m.key)}`), r.error);
          } else if (m.kind === "repeated") {
            assert.ok(r.error.startsWith(`parameter ${show(m.key)}`), r.error);
            assert.match(r.error, /more than once/);
          } else if (m.kind === "sid") {
            assert.ok(r.error.startsWith(`${SESSION_PARAM}: `), r.error);
          } else {
            assert.ok(r.error.startsWith(`${m.name}: `), r.error);
          }
        }),
        runs(150),
      );
    });

    it(`${s.id}: formatParams → parseParams round-trips valid values`, () => {
      fc.assert(
        fc.property(validValues(s.params), (values) => {
          const q = formatParams(s.params, values);
          assert.ok(q === "" || q.startsWith("?"), q);
          const back = parseParams(s.params, new URLSearchParams(q));
          assert.ok(back.ok, `${q}: ${back.ok ? "" : back.error}`);
          if (!back.ok) return;
          assert.deepEqual(back.values, { ...defaultsOf(s.params), ...values });
          for (const p of s.params)
            if ("default" in p && values[p.name] === p.default)
              assert.ok(!new URLSearchParams(q).has(p.name), `default ${p.name} omitted from ${q}`);
        }),
        runs(100),
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 3. Frame codec

const payloadArb = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 300 }).map((u) => Buffer.from(u)), weight: 8 },
  // Around the 7-bit / 16-bit / 64-bit length boundaries (125, 126, 65535, 65536).
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom(124, 125, 126, 127, 65_535, 65_536, 65_537),
        fc.integer({ min: 0, max: 5 }),
        fc.integer(),
      )
      .map(([n, d, sd]) => noise(n - 2 + d, sd)),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.integer({ min: 300, max: 70_000 }), fc.integer()).map(([n, sd]) => noise(n, sd)),
    weight: 1,
  },
);

const frameArb = fc.record({
  fin: fc.boolean(),
  rsv1: fc.boolean(),
  rsv2: fc.boolean(),
  rsv3: fc.boolean(),
  opcode: fc.integer({ min: 0, max: 15 }),
  payload: payloadArb,
  mask: fc.option(
    fc.uint8Array({ minLength: 4, maxLength: 4 }).map((u) => Buffer.from(u)),
    { nil: undefined },
  ),
  forceLength16: fc.boolean(),
});

/** Splits `buf` at the given points (any integers; taken modulo the length, deduplicated). */
function split(buf: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => (buf.length ? Math.abs(c) % buf.length : 0)))]
    .filter((p) => p > 0)
    .sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of [...points, buf.length]) {
    out.push(buf.subarray(prev, p));
    prev = p;
  }
  return out;
}

function feed(parser: FrameParser, chunks: Buffer[]): { frames: Frame[]; errors: string[] } {
  const frames: Frame[] = [];
  const errors: string[] = [];
  for (const c of chunks) {
    const r = parser.push(c);
    frames.push(...r.frames);
    if (r.error !== undefined) errors.push(r.error);
  }
  return { frames, errors };
}

describe("fuzz: frame codec", () => {
  it("encodeFrame → FrameParser yields the same frames, whole and split anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(frameArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer(), { maxLength: 20 }),
        (specs, cuts) => {
          const wires = specs.map((f) => encodeFrame(f));
          const stream = Buffer.concat(wires);
          for (const chunks of [[stream], split(stream, cuts)]) {
            const parser = new FrameParser(1 << 20);
            const { frames, errors } = feed(parser, chunks);
            assert.deepEqual(errors, []);
            assert.equal(parser.pending, 0, "nothing left over");
            assert.equal(frames.length, specs.length);
            frames.forEach((got, i) => {
              const want = specs[i]!;
              const wire = wires[i]!;
              assert.deepEqual(
                [got.fin, got.rsv1, got.rsv2, got.rsv3, got.opcode, got.masked],
                [want.fin, want.rsv1, want.rsv2, want.rsv3, want.opcode, want.mask !== undefined],
              );
              assert.equal(got.payload.length, want.payload.length);
              assert.ok(
                got.payload.equals(want.payload),
                `payload of frame ${i} (${want.payload.length} bytes)`,
              );
              assert.equal(got.wireLength, wire.length);
              assert.ok(
                got.header.equals(wire.subarray(0, wire.length - want.payload.length)),
                "header bytes",
              );
            });
          }
        },
      ),
      runs(200),
    );
  });

  it("closePayload → decodeClosePayload round-trips any 16-bit code and UTF-8 reason", () => {
    const reasonArb = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.string({ unit: "binary", maxLength: 20 }).map((s) => `\uFEFF${s}`), // a BOM is kept, not eaten
      fc.constantFrom("", "\u0000", "é".repeat(61) + "a"),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), reasonArb, (code, reason) => {
        const d = decodeClosePayload(closePayload(code, reason));
        assert.deepEqual(d, {
          code,
          reason,
          reasonHex: Buffer.from(reason, "utf8").toString("hex"),
          validUtf8: true,
          malformed: false,
        });
        // And through a whole close frame and the parser.
        const [frame] = new FrameParser().push(closeFrame(code, reason)).frames;
        assert.ok(frame);
        assert.equal(decodeClosePayload(frame.payload).code, code);
        assert.equal(decodeClosePayload(frame.payload).reason, reason);
      }),
      runs(300),
    );
  });

  it("closePayload refuses exactly what is not a 16-bit integer", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -70_000, max: 140_000 }), fc.double()), (code) => {
        const valid = Number.isInteger(code) && code >= 0 && code <= 0xffff;
        if (valid)
          assert.equal(closePayload(code).readUInt16BE(0), code || 0); // -0 is written as 0
        else assert.throws(() => closePayload(code), RangeError);
      }),
      runs(200),
    );
  });

  it("decodeClosePayload never throws on arbitrary bytes and flags what is malformed", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (u) => {
        const b = Buffer.from(u);
        const d = decodeClosePayload(b);
        if (b.length === 0) return assert.deepEqual([d.code, d.malformed], [null, false]);
        if (b.length === 1) return assert.deepEqual([d.code, d.malformed], [null, true]);
        assert.equal(d.code, b.readUInt16BE(0));
        assert.equal(d.malformed, false);
        assert.equal(d.reasonHex, b.subarray(2).toString("hex"));
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(2));
        } catch {
          valid = false;
        }
        assert.equal(d.validUtf8, valid);
      }),
      runs(300),
    );
  });

  it("FrameParser never throws on byte soup, and accounts for every byte", () => {
    const soup = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }).map((u) => Buffer.from(u)),
      // Soup that starts with plausible headers, so lengths of every form are exercised.
      fc
        .tuple(
          fc.array(
            frameArb.map((f) => encodeFrame({ ...f, payload: f.payload.subarray(0, 200) })),
            { maxLength: 3 },
          ),
          fc.uint8Array({ maxLength: 64 }),
        )
        .map(([frames, tail]) => Buffer.concat([...frames, Buffer.from(tail)])),
      fc.constantFrom(
        Buffer.from([0x82, 0x7f, 0x80, 0, 0, 0, 0, 0, 0, 0]), // 2^63-byte length
        Buffer.from([0x82, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
        Buffer.from([0x82, 0x7e, 0xff, 0xff]),
        Buffer.from([0x82, 0xff]),
      ),
    );
    fc.assert(
      fc.property(
        soup,
        fc.array(fc.integer(), { maxLength: 30 }),
        fc.integer({ min: 0, max: 70_000 }),
        (bytes, cuts, max) => {
          const parser = new FrameParser(max);
          const { frames, errors } = feed(parser, split(bytes, cuts));
          for (const e of errors) assert.match(e, /exceeds the \d+-byte limit/);
          for (const f of frames) {
            assert.ok(f.payload.length <= max, "no frame over the limit is returned");
            assert.ok(f.opcode >= 0 && f.opcode <= 15);
          }
          const consumed = frames.reduce((n, f) => n + f.wireLength, 0);
          assert.equal(consumed + parser.pending, bytes.length, "frames + pending = bytes pushed");
        },
      ),
      runs(300),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 4. checkCloseArgs

describe("fuzz: the tester's free-URL field", () => {
  // RFC 7230 §3.2.6 token characters: what a subprotocol may contain (RFC 6455 §4.1).
  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const url = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 60 }),
    fc
      .tuple(
        fc.constantFrom(
          "ws://",
          "wss://",
          "http://",
          "https://",
          "ftp://",
          "WS://",
          " wss://",
          "ws:",
          "//",
          "",
        ),
        fc.oneof(fc.domain(), fc.constantFrom("[::1]", "127.0.0.1:3000", "[", "exa mple.com", "%zz")),
        fc.constantFrom("", "/", "/ws/echo?x=1", "/#frag", "/a b", "/?q=<script>", "/\u0000"),
      )
      .map(([a, b, c]) => a + b + c),
  );
  const protocols = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc
      .array(fc.constantFrom("chat", "superchat", "v1.json", "a b", "x,y", "é", "", " chat "), {
        maxLength: 4,
      })
      .map((xs) => xs.join(",")),
  );
  it("never throws; accepts only ws:/wss: URLs without a fragment and unique token subprotocols, and says why not", () => {
    fc.assert(
      fc.property(url, protocols, (u, p) => {
        const r = checkFreeUrl(u, p);
        if (!r.ok) {
          assert.ok(r.error.length > 0 && r.error.length <= 320, "a short, non-empty message");
          return;
        }
        const parsed = new URL(r.url);
        assert.ok(parsed.protocol === "ws:" || parsed.protocol === "wss:");
        assert.equal(parsed.hash, "");
        assert.ok(r.protocols.every((x) => TOKEN.test(x)));
        assert.equal(new Set(r.protocols).size, r.protocols.length);
      }),
      { numRuns: 400 },
    );
  });
});

describe("fuzz: checkCloseArgs", () => {
  it("accepts exactly close() and close(1000 | 3000–4999, reason ≤ 123 UTF-8 bytes)", () => {
    const codeText = fc.oneof(
      { arbitrary: fc.constant(""), weight: 2 },
      {
        arbitrary: fc
          .tuple(space, fc.integer({ min: 0, max: 70_000 }), space)
          .map(([a, n, b]) => `${a}${n}${b}`),
        weight: 3,
      },
      { arbitrary: fc.integer({ min: 3000, max: 4999 }).map(String), weight: 3 },
      {
        arbitrary: fc
          .constantFrom(999, 1000, 1001, 2999, 3000, 4999, 5000)
          .chain((n) => fc.tuple(fc.constantFrom("", "0", "000"), space).map(([z, w]) => `${w}${z}${n}${w}`)),
        weight: 4,
      },
      { arbitrary: fc.stringMatching(/^[0-9]{6,30}$/), weight: 1 },
      { arbitrary: hostileString, weight: 3 },
    );
    const reason = fc.oneof(
      { arbitrary: fc.constant(""), weight: 3 },
      { arbitrary: fc.string({ unit: "binary", maxLength: 130 }), weight: 3 },
      // Right around the 123-byte limit, with 1-, 2-, 3- and 4-byte characters.
      {
        arbitrary: fc
          .tuple(fc.constantFrom("a", "é", "€", "😀"), fc.integer({ min: 112, max: 130 }))
          .map(([c, n]) => c.repeat(Math.ceil(n / utf8Bytes(c))) + "a".repeat(n % 2)),
        weight: 5,
      },
      { arbitrary: loneSurrogates, weight: 1 },
    );
    fc.assert(
      fc.property(codeText, reason, (code, why) => {
        const r = checkCloseArgs(code, why);
        const bytes = utf8Bytes(why);
        assert.equal(r.reasonBytes, bytes);
        const t = code.trim();
        let want: "ok" | "InvalidAccessError" | "SyntaxError" | "NotAnInteger";
        if (t === "") want = why === "" ? "ok" : "InvalidAccessError";
        else if (!/^[0-9]+$/.test(t)) want = "NotAnInteger";
        else {
          const n = BigInt(t);
          if (!(n === 1000n || (n >= 3000n && n <= 4999n))) want = "InvalidAccessError";
          else want = bytes > 123 ? "SyntaxError" : "ok";
        }
        assert.equal(r.ok ? "ok" : r.error, want, `close(${JSON.stringify(code)}, ${bytes}-byte reason)`);
        if (r.ok) {
          assert.equal(r.reason, why);
          assert.equal(r.code, t === "" ? undefined : Number(t));
        }
      }),
      runs(300),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 5. decodeClose / diagnose1006

const PRODUCERS: readonly CloseSource[] = ["peer", "peer-empty", "page-echo", "browser"];
const DIAGNOSES: readonly DiagnosisKind[] = [
  "handshake-rejected",
  "handshake-timeout",
  "closed-while-connecting",
  "protocol-violation",
  "violation-or-reset",
  "tls-failed",
  "close-timeout",
  "no-close-reply",
  "idle-timeout",
  "lifetime-limit",
  "dropped-after-open",
];
/** Durations (ms) that land on or near a known limit, where the diagnosis changes. */
const limitMs = [
  ...idleTimeouts.flatMap((r) => [
    ...("idleS" in r && r.idleS !== undefined ? [r.idleS * 1000] : []),
    ...("lifetimeS" in r && r.lifetimeS !== undefined ? [r.lifetimeS * 1000] : []),
  ]),
  ...Object.values(HANDSHAKE_TIMEOUT_MS).filter((x): x is number => x !== null),
  ...Object.values(CLOSE_TIMEOUT_MS),
];
const duration = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 1e7, noNaN: true }), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 10_000 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...limitMs), fc.integer({ min: -3000, max: 3000 }))
      .map(([l, j]) => Math.max(0, l + j)),
    weight: 3,
  },
  { arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }), weight: 1 },
);

const observation: fc.Arbitrary<Observation> = fc
  .record({
    opened: fc.boolean(),
    errorFired: fc.boolean(),
    code: fc.oneof(
      fc.integer({ min: 0, max: 65535 }),
      fc.constantFrom(1000, 1001, 1005, 1006, 1006, 1015, 4000),
    ),
    reason: fc.oneof(fc.constant(""), fc.string({ unit: "binary", maxLength: 40 })),
    wasClean: fc.boolean(),
    tConnect: fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constant(0)),
    toOpen: fc.option(duration, { nil: undefined }),
    toTraffic: fc.option(duration, { nil: undefined }),
    toClose: duration,
    pageClose: fc.option(
      fc.record(
        {
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          code: fc.option(fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.constantFrom(1000, 4000)), {
            nil: undefined,
          }),
          reason: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
          whileConnecting: fc.boolean(),
        },
        { requiredKeys: ["at", "whileConnecting"] },
      ),
      { nil: undefined, freq: 2 },
    ),
  })
  .map((g) => {
    // tConnect ≤ tOpen ≤ tLastTraffic ≤ tClose; the page's close() somewhere in between.
    const tOpen =
      g.opened && g.toOpen !== undefined ? g.tConnect + g.toOpen : g.opened ? g.tConnect : undefined;
    const from = tOpen ?? g.tConnect;
    const tLastTraffic = tOpen !== undefined && g.toTraffic !== undefined ? from + g.toTraffic : undefined;
    const tClose = (tLastTraffic ?? from) + g.toClose;
    const o: Observation = {
      opened: g.opened,
      errorFired: g.errorFired,
      code: g.code,
      reason: g.reason,
      wasClean: g.wasClean,
      tConnect: g.tConnect,
      tClose,
    };
    if (tOpen !== undefined) o.tOpen = tOpen;
    if (tLastTraffic !== undefined) o.tLastTraffic = tLastTraffic;
    if (g.pageClose) {
      const { at, whileConnecting, ...rest } = g.pageClose;
      o.pageClose = { t: g.tConnect + (tClose - g.tConnect) * at, whileConnecting, ...rest };
    }
    return o;
  });

describe("fuzz: decodeClose and diagnose1006", () => {
  it("decode any observation in any engine; a made-up 1006 is the browser's and always diagnosed", () => {
    fc.assert(
      fc.property(observation, fc.constantFrom(...ENGINE_IDS), (o, engine) => {
        const d = decodeClose(o, engine);
        assert.equal(d.code, o.code);
        assert.ok(d.range.from <= o.code && o.code <= d.range.to);
        if (d.entry) assert.equal(d.entry.code, o.code);
        assert.ok(PRODUCERS.includes(d.producer), d.producer);
        // A 1006 with a reason or wasClean true came in a server's frame (Firefox passes it on).
        // Firefox's 1015 for a failed TLS handshake is made up the same way.
        const madeUp = (o.code === 1006 || o.code === 1015) && o.reason === "" && !o.wasClean;
        assert.equal(d.producer === "browser", madeUp, "the browser produces 1006 and only 1006");
        assert.equal(d.diagnosis !== undefined, madeUp, "a diagnosis exactly for a made-up 1006");
        assert.equal(d.sinceOpen !== undefined, o.tOpen !== undefined);
        if (d.sinceOpen !== undefined) assert.ok(Number.isFinite(d.sinceOpen) && d.sinceOpen >= 0);
        assert.equal(d.sinceTraffic !== undefined, o.tLastTraffic !== undefined);
        if (d.sinceTraffic !== undefined) assert.ok(Number.isFinite(d.sinceTraffic) && d.sinceTraffic >= 0);
      }),
      runs(300),
    );
  });

  it("diagnose1006 always names a documented cause, consistent with what was observed", () => {
    fc.assert(
      fc.property(observation, fc.constantFrom(...ENGINE_IDS), (o, engine) => {
        const g = diagnose1006({ ...o, code: 1006 }, engine);
        assert.ok(DIAGNOSES.includes(g.kind), g.kind);
        if (!o.opened)
          assert.ok(
            ["closed-while-connecting", "handshake-timeout", "handshake-rejected"].includes(g.kind),
            g.kind,
          );
        else if (o.pageClose && o.tClose - o.pageClose.t >= CLOSE_TIMEOUT_MS[engine] - 1000)
          assert.equal(g.kind, "close-timeout", "the engine's closing timeout ran out");
        else if (o.errorFired)
          assert.equal(g.kind, engine === "chromium" ? "protocol-violation" : "violation-or-reset");
        else if (o.pageClose) assert.equal(g.kind, "no-close-reply");
        if (g.kind === "idle-timeout" || g.kind === "lifetime-limit") {
          assert.ok(g.matches.length > 0);
          const kind = g.kind === "idle-timeout" ? "idle" : "lifetime";
          for (const m of g.matches) assert.equal(m.kind, kind);
        } else assert.deepEqual(g.matches, []);
      }),
      runs(300),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 6. The engine over real sockets

/** A GET that must answer within 2 s (a hang is a failure). */
const get2 = (port: number, path: string) => get(port, path, 2000);

/** Writes `bytes` on a raw socket and returns everything until the server closes (or 2 s: a hang). */
function raw(port: number, bytes: string | Buffer): Promise<string> {
  return within(
    new Promise<string>((resolve) => {
      const s = net.connect(port, "127.0.0.1", () => s.write(bytes));
      let got = "";
      s.on("data", (d) => (got += d.toString("latin1")));
      s.on("error", () => {});
      s.on("close", () => resolve(got));
    }),
    2000,
    `raw ${JSON.stringify(String(bytes).slice(0, 60))}`,
  );
}

/** What the catalogue says a GET of `target` deserves; null when the path is not the engine's. */
function expectedStatus(target: string, used: Set<string>): number | null {
  let url: URL;
  try {
    url = new URL(target, "http://localhost");
  } catch {
    return 400;
  }
  if (!url.pathname.startsWith(WS_PREFIX)) return null;
  const s = getScenario(url.pathname.slice(WS_PREFIX.length));
  if (!s) return 404;
  const p = parseParams(s.params, url.searchParams);
  if (!p.ok || s.validate?.(p.values)) return 400;
  return used.has(url.searchParams.get(SESSION_PARAM) ?? "") ? 409 : 426;
}

/** Percent-encodes every byte outside unreserved ASCII, as a browser would for a typed URL. */
const pct = (s: string) =>
  [...Buffer.from(s, "utf8")]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
/** Printable ASCII without space: everything Node's client and parser let through in a target. */
const asciiJunk = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength });

describe("fuzz: the engine answers hostile request targets", () => {
  let server: http.Server;
  let engine: Engine;
  let port: number;
  const sockets = new Set<net.Socket>();
  const usedSid = randomBytes(16).toString("base64url");
  const used = new Set([usedSid]);

  before(async () => {
    // As in server.ts: the engine's handler first; a path outside /ws/ is someone else's.
    server = http.createServer((req, res) => {
      if (engine.handleHttp(req, res)) return;
      res
        .writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "X-Not-Ours": "1" })
        .end("not ours\n");
    });
    engine = attachScenarios(server, { limits: { lifetimeMs: 5000 } });
    server.on("connection", (s) => {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
    // Burn one session id, so a GET that reuses it can get its 409.
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws/empty-close?sid=${usedSid}`);
    ws.on("error", () => {});
    await within(new Promise((r) => ws.once("close", r)), 2000, "the empty-close session");
  });

  after(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it(
    "answers ~150 random GET /ws/<id>?<query> with a short text/plain 400/404/409/426",
    { timeout: 15_000 },
    async () => {
      const ids = scenarios.map((s) => s.id);
      const names = [...allParamNames, SESSION_PARAM];
      const id = fc.oneof(
        { arbitrary: fc.constantFrom(...ids), weight: 6 },
        {
          arbitrary: fc.constantFrom(
            "",
            "Close",
            "CLOSE",
            "close/",
            "close/x",
            "close;x",
            "close%00",
            "%63lose",
            "%zz",
            "%",
            "..",
            "../close",
            "%2e%2e/close",
            "close/..",
            ".",
            "close.",
            "\\close",
            "close\\",
            "close?",
            "close#",
            "a".repeat(500),
          ),
          weight: 2,
        },
        { arbitrary: asciiJunk(30), weight: 2 },
        { arbitrary: fc.string({ unit: "binary", maxLength: 20 }).map(pct), weight: 1 },
      );
      const value = fc.oneof(
        {
          arbitrary: fc.constantFrom(
            "1000",
            "4000",
            "1005",
            "1006",
            "65535",
            "0",
            "0001000",
            "100",
            "abc",
            "",
            "same",
            "different",
            "fin",
            "rst",
            "kind",
          ),
          weight: 4,
        },
        { arbitrary: fc.integer({ min: -1e12, max: 1e12 }).map(String), weight: 2 },
        { arbitrary: fc.double({ noNaN: true }).map(String), weight: 1 },
        {
          arbitrary: fc.constantFrom(usedSid, randomBytes(16).toString("base64url"), "short", "x".repeat(65)),
          weight: 2,
        },
        {
          arbitrary: fc.constantFrom(
            "<script>alert(1)</script>",
            "%3Cscript%3E",
            "%E0%A4",
            "%zz",
            "%",
            "+",
            "a+b%20c",
          ),
          weight: 2,
        },
        { arbitrary: fc.integer({ min: 100, max: 3000 }).map((n) => "x".repeat(n)), weight: 1 },
        { arbitrary: fc.string({ unit: "binary", maxLength: 40 }).map(pct), weight: 2 },
        { arbitrary: asciiJunk(20), weight: 2 },
      );
      const key = fc.oneof(
        { arbitrary: fc.constantFrom(...names), weight: 6 },
        { arbitrary: asciiJunk(10), weight: 1 },
        { arbitrary: fc.string({ unit: "binary", maxLength: 8 }).map(pct), weight: 1 },
      );
      const query = fc.oneof(
        fc.constant(""),
        fc.constant("?"),
        fc
          .array(fc.tuple(key, value), { maxLength: 5 })
          .map((e) => `?${e.map(([k, v]) => `${k}=${v}`).join("&")}`),
        fc.array(fc.tuple(key, value), { maxLength: 4 }).map((e) => `?${e.map(([k]) => k).join("&")}`),
        asciiJunk(40).map((q) => `?${q}`),
      );
      const target = fc.tuple(id, query).map(([i, q]) => `${WS_PREFIX}${i}${q}`);
      const seen = new Map<number | "not ours", number>();

      await fc.assert(
        fc.asyncProperty(target, async (path) => {
          const r = await get2(port, path);
          const want = expectedStatus(path, used);
          seen.set(want ?? "not ours", (seen.get(want ?? "not ours") ?? 0) + 1);
          assert.ok(r.status < 500, `${path}: ${r.status} ${r.body}`);
          assert.ok([400, 404, 409, 426].includes(r.status), `${path}: ${r.status}`);
          assert.match(
            String(r.headers["content-type"] ?? ""),
            /^text\/plain/,
            `${path}: Content-Type ${r.headers["content-type"]}`,
          );
          assert.ok(r.body.trim().length > 0, `${path}: empty body`);
          assert.ok(r.body.length <= 1000, `${path}: a ${r.body.length}-char body echoes too much`);
          if (want === null) assert.equal(r.body, "not ours\n", `${path} normalizes outside ${WS_PREFIX}`);
          else assert.equal(r.status, want, `${path}: ${r.body}`);
        }),
        {
          ...runs(150),
          examples: [
            [`/ws/empty-close?sid=${usedSid}`],
            ["/ws/close?code=1000"],
            ["/ws/close?code=1005"],
            ["/ws/nope"],
          ],
        },
      );
      for (const status of [400, 404, 426] as const)
        assert.ok((seen.get(status) ?? 0) > 0, `the targets reached ${status}: ${JSON.stringify([...seen])}`);
    },
  );

  it("answers malformed request lines with a 400, never a 5xx or a hang", { timeout: 10_000 }, async () => {
    const H = "Host: 127.0.0.1\r\nConnection: close\r\n\r\n";
    // Targets Node's parser lets through: the engine answers, in text/plain.
    const reachEngine: Array<[string, number]> = [
      [`GET http://[/ws/close HTTP/1.1\r\n${H}`, 400], // new URL throws on "["
      [`GET http://%zz/ws/close HTTP/1.1\r\n${H}`, 400],
      [`GET http://evil.example/ws/nope HTTP/1.1\r\n${H}`, 404], // absolute-form: the path still counts
      [`GET /ws/close?code=%E0%A4 HTTP/1.1\r\n${H}`, 400], // a broken UTF-8 escape
      [`GET /ws/close?code=1000&code=1000 HTTP/1.1\r\n${H}`, 400],
      [`GET /ws/close?code=1000 HTTP/1.0\r\n\r\n`, 426], // HTTP/1.0, no Host
      [`GET  /ws/close  HTTP/1.1\r\n${H}`, 426], // extra spaces
      [`GET /ws/close\r\n${H}`, 426], // no HTTP version
      [`DELETE /ws/close?code=abc HTTP/1.1\r\n${H}`, 400],
      [`GET /ws/close?sid=${usedSid} HTTP/1.1\r\n${H}`, 409],
    ];
    // Requests Node's HTTP parser refuses before any application code: a bare 400.
    const refusedByNode: Array<string | Buffer> = [
      `GET /ws/\x01 HTTP/1.1\r\n${H}`,
      `GET /ws/close?x=\x7f HTTP/1.1\r\n${H}`,
      Buffer.from(`GET /ws/close?x=\xff\xfe HTTP/1.1\r\n${H}`, "latin1"),
      `GET /ws/close HTTP/9.9\r\n${H}`,
      `GET ws/close HTTP/1.1\r\n${H}`,
      `get /ws/close HTTP/1.1\r\n${H}`,
      `GARBAGE\r\n\r\n`,
      `GET /ws/close HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\nConnection: close\r\n\r\n`,
      `GET /ws/close HTTP/1.1\r\nHost: 127.0.0.1\r\nbad header\r\nConnection: close\r\n\r\n`,
      `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`,
      Buffer.from("16030100a5010000a1030300000000", "hex"), // a TLS ClientHello on the plain port
    ];
    const answers = await Promise.all([
      ...reachEngine.map(([t]) => raw(port, t)),
      ...refusedByNode.map((t) => raw(port, t)),
    ]);
    answers.forEach((a, i) => {
      const what = JSON.stringify(
        String(i < reachEngine.length ? reachEngine[i]![0] : refusedByNode[i - reachEngine.length]).slice(
          0,
          50,
        ),
      );
      const m = /^HTTP\/1\.1 (\d{3}) /.exec(a);
      assert.ok(m, `${what}: no status line in ${JSON.stringify(a.slice(0, 80))}`);
      const status = Number(m[1]);
      assert.ok([400, 404, 409, 426].includes(status), `${what}: ${status}`);
      const [head, ...rest] = a.split("\r\n\r\n");
      if (i < reachEngine.length) {
        assert.equal(status, reachEngine[i]![1], `${what}: ${a}`);
        assert.match(head!, /\r\nContent-Type: text\/plain/i, `${what}: ${head}`);
        // Chunked or not, some text beyond the framing.
        assert.match(rest.join("\r\n\r\n"), /[a-z]{3,}/, `${what}: empty body`);
      } else {
        assert.equal(status, 400, `${what}: ${head}`);
      }
    });
  });

  it("is still healthy afterwards", async () => {
    const r = await get2(port, "/ws/close?code=1000");
    assert.equal(r.status, 426);
    assert.match(r.body, /new WebSocket/);
    assert.equal(engine.stats().open, 0, "no socket left open by the fuzzing");
  });
});
