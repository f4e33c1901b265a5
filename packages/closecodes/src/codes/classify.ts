import { parseCode, type ParseError } from "./parse.ts";
import { getCode, rangeOf } from "./registry.ts";
import type { CloseCodeEntry, RangeEntry } from "./types.ts";

export type Classification =
  | { ok: true; code: number; range: RangeEntry; entry: CloseCodeEntry | undefined }
  | { ok: false; error: ParseError; input: string };

/** Explains any integer 0–65535: its range, and its registry entry when it has one. */
export function classify(input: unknown): Classification {
  const parsed = parseCode(input);
  if (!parsed.ok) return parsed;
  return { ok: true, code: parsed.code, range: rangeOf(parsed.code), entry: getCode(parsed.code) };
}
