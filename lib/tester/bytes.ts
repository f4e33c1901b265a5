/** How the tester shows and parses message payloads. */

/** Long text messages are cut to 200 characters in the log (and so in the export). */
export const preview = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

/** The first 32 bytes of a binary message as hex, with "…" when there are more. */
export function hexPreview(bytes: Uint8Array): string {
  const hex = Array.from(bytes.slice(0, 32), (b) => b.toString(16).padStart(2, "0")).join(" ");
  return bytes.length > 32 ? `${hex} …` : hex;
}

/** Parses "68 65 6c…" (pairs of hex digits, any whitespace); null when it is not that. */
export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  const clean = hex.replace(/\s+/g, "");
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) return null;
  return new Uint8Array((clean.match(/../g) ?? []).map((b) => parseInt(b, 16)));
}
