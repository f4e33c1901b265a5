/**
 * JSON for the inside of an inline `<script>`: "<" is escaped (as \u003c, still the same JSON), so
 * no string in it can close the script element ("</script>") or open a comment ("<!--").
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
