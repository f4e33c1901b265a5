import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { paths } from "@/lib/i18n/paths";
import { variantsDifferingFor } from "@/lib/scenarios/engine-facts";
import { EngineMatrix } from "./engine-matrix";

/**
 * "Where the engines differ" for a code page or a comparison: the rows of the /browsers matrix
 * that involve these codes and end differently in Chromium, Firefox or WebKitGTK. Nothing when
 * the engines agree on every scenario that shows them.
 */
export async function EngineDifferences({ codes, lang }: { codes: readonly number[]; lang: Locale }) {
  const rows = variantsDifferingFor(codes);
  if (rows.length === 0) return null;
  const t = await getTranslations({ locale: lang, namespace: "browsers" });
  return (
    <section
      aria-labelledby="engine-differences"
      className="not-prose my-8"
      data-testid="engine-differences-section"
    >
      <h2 id="engine-differences" className="text-xl font-semibold">
        {t("differencesTitle")}
      </h2>
      <p className="mt-2 text-sm text-fg-soft">
        {t("differencesLead")}{" "}
        <a className="underline" href={paths.browsers(lang)}>
          {t("differencesAll")}
        </a>
      </p>
      <div className="mt-3">
        <EngineMatrix lang={lang} rows={rows} />
      </div>
    </section>
  );
}
