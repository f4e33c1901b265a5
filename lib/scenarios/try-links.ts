import { validOnWire } from "closecodes/codes/rules";
import { getScenario } from "./catalogue";
import { variants } from "./variants";

/**
 * "Try it live" links for a code page: the tester permalinks of scenarios in which a browser
 * ends up reporting this code, or which demonstrate it (e.g. the 1002 a browser sends the server).
 */
export type TryLink = { scenario: string; query: string };

export function tryLinksFor(code: number, max = 4): TryLink[] {
  const out: TryLink[] = [];
  const push = (scenario: string, query: string) => {
    const href = `s=${scenario}${query ? `&${query.slice(1)}` : ""}`;
    if (!out.some((l) => l.scenario === scenario && l.query === href)) out.push({ scenario, query: href });
  };
  // A direct reproduction first: the server sends exactly this code (for 1015 that shows what a
  // browser does with a code that must never be on the wire). 1005 and 1006 have no frame of
  // their own: the scenarios below produce them.
  if (code !== 1005 && code !== 1006) push(validOnWire(code) ? "close" : "close-raw", `?code=${code}`);
  // Then the scenarios in which every engine reports the code, then those in which some engine
  // does, illustrates it or sends it to the server: the first links work in any browser.
  const all = variants();
  const everywhere = all.filter((v) =>
    Object.values(v.scenario.expect(v.values)).every((e) => e.code === code),
  );
  const somewhere = all.filter((v) => {
    const seen = Object.values(v.scenario.expect(v.values)).some((e) => e.code === code);
    const server = Object.values(v.scenario.expectServer?.(v.values) ?? {}).some(
      (x) => x.close?.code === code,
    );
    return seen || v.scenario.illustrates === code || server;
  });
  for (const v of [...everywhere, ...somewhere]) {
    if (out.length >= max) break;
    push(v.scenario.id, v.query);
  }
  return out.filter((l) => getScenario(l.scenario)).slice(0, max);
}
