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
        {/* Plain links everywhere: pages are served without Next's client router
            (lib/serve/client-runtime.ts), so every navigation is a full page load. */}
        <a href={paths.home(lang)} className="font-semibold tracking-tight text-fg">
          <span className="font-mono text-accent">1006?</span> {t("name")}
        </a>
        <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <a className="hover:underline" href={paths.codes(lang)}>
            {t("nav.codes")}
          </a>
          <a className="hover:underline" href={paths.compareIndex(lang)}>
            {t("nav.compare")}
          </a>
          <a className="hover:underline" href={paths.vendors(lang)}>
            {t("nav.vendors")}
          </a>
          <a className="hover:underline" href={paths.guides(lang)}>
            {t("nav.guides")}
          </a>
          <a className="hover:underline" href={paths.browsers(lang)}>
            {t("nav.browsers")}
          </a>
          <a className="hover:underline" href={paths.tester(lang)}>
            {t("nav.tester")}
          </a>
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
