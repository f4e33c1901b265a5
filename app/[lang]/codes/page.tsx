import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodeList } from "@/components/codes/code-list";
import { Decoder } from "@/components/decoder/decoder";
import { isLocale, type Locale } from "@/i18n/routing";
import { alternatesFor } from "@/lib/i18n/alternates";

export async function generateMetadata({ params }: PageProps<"/[lang]/codes">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "home" });
  return {
    title: t("codesTitle"),
    description: t("metaDescription"),
    alternates: alternatesFor(lang, "/codes"),
  };
}

export default async function CodesIndex({ params }: PageProps<"/[lang]/codes">) {
  const lang = (await params).lang as Locale;
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "home" });
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("codesTitle")}</h1>
      <section aria-labelledby="decoder-title">
        <h2 id="decoder-title" className="mb-3 text-xl font-semibold">
          {t("decoderTitle")}
        </h2>
        <Decoder lang={lang} />
      </section>
      <CodeList lang={lang} />
    </div>
  );
}
