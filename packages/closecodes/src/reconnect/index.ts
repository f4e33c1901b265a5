import { getCode } from "../codes/lookup.ts";
import type { Locale, Localized, Reconnect } from "../codes/types.ts";
import { getVendor } from "../vendors/index.ts";

/**
 * How soon to reconnect and how to back off, per reconnect class: the one home of these numbers.
 * The tester's auto-reconnect runs on them, and every page and the CLI state them from here.
 *
 * "Equal jitter" exponential backoff: the n-th retry (n from 0) waits between half and all of
 * min(capMs, baseMs · 2ⁿ), so clients that lost the same server do not return in lockstep.
 * `immediately` makes its first retry at once and then backs off like `backoff`.
 */
export type Backoff = { baseMs: number; capMs: number; firstAtOnce: boolean };

export const BACKOFF: Record<"immediately" | "backoff" | "later", Backoff> = {
  immediately: { baseMs: 500, capMs: 30_000, firstAtOnce: true },
  backoff: { baseMs: 500, capMs: 30_000, firstAtOnce: false },
  later: { baseMs: 5_000, capMs: 60_000, firstAtOnce: false },
};

/** Classes after which a client reconnects on its own (the others wait for a person or new credentials). */
export type Retrying = keyof typeof BACKOFF;

export function retries(rule: Reconnect | "app"): Retrying | null {
  if (rule === "app") return "backoff";
  return rule === "immediately" || rule === "backoff" || rule === "later" ? rule : null;
}

/** The wait before retry number `attempt` (from 0), in ms. `random` is injectable for tests. */
export function backoffDelay(rule: Retrying, attempt: number, random: () => number = Math.random): number {
  const b = BACKOFF[rule];
  if (b.firstAtOnce) {
    if (attempt === 0) return 0;
    attempt -= 1;
  }
  const exp = Math.min(b.capMs, b.baseMs * 2 ** attempt);
  return Math.round(exp / 2 + random() * (exp / 2));
}

/** The shortest and longest wait before the first retry, in ms. */
export function firstRetryMs(rule: Retrying): [number, number] {
  return [backoffDelay(rule, 0, () => 0), backoffDelay(rule, 0, () => 1)];
}

/**
 * A code's reconnect rule: a vendor's own rule when the vendor defines the code, else the
 * registry's (an unregistered code: "app", the application's protocol decides).
 */
export function reconnectRule(
  code: number,
  vendorId?: string,
): { rule: Reconnect | "app"; note?: Localized } {
  if (vendorId !== undefined) {
    const entry = getVendor(vendorId)?.codes.find((c) => c.code === code);
    if (entry) return entry.note ? { rule: entry.reconnect, note: entry.note } : { rule: entry.reconnect };
  }
  return { rule: getCode(code)?.reconnect ?? "app" };
}

const seconds = (ms: number, lang: Locale) =>
  `${(ms / 1000).toLocaleString(lang === "ru" ? "ru-RU" : "en-US", { maximumFractionDigits: 2 })}`;

/** The reconnect advice in words: the class, then how soon and how to back off, from BACKOFF. */
export function reconnectAdviceText(rule: Reconnect | "app", lang: Locale): string {
  const label = RECONNECT_TEXT[rule][lang];
  const r = retries(rule);
  if (!r) return label;
  const [lo, hi] = firstRetryMs(r);
  const cap = seconds(BACKOFF[r].capMs, lang);
  const first =
    lo === hi
      ? lang === "en"
        ? "retry at once"
        : "повторите сразу"
      : lang === "en"
        ? `first retry after ${seconds(lo, lang)}–${seconds(hi, lang)} s`
        : `первая попытка через ${seconds(lo, lang)}–${seconds(hi, lang)} с`;
  return lang === "en"
    ? `${label}: ${first}, then double the wait (with jitter) up to ${cap} s.`
    : `${label}: ${first}, затем удваивайте паузу (со случайным разбросом) до ${cap} с.`;
}

export const RECONNECT_TEXT: Record<Reconnect | "app", Localized> = {
  no: { en: "No: the close was deliberate or final", ru: "Нет: закрытие намеренное или окончательное" },
  "after-fix": {
    en: "Not until the cause is fixed: the same connection fails the same way",
    ru: "Только после исправления причины: то же соединение закончится так же",
  },
  reauth: { en: "After getting new credentials", ru: "После получения новых учётных данных" },
  immediately: { en: "Yes, at once", ru: "Да, сразу" },
  backoff: { en: "Yes, with exponential backoff", ru: "Да, с экспоненциальной задержкой" },
  later: { en: "Yes, but not right away", ru: "Да, но не сразу" },
  app: { en: "Defined by the application's protocol", ru: "Определяет протокол приложения" },
};
