import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getScenario } from "@/lib/scenarios/catalogue";
import { tryLinksFor } from "@/lib/scenarios/try-links";
import { paths } from "@/lib/i18n/paths";

/** "Try it live": tester permalinks for scenarios that make a real browser produce this code. */
export async function TryLive({ code, lang }: { code: number; lang: Locale }) {
  const links = tryLinksFor(code);
  if (links.length === 0) return null;
  const t = await getTranslations({ locale: lang, namespace: "tester" });
  return (
    <section
      aria-labelledby="try-live"
      className="not-prose my-6 rounded-lg border border-emerald-200 bg-emerald-50 p-4 dark:border-emerald-900 dark:bg-emerald-950/40"
      data-testid="try-live"
    >
      <h2
        id="try-live"
        className="text-sm font-semibold uppercase tracking-wide text-emerald-800 dark:text-emerald-300"
      >
        {t("tryIt")}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {links.map((l) => {
          const s = getScenario(l.scenario)!;
          return (
            <li key={l.query}>
              <a className="font-medium underline" href={paths.tester(lang, l.query)}>
                {s.title[lang]}
              </a>{" "}
              <code className="text-xs text-muted">
                /ws/{s.id}
                {l.query.includes("&") ? `?${l.query.split("&").slice(1).join("&")}` : ""}
              </code>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
