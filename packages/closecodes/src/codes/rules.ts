import { closeCodeRows } from "./codes.ts";
import { rangeRows } from "./ranges.ts";
import type { Locale } from "./types.ts";

/**
 * The protocol's and the browser API's rules about codes, each stated once. Everything that
 * states one of them — the registry's derived columns, the tester's close() check, the scenario
 * server's guards, the CLI, the pages' texts (as placeholders) — reads it from here.
 */

/** WHATWG close() step 1: the only codes a page may pass to close(); others throw InvalidAccessError. */
export const PAGE_CLOSE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [1000, 1000],
  [3000, 4999],
];

export function pageMaySend(code: number): boolean {
  return PAGE_CLOSE_RANGES.some(([a, b]) => code >= a && code <= b);
}

/** May a page send every code from `from` to `to` (a range's column in the registry)? */
export function pageMaySendAll(from: number, to: number): boolean {
  return PAGE_CLOSE_RANGES.some(([a, b]) => from >= a && to <= b);
}

/** RFC 6455 §5.5: a control frame carries at most 125 bytes of payload. */
export const MAX_CONTROL_PAYLOAD = 125;

/**
 * A close frame's reason: what is left after the 2-byte code (RFC 6455 §5.5.1). WHATWG close()
 * step 2 throws SyntaxError for a longer reason before anything is sent.
 */
export const MAX_REASON_BYTES = MAX_CONTROL_PAYLOAD - 2;

/**
 * May a close frame carry this code (RFC 6455 §7.4): a registered code allowed on the wire, or a
 * code in a range open to use. Everything else — 0–999, 1004–1006, 1015, 1016–2999, 5000+ — may not.
 */
export function validOnWire(code: number): boolean {
  const entry = closeCodeRows.find((c) => c.code === code);
  if (entry) return entry.onWire === "allowed";
  return rangeRows.some((r) => code >= r.from && code <= r.to && r.validOnWire);
}

/** The registered codes RFC 6455 §7.4.1 forbids in a close frame (1005, 1006, 1015). */
export function forbiddenOnWire(): number[] {
  return closeCodeRows.filter((c) => c.onWire === "forbidden").map((c) => c.code);
}

/** Merges a sorted list of codes into runs: [1000,1001,1002,1007] → [[1000,1002],[1007,1007]]. */
export function runsOf(codes: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const c of codes) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** "1000 or 3000–4999" / "1000 или 3000–4999": ranges of codes in words. */
export function rangesText(runs: ReadonlyArray<readonly [number, number]>, lang: Locale): string {
  const parts = runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  if (parts.length < 2) return parts.join("");
  const or = lang === "ru" ? " или " : " or ";
  return `${parts.slice(0, -1).join(", ")}${or}${parts[parts.length - 1]}`;
}

/** "1005, 1006 and 1015" / "1005, 1006 и 1015": a list of codes in words. */
export function listText(codes: readonly number[], lang: Locale): string {
  if (codes.length < 2) return codes.join("");
  const and = lang === "ru" ? " и " : " and ";
  return `${codes.slice(0, -1).join(", ")}${and}${codes[codes.length - 1]}`;
}

/** The codes a close frame may carry, in words: "1000–1003, 1007–1014 or 3000–4999". */
export function validOnWireText(lang: Locale): string {
  // The registered codes allowed on the wire, plus every code of the ranges open to use.
  const codes = new Set(closeCodeRows.filter((c) => c.onWire === "allowed").map((c) => c.code));
  for (const r of rangeRows) if (r.validOnWire) for (let c = r.from; c <= r.to; c++) codes.add(c);
  return rangesText(runsOf([...codes].filter(validOnWire).sort((a, b) => a - b)), lang);
}

/** The codes a page may pass to close(), in words: "1000 or 3000–4999". */
export function pageCloseText(lang: Locale): string {
  return rangesText(PAGE_CLOSE_RANGES, lang);
}
