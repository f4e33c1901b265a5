import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { paths } from "@/lib/i18n/paths";
import { LocaleSwitch } from "./locale-switch";
import { Search } from "./search";
import { ThemeToggle } from "./theme-toggle";

export async function SiteHeader({ lang }: { lang: Locale }) {
  const t = await getTranslations({ locale: lang, namespace: "site" });
  const s = await getTranslations({ locale: lang, namespace: "search" });
  return (
    <header className="sticky top-0 z-20 border-b border-border bg-surface/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        {/* No prefetch into the home page and the tester: prefetching a route loads its client
            code, and theirs (the decoder, the tester and the registry) would weigh on every
            reference page that shows these links. */}
        <Link prefetch={false} href={paths.home(lang)} className="font-semibold tracking-tight text-fg">
          <span className="font-mono text-accent">1006?</span> {t("name")}
        </Link>
        <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <Link className="hover:underline" href={paths.codes(lang)}>
            {t("nav.codes")}
          </Link>
          <Link className="hover:underline" href={paths.compareIndex(lang)}>
            {t("nav.compare")}
          </Link>
          <Link className="hover:underline" href={paths.vendors(lang)}>
            {t("nav.vendors")}
          </Link>
          <Link className="hover:underline" href={paths.guides(lang)}>
            {t("nav.guides")}
          </Link>
          <Link className="hover:underline" href={paths.browsers(lang)}>
            {t("nav.browsers")}
          </Link>
          <Link className="hover:underline" prefetch={false} href={paths.tester(lang)}>
            {t("nav.tester")}
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <Search
            labels={{
              open: s("open"),
              title: s("title"),
              placeholder: s("placeholder"),
              none: s("none"),
              close: s("close"),
              hint: s("hint"),
            }}
          />
          <LocaleSwitch
            current={lang}
            label={t("locale.label")}
            names={{ en: t("locale.en"), ru: t("locale.ru") }}
          />
          <ThemeToggle
            labels={{
              label: t("theme.label"),
              system: t("theme.system"),
              light: t("theme.light"),
              dark: t("theme.dark"),
            }}
          />
        </div>
      </div>
    </header>
  );
}
