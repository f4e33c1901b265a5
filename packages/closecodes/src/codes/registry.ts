import { codeRows, rangeList } from "./lookup.ts";
import { comparePairs } from "./pairs.ts";
import type { CloseCodeEntry, RangeEntry } from "./types.ts";

/**
 * The registry as a whole, with the cross-row rules checked once at load: no duplicate code, no
 * relation to an unknown code, ranges that cover 0–65535 without gap or overlap, pairs listed
 * a < b. A broken table throws here, so the site's build, the tests, the server and the CLI all
 * fail loudly instead of stating a wrong fact. (Field shapes are checked by the site's zod
 * schema, lib/registry-schema.ts.)
 */
const codes = codeRows();
const byCode = new Map(codes.map((c) => [c.code, c]));
if (byCode.size !== codes.length) throw new Error("close-code registry: duplicate code");
for (const c of codes) {
  for (const r of c.related) {
    if (!byCode.has(r)) throw new Error(`close-code registry: ${c.code} relates to unknown ${r}`);
  }
}
{
  let next = 0;
  for (const r of [...rangeList()].sort((a, b) => a.from - b.from)) {
    if (r.from !== next || r.to < r.from) throw new Error(`close-code ranges: gap or overlap at ${r.id}`);
    next = r.to + 1;
  }
  if (next !== 65536) throw new Error("close-code ranges: do not reach 65535");
}
for (const [a, b] of comparePairs) {
  if (a >= b) throw new Error(`compare pair ${a}-vs-${b}: must be listed as a < b`);
}

export function allCodes(): readonly CloseCodeEntry[] {
  return codes;
}

export function allRanges(): readonly RangeEntry[] {
  return rangeList();
}

export { getCode, rangeOf } from "./lookup.ts";

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
