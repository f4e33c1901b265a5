import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodePage } from "@/components/codes/code-page";
import { RangePage } from "@/components/codes/range-page";
import { isLocale, type Locale } from "@/i18n/routing";
import { allCodes, allRanges, classify } from "closecodes/codes";
import { loadCodeContent } from "@/lib/content/load";
import { allVendors } from "closecodes/vendors";
import { alternatesFor } from "@/lib/i18n/alternates";
import { paths } from "@/lib/i18n/paths";

/**
 * Registered codes, range starts and vendor codes are prerendered. Any other integer 0–65535
 * is rendered on first request (and then cached) as its range page; anything else is rewritten
 * by proxy.ts to a 404 that explains why.
 */
export function generateStaticParams() {
  // Registered codes, the first of each range, and every vendor code (so search indexes them).
  const nums = new Set<number>([
    ...allCodes().map((c) => c.code),
    ...allRanges().map((r) => r.from),
    ...allVendors().flatMap((v) => v.codes.map((c) => c.code)),
  ]);
  return [...nums].map((n) => ({ code: String(n) }));
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
  // proxy.ts rewrites every segment that is no code to /not-a-code/<input> (a server-rendered
  // 404 that explains why) before this page runs; this is only a guard. A not-found.tsx here
  // would ship its client code (and the registry) with every code page.
  if (!c.ok) notFound();
  // "01006" is redirected to "1006" in proxy.ts; this guards direct renders all the same.
  if (String(c.code) !== code) permanentRedirect(paths.code(lang, c.code));
  if (c.entry) return <CodePage entry={c.entry} lang={lang} />;
  return <RangePage code={c.code} range={c.range} lang={lang} />;
}
