import { defaultValues, getScenario, type Scenario } from "@/lib/scenarios/catalogue";
import { formatParams, parseParams, type ParamValues } from "@/lib/scenarios/params";
import { checkFreeUrl } from "./free-url";

/**
 * What the tester connects to: a scenario of this site's server with its parameters as typed
 * (strings, so a half-typed number survives), or the user's own URL.
 */
export type Target =
  | { kind: "scenario"; id: string; values: Record<string, string> }
  | { kind: "url"; url: string; protocols: string };

/** A scenario's default parameters as form strings. */
export function stringValues(s: Scenario): Record<string, string> {
  return Object.fromEntries(Object.entries(defaultValues(s)).map(([k, v]) => [k, String(v)]));
}

export function scenarioTarget(s: Scenario): Target {
  return { kind: "scenario", id: s.id, values: stringValues(s) };
}

/** A session id for the wire report: 128 random bits, so nobody can guess another's report. */
export function randomSid(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Everything one attempt needs: the socket URL and, for a scenario, what it should show. */
export type Plan = {
  url: string;
  protocols: string[];
  sid?: string;
  scenario?: Scenario;
  values?: ParamValues;
};

/**
 * Builds the socket URL for one attempt (each gets its own sid, so each has its own wire
 * report), or says what is wrong with the form. The same checks as the server's, so a bad
 * parameter is refused here with the server's own message instead of a bare 1006.
 */
export function planConnection(
  target: Target,
  origin: { protocol: string; host: string },
  sid: string = randomSid(),
): Plan | { error: string } {
  if (target.kind === "url") {
    const r = checkFreeUrl(target.url, target.protocols);
    return r.ok ? { url: r.url, protocols: r.protocols } : { error: r.error };
  }
  const s = getScenario(target.id);
  if (!s) return { error: `no scenario “${target.id}”` };
  const parsed = parseParams(s.params, new URLSearchParams(Object.entries(target.values)));
  if (!parsed.ok) return { error: parsed.error };
  const rule = s.validate?.(parsed.values);
  if (rule) return { error: rule };
  const base = `${origin.protocol === "https:" ? "wss" : "ws"}://${origin.host}/ws/${s.id}`;
  const query = formatParams(s.params, parsed.values);
  return {
    url: `${base}${query}${query ? "&" : "?"}sid=${sid}`,
    protocols: s.protocols?.(parsed.values) ?? [],
    sid,
    scenario: s,
    values: parsed.values,
  };
}

/** Values for display while the user types: fall back to defaults where a field does not parse. */
export function parsedOrDefault(s: Scenario, values: Record<string, string>): ParamValues {
  const out = defaultValues(s);
  for (const p of s.params) {
    const raw = values[p.name];
    const one = parseParams([p], new URLSearchParams(raw !== undefined ? { [p.name]: raw } : {}));
    if (one.ok && one.values[p.name] !== undefined) out[p.name] = one.values[p.name]!;
  }
  return out;
}
