import { defaultValues, scenarios, type Scenario } from "./catalogue";
import { formatParams, type ParamValues } from "./params";

/**
 * Parameter sets worth proving in a browser: every scenario with its defaults, every value of
 * every enum parameter, and the codes and statuses the reference pages talk about.
 */
export type Variant = { scenario: Scenario; values: ParamValues; query: string };

const extra: Record<string, ParamValues[]> = {
  close: [
    { code: 1001 },
    { code: 1011, after: 3 },
    { code: 1012 },
    { code: 1014 },
    { code: 3000 },
    { code: 4999, reason: "é".repeat(61) },
  ],
  "close-raw": [0, 999, 1004, 1005, 1015, 1016, 2999, 5000, 65535].map((code) => ({ code })),
  "close-with-messages": [{ code: 1013 }],
  "handshake-status": [200, 401, 404, 426, 429, 500, 503].map((status) => ({ status })),
  echo: [{ ping: 1 }],
};

export function variants(): Variant[] {
  const out: Variant[] = [];
  const seen = new Set<string>();
  const add = (scenario: Scenario, over: ParamValues) => {
    const values = { ...defaultValues(scenario), ...over };
    const query = formatParams(scenario.params, values);
    const key = scenario.id + query;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ scenario, values, query });
  };
  for (const s of scenarios) {
    add(s, {});
    for (const p of s.params) if (p.kind === "enum") for (const v of p.values) add(s, { [p.name]: v });
    for (const over of extra[s.id] ?? []) add(s, over);
  }
  return out;
}
