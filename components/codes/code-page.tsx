import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { pairsWith, type CloseCodeEntry } from "closecodes/codes";
import { loadCodeContent } from "@/lib/content/load";
import { pageComponents } from "@/components/mdx/page-components";
import { CompareLink } from "@/components/compare/compare-link";
import { CodeLink } from "./code-link";
import { FactsBox } from "./facts-box";
import { TryLive } from "./try-live";
import { VendorMatches } from "@/components/vendors/vendor-matches";
import { EngineDifferences } from "@/components/browsers/engine-differences";

/**
 * Fixed section order (react.dev error-decoder style): title and one-line answer, facts from the
 * registry, the MDX prose (meaning, causes, fixes, browser view), then related codes/comparisons.
 */
export async function CodePage({ entry, lang }: { entry: CloseCodeEntry; lang: Locale }) {
  const t = await getTranslations({ locale: lang, namespace: "code" });
  const { Body, meta } = await loadCodeContent(lang, entry.code);
  const components = await pageComponents(lang, entry.code);
  const pairs = pairsWith(entry.code);
  return (
    <article className="mx-auto max-w-3xl" data-testid="code-page">
      <p className="text-sm font-medium uppercase tracking-wide text-accent">{t("kicker")}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
        <span className="font-mono">{entry.code}</span> {entry.name[lang]}
      </h1>
      <p className="mt-4 text-lg text-zinc-800 dark:text-zinc-200" data-testid="answer">
        {meta.answer}
      </p>
      <FactsBox entry={entry} lang={lang} />
      <TryLive code={entry.code} lang={lang} />
      <VendorMatches code={entry.code} lang={lang} />
      <div className="prose prose-zinc max-w-none dark:prose-invert">
        <Body components={components} />
      </div>
      <EngineDifferences codes={[entry.code]} lang={lang} />
      <section aria-labelledby="related" className="mt-10 border-t border-border pt-6">
        <h2 id="related" className="text-xl font-semibold">
          {t("related")}
        </h2>
        <div className="mt-3 grid gap-6 sm:grid-cols-2">
          <div>
            <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">{t("relatedCodes")}</h3>
            <ul className="mt-2 space-y-1">
              {entry.related.map((n) => (
                <li key={n}>
                  <CodeLink n={n} lang={lang} />
                </li>
              ))}
            </ul>
          </div>
          {pairs.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">{t("comparisons")}</h3>
              <ul className="mt-2 space-y-1">
                {pairs.map(([a, b]) => (
                  <li key={`${a}-${b}`}>
                    <CompareLink a={a} b={b} lang={lang} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </section>
    </article>
  );
}
