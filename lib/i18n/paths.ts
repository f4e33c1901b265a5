import type { Locale } from "@/i18n/routing";

/** Site paths in one place so links, sitemaps and tests agree. */
export const paths = {
  home: (lang: Locale) => `/${lang}`,
  codes: (lang: Locale) => `/${lang}/codes`,
  code: (lang: Locale, code: number) => `/${lang}/codes/${code}`,
  compareIndex: (lang: Locale) => `/${lang}/compare`,
  compare: (lang: Locale, a: number, b: number) => `/${lang}/compare/${a}-vs-${b}`,
  guides: (lang: Locale) => `/${lang}/guides`,
  guide: (lang: Locale, slug: string) => `/${lang}/guides/${slug}`,
  vendors: (lang: Locale) => `/${lang}/vendors`,
  vendor: (lang: Locale, id: string) => `/${lang}/vendors/${id}`,
  api: (lang: Locale) => `/${lang}/api`,
  browsers: (lang: Locale) => `/${lang}/browsers`,
  tester: (lang: Locale, query = "") => `/${lang}/tester${query ? `?${query}` : ""}`,
};
