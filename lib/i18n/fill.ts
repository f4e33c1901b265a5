/**
 * Fills `{name}` placeholders in a message template on the client, where next-intl's formatter
 * is not shipped. A placeholder without a value stays visible, so a missing variable shows up.
 */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}
