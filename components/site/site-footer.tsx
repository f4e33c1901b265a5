import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { paths } from "@/lib/i18n/paths";

export async function SiteFooter({ lang }: { lang: Locale }) {
  const t = await getTranslations({ locale: lang, namespace: "site" });
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-3 px-4 py-6 text-sm text-muted">
        <p>{t("footer")}</p>
        <p>
          <a className="underline" href={paths.api(lang)}>
            JSON API
          </a>
        </p>
      </div>
    </footer>
  );
}
