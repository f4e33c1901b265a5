/**
 * Turns user or URL input into a close code, or says why it is not one. Pure and dependency-free
 * so the client decoder can import it without pulling the registry into the bundle.
 *
 * The code field of a close frame is an unsigned 16-bit integer (RFC 6455 §5.5.1), so 0–65535 is
 * the whole space; everything else is rejected with the reason, never silently coerced
 * ("1e3", "0x3e8" and "1006.0" are not codes).
 */
export type ParseError = "empty" | "not-a-number" | "not-an-integer" | "negative" | "too-large";

export type ParsedCode = { ok: true; code: number } | { ok: false; error: ParseError; input: string };

export const MAX_CODE = 65535;

export function parseCode(input: unknown): ParsedCode {
  if (typeof input === "number" && !Number.isFinite(input)) {
    return { ok: false, error: "not-a-number", input: String(input) };
  }
  const raw = typeof input === "number" ? String(input) : typeof input === "string" ? input.trim() : "";
  if (raw === "") return { ok: false, error: "empty", input: raw };
  if (/^-\d+(\.\d+)?$/.test(raw)) return { ok: false, error: "negative", input: raw };
  if (/^\d+\.\d+$/.test(raw)) return { ok: false, error: "not-an-integer", input: raw };
  if (!/^\d+$/.test(raw)) return { ok: false, error: "not-a-number", input: raw };
  // Compare long digit strings by length first so "99999999999999999999" never loses precision.
  const digits = raw.replace(/^0+(?=\d)/, "");
  if (digits.length > 5 || Number(digits) > MAX_CODE) return { ok: false, error: "too-large", input: raw };
  return { ok: true, code: Number(digits) };
}
