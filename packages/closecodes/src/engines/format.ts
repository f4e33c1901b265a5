import { ENGINE_IDS, ENGINE_NAMES, type PerEngine } from "./ids.ts";

/**
 * One value for all engines when they agree, else "Chromium: a · Firefox: b · WebKitGTK: c"
 * (engines with the same value grouped): facts tables stay short where nothing differs.
 */
export function perEngineText(v: PerEngine<string>): string {
  const groups = new Map<string, string[]>();
  for (const id of ENGINE_IDS) groups.set(v[id], [...(groups.get(v[id]) ?? []), ENGINE_NAMES[id]]);
  if (groups.size === 1) return v.chromium;
  return [...groups].map(([value, names]) => `${names.join(", ")}: ${value}`).join(" · ");
}

export function enginesDiffer<T>(v: PerEngine<T>): boolean {
  const s = JSON.stringify(v.chromium);
  return ENGINE_IDS.some((id) => JSON.stringify(v[id]) !== s);
}
