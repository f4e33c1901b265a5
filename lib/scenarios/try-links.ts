import { validOnWire } from "closecodes/codes/rules";
import { ENGINE_IDS } from "closecodes/engines";
import { defaultValues, getScenario, type Scenario } from "./catalogue";
import { formatParams, type ParamValues } from "./params";
import { variants } from "./variants";

/**
 * "Try it live" links for a code page: tester permalinks of scenarios that show this code —
 * a browser's page reports it, or a browser sends it to the server — best first:
 *  1. the server sends exactly this code (for a code that must never be on the wire, that shows
 *     what each browser does with it);
 *  2. scenarios in which every engine's page reports the code (they work in any browser);
 *  3. scenarios in which every engine reports it or sends it to the server;
 *  4. scenarios in which some engine does.
 * A scenario that only "illustrates" a code without showing it is never linked.
 */
export type TryLink = { scenario: string; query: string };

type Candidate = { scenario: Scenario; values: ParamValues };

/** Where in a scenario the code shows, per engine. */
function shows(c: Candidate, code: number): { page: number; any: number } {
  const page = c.scenario.expect(c.values);
  const server = c.scenario.expectServer?.(c.values);
  let pageCount = 0;
  let anyCount = 0;
  for (const e of ENGINE_IDS) {
    const onPage = page[e].code === code && !(page[e].racy ?? []).includes("code");
    const toServer = server?.[e]?.close?.code === code;
    if (onPage) pageCount++;
    if (onPage || toServer) anyCount++;
  }
  return { page: pageCount, any: anyCount };
}

export function tryLinksFor(code: number, max = 4): TryLink[] {
  const candidates: Candidate[] = [];
  const direct = getScenario(validOnWire(code) ? "close" : "close-raw");
  if (direct && code !== 1005 && code !== 1006)
    candidates.push({ scenario: direct, values: { ...defaultValues(direct), code } });
  const all = variants().map((v) => ({ scenario: v.scenario, values: v.values }));
  const rank = (c: Candidate) => {
    const s = shows(c, code);
    return s.page === ENGINE_IDS.length ? 0 : s.any === ENGINE_IDS.length ? 1 : s.any > 0 ? 2 : 3;
  };
  const ranked = all.filter((c) => rank(c) < 3).sort((a, b) => rank(a) - rank(b));
  const out: TryLink[] = [];
  const seen = new Set<string>();
  for (const c of [...candidates.filter((c) => shows(c, code).any > 0), ...ranked]) {
    // The same parameters however they were written (close?code=1000 is close with its defaults).
    const query = formatParams(c.scenario.params, c.values);
    const key = c.scenario.id + query;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ scenario: c.scenario.id, query: `s=${c.scenario.id}${query ? `&${query.slice(1)}` : ""}` });
    if (out.length >= max) break;
  }
  return out;
}
