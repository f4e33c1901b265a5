import { defineRouting } from "next-intl/routing";

import { LOCALES, type Locale } from "closecodes/codes/types";

/** The locales the registry speaks are the site's locales: one list, one type. */
export const locales = LOCALES;
export type { Locale };

/** Every URL carries its locale (/en/…, /ru/…); "/" picks one from Accept-Language. */
export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
});

export function isLocale(x: string): x is Locale {
  return (locales as readonly string[]).includes(x);
}
