import type { MetadataRoute } from "next";
import { locales } from "@/i18n/routing";
import { allCodes, allPairs, pairSlug } from "closecodes/codes";
import { guides } from "@/lib/content/guides";
import { allVendors } from "closecodes/vendors";

/** Every page in both locales, each with its hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = process.env.SITE_URL ?? "http://localhost:3000";
  const rests = [
    "",
    "/codes",
    ...allCodes().map((c) => `/codes/${c.code}`),
    "/compare",
    ...allPairs().map((p) => `/compare/${pairSlug(p)}`),
    "/vendors",
    ...allVendors().map((v) => `/vendors/${v.id}`),
    "/guides",
    ...guides.map((g) => `/guides/${g.slug}`),
    "/tester",
    "/browsers",
    "/api",
  ];
  return rests.flatMap((rest) =>
    locales.map((lang) => ({
      url: `${base}/${lang}${rest}`,
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, `${base}/${l}${rest}`])) },
    })),
  );
}
