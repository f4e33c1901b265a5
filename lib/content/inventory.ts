import { locales, type Locale } from "@/i18n/routing";
import { allCodes, allPairs, pairSlug } from "@/lib/close-codes";

/** Every MDX file the site needs: one per registered code and per curated pair, per locale. */
export function expectedContent(): Array<{ lang: Locale; kind: "codes" | "compare"; slug: string }> {
  const out: Array<{ lang: Locale; kind: "codes" | "compare"; slug: string }> = [];
  for (const lang of locales) {
    for (const c of allCodes()) out.push({ lang, kind: "codes", slug: String(c.code) });
    for (const p of allPairs()) out.push({ lang, kind: "compare", slug: pairSlug(p) });
  }
  return out;
}
