import { defaultValues, scenarios } from "./catalogue";
import { formatParams } from "./params";

/**
 * The catalogue as plain data for other tools (/api/scenarios.json): URLs relative to the site,
 * what each scenario teaches, the code page it illustrates, and what a browser reports for the
 * default parameters (Chromium, verified by this repo's e2e suite).
 */
export function catalogueJson() {
  return {
    version: 1,
    description:
      "WebSocket scenarios that close in a chosen way. Connect to `url` (relative to this site, ws:// or wss://). Add `sid=<16–64 chars of A-Za-z0-9_->` to read what the server saw at /ws-report/<sid> after the close.",
    report: "/ws-report/{sid}",
    scenarios: scenarios.map((s) => {
      const values = defaultValues(s);
      return {
        id: s.id,
        group: s.group,
        url: `/ws/${s.id}${formatParams(s.params, values)}`,
        title: s.title,
        teaches: s.teaches,
        illustrates: { code: s.illustrates, page: `/en/codes/${s.illustrates}` },
        params: s.params,
        protocols: s.protocols?.(values) ?? [],
        pageAction: s.pageAction?.(values) ?? null,
        expected: s.expect(values),
        serverSees: s.expectServer?.(values) ?? null,
      };
    }),
  };
}
