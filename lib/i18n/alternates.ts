import type { Metadata } from "next";
import { locales, type Locale } from "@/i18n/routing";

/** Canonical URL and hreflang alternates for a page, given its path without the locale. */
export function alternatesFor(lang: Locale, rest: string): Metadata["alternates"] {
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = `/${l}${rest}`;
  languages["x-default"] = `/en${rest}`;
  return { canonical: `/${lang}${rest}`, languages };
}
