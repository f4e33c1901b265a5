import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CardLink } from "@/components/site/card-link";
import { isLocale, type Locale } from "@/i18n/routing";
import { alternatesFor } from "@/lib/i18n/alternates";
import { paths } from "@/lib/i18n/paths";
import { allVendors } from "closecodes/vendors";

export async function generateMetadata({ params }: PageProps<"/[lang]/vendors">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "vendors" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor(lang, "/vendors") };
}

export default async function VendorsIndex({ params }: PageProps<"/[lang]/vendors">) {
  const lang = (await params).lang as Locale;
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "vendors" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">{t("lead")}</p>
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="vendor-list">
        {allVendors().map((v) => (
          <li key={v.id}>
            <CardLink
              href={paths.vendor(lang, v.id)}
              title={
                <>
                  <span className="font-semibold">{v.name}</span>{" "}
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">
                    {v.codes.length ? t("vendorCount", { codes: v.codes.length }) : t("noCodes")}
                  </span>
                </>
              }
              text={v.summary[lang]}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
