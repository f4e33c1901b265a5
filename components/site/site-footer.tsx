import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { paths } from "@/lib/i18n/paths";

export async function SiteFooter({ lang }: { lang: Locale }) {
  const t = await getTranslations({ locale: lang, namespace: "site" });
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        {t("footer")}
      </div>
    </footer>
  );
}
