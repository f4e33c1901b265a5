import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { pageComponents } from "@/components/mdx/page-components";
import { isLocale, type Locale } from "@/i18n/routing";
import { getGuide, guides } from "@/lib/content/guides";
import { loadGuideContent } from "@/lib/content/load";
import { alternatesFor } from "@/lib/i18n/alternates";

export function generateStaticParams() {
  return guides.map((g) => ({ slug: g.slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<"/[lang]/guides/[slug]">): Promise<Metadata> {
  const { lang, slug } = await params;
  const g = getGuide(slug);
  if (!isLocale(lang) || !g) return {};
  const { meta } = await loadGuideContent(lang, slug);
  return {
    title: g.title[lang],
    description: meta.description,
    alternates: alternatesFor(lang, `/guides/${slug}`),
  };
}

export default async function GuidePage({ params }: PageProps<"/[lang]/guides/[slug]">) {
  const { lang: rawLang, slug } = await params;
  const lang = rawLang as Locale;
  setRequestLocale(lang);
  const g = getGuide(slug);
  if (!g) notFound();
  const { Body, meta } = await loadGuideContent(lang, slug);
  const components = await pageComponents(lang);
  return (
    <article className="mx-auto max-w-3xl" data-testid="guide-page">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{g.title[lang]}</h1>
      <p className="mt-4 text-lg text-zinc-800 dark:text-zinc-200" data-testid="answer">
        {meta.answer}
      </p>
      <div className="prose prose-zinc mt-6 max-w-none dark:prose-invert">
        <Body components={components} />
      </div>
    </article>
  );
}
