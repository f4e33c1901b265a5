import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CardLink } from "@/components/site/card-link";
import { isLocale, type Locale } from "@/i18n/routing";
import { guides } from "@/lib/content/guides";
import { loadGuideContent } from "@/lib/content/load";
import { alternatesFor } from "@/lib/i18n/alternates";
import { paths } from "@/lib/i18n/paths";

export async function generateMetadata({ params }: PageProps<"/[lang]/guides">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "guides" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor(lang, "/guides") };
}

export default async function GuidesIndex({ params }: PageProps<"/[lang]/guides">) {
  const lang = (await params).lang as Locale;
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "guides" });
  const items = await Promise.all(
    guides.map(async (g) => ({ g, meta: (await loadGuideContent(lang, g.slug)).meta })),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">{t("lead")}</p>
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="guide-list">
        {items.map(({ g, meta }) => (
          <li key={g.slug}>
            <CardLink
              href={paths.guide(lang, g.slug)}
              title={<span className="font-semibold">{g.title[lang]}</span>}
              text={meta.description}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
