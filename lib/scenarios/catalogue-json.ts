import { ENGINE_IDS, mapEngines, type PerEngine } from "closecodes/engines";
import { measurements } from "@/lib/engines/measured";
import type { Expectation } from "./catalogue";
import { scenarios } from "./catalogue";
import { formatParams } from "./params";
import { variants } from "./variants";

/**
 * The catalogue as plain data for other tools (/api/scenarios.json): URLs relative to the site,
 * what each scenario teaches, the code page it illustrates, and for every variant worth proving
 * what each measured engine reports (`expected`) and what the server gets back (`serverSees`).
 * Every variant in every engine is proven by this repo's e2e suite on each run.
 */
/**
 * `expected[engine]` is exactly { open, error, code, reason, wasClean }; the fields that depend on
 * timing in some engine are listed beside it, as `racy: { firefox: ["wasClean"] }`.
 */
function racyFields(e: PerEngine<Expectation>) {
  const racy = Object.fromEntries(ENGINE_IDS.flatMap((id) => (e[id].racy?.length ? [[id, e[id].racy]] : [])));
  return Object.keys(racy).length ? { racy } : {};
}

const pageFields = (e: Expectation) => ({
  open: e.open,
  error: e.error,
  code: e.code,
  reason: e.reason,
  wasClean: e.wasClean,
});

export function catalogueJson() {
  const all = variants();
  return {
    version: 2,
    description:
      "WebSocket scenarios that close in a chosen way. Connect to a variant's `url` (relative to this site, ws:// or wss://), with its `protocols`, and do its `pageAction`; the page then sees `expected[engine]`, except for fields listed in `racy[engine]`, which depend on timing. Add `sid=<16–64 chars of A-Za-z0-9_->` to read what the server saw at /ws-report/<sid> after the close.",
    report: "/ws-report/{sid}",
    measuredAt: measurements.measuredAt,
    engines: measurements.engines.map((e) => ({ id: e.id, name: e.name, version: e.version })),
    scenarios: scenarios.map((s) => ({
      id: s.id,
      group: s.group,
      url: `/ws/${s.id}`,
      title: s.title,
      teaches: s.teaches,
      illustrates: { code: s.illustrates, page: `/en/codes/${s.illustrates}` },
      params: s.params,
      variants: all
        .filter((v) => v.scenario === s)
        .map((v) => {
          const protocols = s.protocols?.(v.values);
          const pageAction = s.pageAction?.(v.values);
          const durationMs = s.durationMs?.(v.values);
          return {
            query: v.query,
            url: `/ws/${s.id}${formatParams(s.params, v.values)}`,
            ...(protocols?.length ? { protocols } : {}),
            ...(pageAction ? { pageAction } : {}),
            ...(durationMs ? { durationMs } : {}),
            expected: mapEngines(s.expect(v.values), pageFields),
            ...racyFields(s.expect(v.values)),
            serverSees: s.expectServer?.(v.values) ?? null,
          };
        }),
    })),
  };
}
