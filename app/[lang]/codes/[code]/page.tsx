import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodePage } from "@/components/codes/code-page";
import { RangePage } from "@/components/codes/range-page";
import { isLocale, type Locale } from "@/i18n/routing";
import { allCodes, allRanges, classify } from "@/lib/close-codes";
import { loadCodeContent } from "@/lib/content/load";
import { alternatesFor } from "@/lib/i18n/alternates";
import { paths } from "@/lib/i18n/paths";

/**
 * Registered codes and the first code of each range are prerendered. Any other integer 0–65535
 * is rendered on first request (and then cached) as its range page; anything else is a 404 that
 * still explains why (not-found.tsx).
 */
export function generateStaticParams() {
  const codes = allCodes().map((c) => c.code);
  const rangeStarts = allRanges()
    .map((r) => r.from)
    .filter((n) => !codes.includes(n));
  return [...codes, ...rangeStarts].map((n) => ({ code: String(n) }));
}

export const dynamicParams = true;

export async function generateMetadata({ params }: PageProps<"/[lang]/codes/[code]">): Promise<Metadata> {
  const { lang, code } = await params;
  const c = classify(code);
  if (!isLocale(lang) || !c.ok) return {};
  const t = await getTranslations({ locale: lang, namespace: "code" });
  if (c.entry) {
    const { meta } = await loadCodeContent(lang, c.code);
    return {
      title: { absolute: t("metaTitle", { code: c.code, name: c.entry.name[lang] }) },
      description: meta.description,
      alternates: alternatesFor(lang, `/codes/${c.code}`),
    };
  }
  return {
    title: t("rangeTitle", { code: c.code }),
    description: t("rangeMetaDescription", {
      code: c.code,
      from: c.range.from,
      to: c.range.to,
      name: c.range.name[lang],
    }),
    alternates: alternatesFor(lang, `/codes/${c.code}`),
  };
}

export default async function CodeRoute({ params }: PageProps<"/[lang]/codes/[code]">) {
  const { lang: rawLang, code } = await params;
  const lang = rawLang as Locale;
  setRequestLocale(lang);
  const c = classify(decodeURIComponent(code));
  if (!c.ok) notFound();
  // "01006" is redirected to "1006" in proxy.ts; this guards direct renders all the same.
  if (String(c.code) !== code) permanentRedirect(paths.code(lang, c.code));
  if (c.entry) return <CodePage entry={c.entry} lang={lang} />;
  return <RangePage code={c.code} range={c.range} lang={lang} />;
}
