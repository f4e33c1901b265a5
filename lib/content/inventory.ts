import { locales, type Locale } from "@/i18n/routing";
import { allCodes, allPairs, pairSlug } from "closecodes/codes";
import { guides } from "./guides";

export type ContentKind = "codes" | "compare" | "guides";

/** Every MDX file the site needs: one per registered code and per curated pair, per locale. */
export function expectedContent(): Array<{ lang: Locale; kind: ContentKind; slug: string }> {
  const out: Array<{ lang: Locale; kind: ContentKind; slug: string }> = [];
  for (const lang of locales) {
    for (const c of allCodes()) out.push({ lang, kind: "codes", slug: String(c.code) });
    for (const p of allPairs()) out.push({ lang, kind: "compare", slug: pairSlug(p) });
    for (const g of guides) out.push({ lang, kind: "guides", slug: g.slug });
  }
  return out;
}
