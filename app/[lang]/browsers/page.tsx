import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EngineMatrix } from "@/components/browsers/engine-matrix";
import { isLocale, type Locale } from "@/i18n/routing";
import { alternatesFor } from "@/lib/i18n/alternates";
import { measurements } from "@/lib/engines/measured";
import { variants } from "@/lib/scenarios/variants";

export async function generateMetadata({ params }: PageProps<"/[lang]/browsers">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "browsers" });
  return { title: t("metaTitle"), description: t("lead"), alternates: alternatesFor(lang, "/browsers") };
}

/** The whole matrix, scenario × engine, rendered from the catalogue and the measurements. */
export default async function BrowsersPage({ params }: PageProps<"/[lang]/browsers">) {
  const lang = (await params).lang as Locale;
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "browsers" });
  return (
    <article className="space-y-6" data-testid="browsers-page">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{t("lead")}</p>
        <ul className="list-disc pl-5 text-sm" data-testid="engine-versions">
          {measurements.engines.map((e) => (
            <li key={e.id}>
              {t("engineLine", { name: e.name, version: e.version })}
              {e.id === "webkit" ? ` ${t("webkitNote")}` : ""}
            </li>
          ))}
        </ul>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {t("measured", { date: measurements.measuredAt, runs: measurements.runs })}
        </p>
      </div>
      <EngineMatrix lang={lang} rows={variants()} summary />
    </article>
  );
}
