/**
 * The arguments of a page's close() call as the log shows them, e.g. `4000, "bye"`, or
 * `undefined, "bye"` for a reason without a code (what a page would have to write to pass one).
 */
export function closeCallArgs(codeText: string, reason: string): string {
  const code = codeText.trim();
  const r = reason ? JSON.stringify(reason) : "";
  if (code === "") return r ? `undefined, ${r}` : "";
  return r ? `${code}, ${r}` : code;
}
