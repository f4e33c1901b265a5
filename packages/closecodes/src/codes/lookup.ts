import { closeCodeRows } from "./codes.ts";
import { rangeRows } from "./ranges.ts";
import type { CloseCodeEntry, RangeEntry } from "./types.ts";

/**
 * Lookups over the hand-written tables: the registered codes by number, and the range any
 * 0–65535 falls in. No checks here (registry.ts runs them once at load); small enough for a
 * client bundle.
 */
const rows: readonly CloseCodeEntry[] = closeCodeRows.map((r) => ({ ...r, related: r.related ?? [] }));
const byCode = new Map(rows.map((c) => [c.code, c]));

export function codeRows(): readonly CloseCodeEntry[] {
  return rows;
}

export function getCode(code: number): CloseCodeEntry | undefined {
  return byCode.get(code);
}

export function rangeOf(code: number): RangeEntry {
  const r = rangeRows.find((x) => code >= x.from && code <= x.to);
  if (!r) throw new Error(`no range for ${code}`);
  return r;
}
