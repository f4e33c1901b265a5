"use client";

import { usePathname } from "next/navigation";
import { locales, type Locale } from "@/i18n/routing";

/**
 * Links to the same page in the other locale. Client-side only to read the current path inside
 * the shared layout; it renders plain links, so it works before hydration too.
 */
export function LocaleSwitch({
  current,
  label,
  names,
}: {
  current: Locale;
  label: string;
  names: Record<Locale, string>;
}) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/(en|ru)(?=\/|$)/, "");
  return (
    <nav aria-label={label} className="flex items-center gap-1 text-sm">
      {locales.map((l) => (
        <a
          key={l}
          href={`/${l}${rest}`}
          hrefLang={l}
          lang={l}
          aria-current={l === current ? "true" : undefined}
          className={
            l === current
              ? "rounded-md bg-zinc-900 px-2 py-1 font-medium text-white dark:bg-zinc-100 dark:text-zinc-900"
              : "rounded-md px-2 py-1 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          }
        >
          {names[l]}
        </a>
      ))}
    </nav>
  );
}
