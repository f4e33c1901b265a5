import type { Locale } from "@/i18n/routing";
import { reconnectAdviceText, reconnectRule } from "closecodes/reconnect";

/**
 * Whether, how soon and how to back off after a code (or a vendor's code), from the registry's
 * one reconnect field and the backoff table in closecodes/reconnect. Prose uses this instead of
 * typing delays, so every page gives the same advice.
 */
export function ReconnectAdvice({ code, vendor, lang }: { code: number; vendor?: string; lang: Locale }) {
  const { rule, note } = reconnectRule(code, vendor);
  return (
    <span data-testid="reconnect-advice" data-rule={rule}>
      {reconnectAdviceText(rule, lang)}
      {note ? ` ${note[lang]}` : null}
    </span>
  );
}
