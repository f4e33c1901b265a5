import { getScenario } from "@/lib/scenarios/catalogue";
import { stringValues, type Target } from "./target";

/**
 * The tester's permalink: `?s=<scenario>&<params that differ from the defaults>` or
 * `?url=…&protocols=…`, plus `reconnect=1`. Short on purpose: it is meant to be pasted into
 * issues and chats.
 */
export type Permalink = { target: Target; reconnect: boolean };

/** Reads a permalink back; null when it names no known scenario and no URL. */
export function fromQuery(search: string): Permalink | null {
  const q = new URLSearchParams(search);
  const reconnect = q.get("reconnect") === "1";
  const url = q.get("url");
  if (url !== null) return { target: { kind: "url", url, protocols: q.get("protocols") ?? "" }, reconnect };
  const s = getScenario(q.get("s") ?? "");
  if (!s) return null;
  const values = stringValues(s);
  for (const p of s.params) {
    const v = q.get(p.name);
    if (v !== null) values[p.name] = v;
  }
  return { target: { kind: "scenario", id: s.id, values }, reconnect };
}

export function toQuery({ target, reconnect }: Permalink): string {
  const q = new URLSearchParams();
  if (target.kind === "url") {
    q.set("url", target.url);
    if (target.protocols) q.set("protocols", target.protocols);
  } else {
    q.set("s", target.id);
    for (const p of getScenario(target.id)?.params ?? []) {
      const v = target.values[p.name];
      if (v !== undefined && v !== String(p.default ?? "")) q.set(p.name, v);
    }
  }
  if (reconnect) q.set("reconnect", "1");
  return q.toString();
}
