import type { Metadata } from "next";
import { MAX_REASON_BYTES } from "closecodes/codes";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CardLink } from "@/components/site/card-link";
import { CodeList } from "@/components/codes/code-list";
import { PairList } from "@/components/compare/pair-list";
import { Decoder } from "@/components/decoder/decoder";
import { isLocale, type Locale } from "@/i18n/routing";
import { alternatesFor } from "@/lib/i18n/alternates";
import { paths } from "@/lib/i18n/paths";

export async function generateMetadata({ params }: PageProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "home" });
  return {
    title: { absolute: t("metaTitle") },
    description: t("metaDescription"),
    alternates: alternatesFor(lang, ""),
  };
}

export default async function Home({ params }: PageProps<"/[lang]">) {
  const lang = (await params).lang as Locale;
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "home" });
  const g = await getTranslations({ locale: lang, namespace: "guides" });
  const v = await getTranslations({ locale: lang, namespace: "vendors" });
  const tt = await getTranslations({ locale: lang, namespace: "tester" });
  const more: Array<{ href: string; title: string; text: string }> = [
    { href: paths.tester(lang), title: tt("title"), text: tt("lead") },
    { href: paths.vendors(lang), title: v("title"), text: v("lead") },
    { href: paths.guides(lang), title: g("title"), text: g("lead") },
  ];
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{t("lead")}</p>
        <p>{t("p1", { maxReason: MAX_REASON_BYTES })}</p>
        <p>{t("p2")}</p>
      </section>
      <section aria-labelledby="decoder-title">
        <h2 id="decoder-title" className="mb-3 text-xl font-semibold">
          {t("decoderTitle")}
        </h2>
        <Decoder lang={lang} />
      </section>
      <ul className="grid gap-3 md:grid-cols-3">
        {more.map((m) => (
          <li key={m.href}>
            <CardLink href={m.href} title={<span className="font-semibold">{m.title}</span>} text={m.text} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="codes-title">
        <h2 id="codes-title" className="mb-4 text-xl font-semibold">
          {t("codesTitle")}
        </h2>
        <CodeList lang={lang} />
      </section>
      <section aria-labelledby="compare-title">
        <h2 id="compare-title" className="mb-4 text-xl font-semibold">
          {t("compareTitle")}
        </h2>
        <PairList lang={lang} limit={8} />
        <p className="mt-3">
          <a href={paths.compareIndex(lang)} className="font-medium underline">
            {t("compareAll")}
          </a>
        </p>
      </section>
    </div>
  );
}
