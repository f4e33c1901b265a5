import { closeCodeRows } from "./codes";
import { rangeRows } from "./ranges";
import type { CloseCodeEntry, RangeEntry } from "./schema";

/**
 * Lookups over the hand-written tables without zod, for client bundles (the tester, the
 * scenario catalogue). The same rows are validated with zod in registry.ts, which every page,
 * test and server start imports, so a bad row still fails the build.
 */
const rows = closeCodeRows as unknown as readonly CloseCodeEntry[];
const byCode = new Map(rows.map((c) => [c.code, c]));

export function getCode(code: number): CloseCodeEntry | undefined {
  return byCode.get(code);
}

export function rangeOf(code: number): RangeEntry {
  const r = (rangeRows as readonly RangeEntry[]).find((x) => code >= x.from && code <= x.to);
  if (!r) throw new Error(`no range for ${code}`);
  return r;
}
