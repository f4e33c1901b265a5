import type { Localized } from "closecodes/codes";

/**
 * Query-parameter specs for scenario URLs. One spec both validates a request (a bad value is an
 * HTTP 400 naming the parameter, the rule and the value) and documents the parameter in the
 * catalogue JSON and on the tester page.
 */
export type IntSpec<N extends string = string> = {
  name: N;
  kind: "int";
  min: number;
  max: number;
  default?: number;
  unit?: "ms" | "s";
  doc: Localized;
};
export type EnumSpec<N extends string = string, V extends string = string> = {
  name: N;
  kind: "enum";
  values: readonly V[];
  default: NoInfer<V>;
  doc: Localized;
};
export type TextSpec<N extends string = string> = {
  name: N;
  kind: "text";
  maxBytes: number;
  default: string;
  doc: Localized;
};
export type ParamSpec = IntSpec | EnumSpec | TextSpec;

/** Parsed values of any scenario: what crosses a boundary (a URL, the tester's form, JSON). */
export type ParamValues = Record<string, number | string>;

/**
 * The parsed values of one scenario's parameters, typed from its specs: an int is a number, an
 * enum one of its values, a text a string. The catalogue's rules and the server's behaviours
 * read `p.code` as a number and `p.kind` as a union, with no casts.
 */
export type ValuesOf<S extends readonly ParamSpec[]> = {
  [P in S[number] as P["name"]]: P extends IntSpec
    ? number
    : P extends EnumSpec<string, infer V>
      ? V
      : string;
};

export type ParamResult = { ok: true; values: ParamValues } | { ok: false; error: string };

/** Parameters every scenario accepts besides its own: the wire-report session id. */
export const SESSION_PARAM = "sid";
const SESSION_RE = /^[A-Za-z0-9_-]{16,64}$/;

const show = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Names each spec list accepts, computed once per list: parsing runs on every upgrade. */
const knownNames = new WeakMap<readonly ParamSpec[], Set<string>>();
const utf8 = new TextEncoder();

export function parseParams(specs: readonly ParamSpec[], query: URLSearchParams): ParamResult {
  let known = knownNames.get(specs);
  if (!known) knownNames.set(specs, (known = new Set([...specs.map((s) => s.name), SESSION_PARAM])));
  // Counted first, then judged key by key in order of first appearance.
  const counts = new Map<string, number>();
  for (const [key] of query) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, n] of counts) {
    if (!known.has(key)) {
      const allowed = [...known].join(", ");
      return { ok: false, error: `unknown parameter ${show(key)}; this scenario takes: ${allowed}` };
    }
    if (n > 1) return { ok: false, error: `parameter ${show(key)} is given more than once` };
  }
  const sid = query.get(SESSION_PARAM);
  if (sid !== null && !SESSION_RE.test(sid)) {
    return { ok: false, error: `${SESSION_PARAM}: must be 16–64 characters of A–Z, a–z, 0–9, "-" or "_"` };
  }
  const values: ParamValues = {};
  for (const s of specs) {
    const raw = query.get(s.name);
    if (s.kind === "int") {
      if (raw === null || raw === "") {
        if (s.default === undefined)
          return { ok: false, error: `${s.name}: required (an integer ${s.min}–${s.max})` };
        values[s.name] = s.default;
        continue;
      }
      if (!/^\d{1,9}$/.test(raw) || Number(raw) < s.min || Number(raw) > s.max) {
        return {
          ok: false,
          error: `${s.name}: must be an integer ${s.min}–${s.max}${s.unit ? ` (${s.unit})` : ""}, got ${show(raw)}`,
        };
      }
      values[s.name] = Number(raw);
    } else if (s.kind === "enum") {
      const v = raw ?? s.default;
      if (!s.values.includes(v))
        return { ok: false, error: `${s.name}: must be one of ${s.values.join(", ")}, got ${show(v)}` };
      values[s.name] = v;
    } else {
      const v = raw ?? s.default;
      const bytes = utf8.encode(v).length;
      if (bytes > s.maxBytes) {
        return { ok: false, error: `${s.name}: at most ${s.maxBytes} UTF-8 bytes, got ${bytes}` };
      }
      values[s.name] = v;
    }
  }
  return { ok: true, values };
}

/** The query string for given values, omitting defaults, in spec order (stable permalinks). */
export function formatParams(specs: readonly ParamSpec[], values: ParamValues): string {
  const q = new URLSearchParams();
  for (const s of specs) {
    const v = values[s.name];
    if (v === undefined || v === ("default" in s ? s.default : undefined)) continue;
    q.set(s.name, String(v));
  }
  const str = q.toString();
  return str ? `?${str}` : "";
}
