import { closeCodeRows } from "./codes.ts";
import { rangeRows } from "./ranges.ts";
import { pageMaySend, pageMaySendAll } from "./rules.ts";
import type { CloseCodeEntry, RangeEntry } from "./types.ts";

/**
 * Lookups over the hand-written tables: the registered codes by number, and the range any
 * 0–65535 falls in, with the columns that follow from a rule (may a page send it) filled in
 * from rules.ts. No checks here (registry.ts runs them once at load); small enough for a client
 * bundle.
 */
const rows: readonly CloseCodeEntry[] = closeCodeRows.map((r) => ({
  ...r,
  sendableByPage: pageMaySend(r.code),
  related: r.related ?? [],
}));
const byCode = new Map(rows.map((c) => [c.code, c]));
const ranges: readonly RangeEntry[] = rangeRows.map((r) => ({
  ...r,
  sendableByPage: pageMaySendAll(r.from, r.to),
}));

export function codeRows(): readonly CloseCodeEntry[] {
  return rows;
}

export function rangeList(): readonly RangeEntry[] {
  return ranges;
}

export function getCode(code: number): CloseCodeEntry | undefined {
  return byCode.get(code);
}

export function rangeOf(code: number): RangeEntry {
  const r = ranges.find((x) => code >= x.from && code <= x.to);
  if (!r) throw new Error(`no range for ${code}`);
  return r;
}
