import { defineRouting } from "next-intl/routing";

export const locales = ["en", "ru"] as const;
export type Locale = (typeof locales)[number];

/** Every URL carries its locale (/en/…, /ru/…); "/" picks one from Accept-Language. */
export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
});

export function isLocale(x: string): x is Locale {
  return (locales as readonly string[]).includes(x);
}
