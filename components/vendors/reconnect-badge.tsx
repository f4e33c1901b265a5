import type { Locale, Reconnect } from "closecodes/codes";
import { reconnectAdviceText, RECONNECT_TEXT } from "closecodes/reconnect";

const tone: Record<Reconnect, string> = {
  immediately: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  backoff: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  later: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  reauth: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  "after-fix": "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  no: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200",
};

/** A vendor code's reconnect rule: the short words on the badge, the timing in its title. */
export function ReconnectBadge({ value, lang }: { value: Reconnect; lang: Locale }) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${tone[value]}`}
      title={reconnectAdviceText(value, lang)}
    >
      {RECONNECT_TEXT[value][lang]}
    </span>
  );
}
