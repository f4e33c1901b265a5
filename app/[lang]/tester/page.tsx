import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TesterIsland } from "@/components/tester/tester-island";
import { isLocale, type Locale } from "@/i18n/routing";
import { measurements } from "@/lib/engines/measured";
import { alternatesFor } from "@/lib/i18n/alternates";
import { limitsFromEnv } from "@/server/limits";
import { testerMessages } from "@/lib/tester/messages";

export async function generateMetadata({ params }: PageProps<"/[lang]/tester">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "tester" });
  return {
    title: { absolute: t("metaTitle") },
    description: t("metaDescription"),
    alternates: alternatesFor(lang, "/tester"),
  };
}

export default async function TesterPage({ params }: PageProps<"/[lang]/tester">) {
  const lang = (await params).lang as Locale;
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "tester" });
  const limits = limitsFromEnv();
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{t("lead")}</p>
      </div>
      <TesterIsland
        lang={lang}
        m={testerMessages(lang)}
        limits={{
          perIp: limits.perIp,
          lifetimeS: limits.lifetimeMs / 1000,
          messageKiB: limits.maxMessageBytes / 1024,
        }}
        engines={measurements.engines.map((e) => ({
          id: e.id,
          name: e.name,
          version: e.version,
          measuredAt: measurements.measuredAt,
        }))}
      />
    </div>
  );
}
