import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ComparePage } from "@/components/compare/compare-page";
import { nameFor } from "@/components/compare/pair-list";
import { isLocale, type Locale } from "@/i18n/routing";
import { allPairs, findPair, pairSlug } from "closecodes/codes";
import { loadCompareContent } from "@/lib/content/load";
import { alternatesFor } from "@/lib/i18n/alternates";
import { paths } from "@/lib/i18n/paths";

export function generateStaticParams() {
  return allPairs().map((p) => ({ pair: pairSlug(p) }));
}

// Only curated pairs exist; reversed slugs are redirected in next.config.ts.
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<"/[lang]/compare/[pair]">): Promise<Metadata> {
  const { lang, pair } = await params;
  const found = findPair(pair);
  if (!isLocale(lang) || !found) return {};
  const [a, b] = found.pair;
  const t = await getTranslations({ locale: lang, namespace: "compare" });
  const { meta } = await loadCompareContent(lang, pairSlug(found.pair));
  return {
    title: { absolute: t("metaTitle", { a, b, nameA: nameFor(a, lang), nameB: nameFor(b, lang) }) },
    description: meta.description,
    alternates: alternatesFor(lang, `/compare/${pairSlug(found.pair)}`),
  };
}

export default async function CompareRoute({ params }: PageProps<"/[lang]/compare/[pair]">) {
  const { lang: rawLang, pair } = await params;
  const lang = rawLang as Locale;
  setRequestLocale(lang);
  const found = findPair(pair);
  if (!found) notFound();
  if (!found.canonical) permanentRedirect(paths.compare(lang, found.pair[0], found.pair[1]));
  return <ComparePage pair={found.pair} lang={lang} />;
}
