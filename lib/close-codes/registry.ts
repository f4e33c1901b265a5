import { z } from "zod";
import { closeCodeRows } from "./codes";
import { comparePairs } from "./pairs";
import { rangeRows } from "./ranges";
import { closeCodeEntry, rangeEntry, type CloseCodeEntry, type RangeEntry } from "./schema";

/**
 * Parse the hand-written tables once, at module load. A bad row throws here, so `next build`,
 * the tests and the server all fail loudly instead of rendering a wrong fact.
 */
const codes: readonly CloseCodeEntry[] = z.array(closeCodeEntry).parse(closeCodeRows);
const ranges: readonly RangeEntry[] = z.array(rangeEntry).parse(rangeRows);

const byCode = new Map(codes.map((c) => [c.code, c]));
if (byCode.size !== codes.length) throw new Error("close-code registry: duplicate code");
for (const c of codes) {
  for (const r of c.related) {
    if (!byCode.has(r)) throw new Error(`close-code registry: ${c.code} relates to unknown ${r}`);
  }
}
for (const [a, b] of comparePairs) {
  if (a >= b) throw new Error(`compare pair ${a}-vs-${b}: must be listed as a < b`);
}

export function allCodes(): readonly CloseCodeEntry[] {
  return codes;
}

export function allRanges(): readonly RangeEntry[] {
  return ranges;
}

export { getCode, rangeOf } from "./lookup";

export type ComparePair = readonly [number, number];

export function allPairs(): readonly ComparePair[] {
  return comparePairs;
}

export function pairSlug([a, b]: ComparePair): string {
  return `${a}-vs-${b}`;
}

/** Parses "1000-vs-1006" (or its reverse); null when the slug is not a curated pair. */
export function findPair(slug: string): { pair: ComparePair; canonical: boolean } | null {
  const m = /^(\d{1,5})-vs-(\d{1,5})$/.exec(slug);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const pair = comparePairs.find(([x, y]) => (x === a && y === b) || (x === b && y === a));
  if (!pair) return null;
  return { pair, canonical: pair[0] === a && slug === pairSlug(pair) };
}

/** Pairs that mention a code, for "related comparisons" on its page. */
export function pairsWith(code: number): readonly ComparePair[] {
  return comparePairs.filter(([a, b]) => a === code || b === code);
}
