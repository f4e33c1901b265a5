import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PairList } from "@/components/compare/pair-list";
import { isLocale, type Locale } from "@/i18n/routing";
import { alternatesFor } from "@/lib/i18n/alternates";

export async function generateMetadata({ params }: PageProps<"/[lang]/compare">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "compare" });
  return {
    title: t("indexTitle"),
    description: t("indexMetaDescription"),
    alternates: alternatesFor(lang, "/compare"),
  };
}

export default async function CompareIndex({ params }: PageProps<"/[lang]/compare">) {
  const lang = (await params).lang as Locale;
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "compare" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("indexTitle")}</h1>
      <p className="max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">{t("indexLead")}</p>
      <PairList lang={lang} />
    </div>
  );
}
