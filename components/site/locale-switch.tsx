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
              ? "rounded-md bg-fg px-2 py-1 font-medium text-surface"
              : "rounded-md px-2 py-1 text-fg-soft hover:bg-surface-hover"
          }
        >
          {names[l]}
        </a>
      ))}
    </nav>
  );
}
