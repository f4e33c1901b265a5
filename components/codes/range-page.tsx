import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { allCodes, allRanges, type RangeEntry } from "closecodes/codes";
import { paths } from "@/lib/i18n/paths";
import { receptionSentences } from "./browser-rules";
import { CodeLink } from "./code-link";
import { TryLive } from "./try-live";
import { VendorMatches } from "@/components/vendors/vendor-matches";

/** The page for any unregistered integer 0–65535: what its range is for and what browsers do. */
export async function RangePage({ code, range, lang }: { code: number; range: RangeEntry; lang: Locale }) {
  const t = await getTranslations({ locale: lang, namespace: "code" });
  const reception = await receptionSentences(code, lang);
  const registered = allCodes().filter((c) => c.code >= range.from && c.code <= range.to);
  return (
    <article className="mx-auto max-w-3xl space-y-6" data-testid="range-page">
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-accent">{t("rangeKicker")}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{t("rangeTitle", { code })}</h1>
        <p className="mt-4 text-lg" data-testid="answer">
          {t("rangeLead", { code, from: range.from, to: range.to, name: range.name[lang] })}
        </p>
      </div>
      <TryLive code={code} lang={lang} />
      <VendorMatches code={code} lang={lang} />
      <section aria-labelledby="range-what">
        <h2 id="range-what" className="text-xl font-semibold">
          {t("rangeWhat")}
        </h2>
        <p className="mt-2">{range.meaning[lang]}</p>
        {registered.length > 0 ? (
          <ul className="mt-2 list-disc pl-5">
            {registered.map((c) => (
              <li key={c.code}>
                <CodeLink n={c.code} lang={lang} />
              </li>
            ))}
          </ul>
        ) : null}
        <ul className="mt-2 flex flex-wrap gap-x-4 text-sm">
          {range.spec.map((s) => (
            <li key={s.url}>
              <a href={s.url} className="underline" rel="noopener">
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="range-browser">
        <h2 id="range-browser" className="text-xl font-semibold">
          {t("rangeBrowser")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{range.sendableByPage ? t("rangeSendableYes", { code }) : t("rangeSendableNo", { code })}</li>
          {reception.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="range-others">
        <h2 id="range-others" className="text-xl font-semibold">
          {t("rangeOthers")}
        </h2>
        <ul className="mt-2 space-y-1">
          {allRanges().map((r) => (
            <li key={r.id}>
              <a
                href={paths.code(lang, r.from)}
                aria-current={r.id === range.id ? "page" : undefined}
                className="underline"
              >
                <span className="font-mono">
                  {r.from}–{r.to}
                </span>{" "}
                {r.name[lang]}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <a href={paths.codes(lang)} className="font-medium underline">
            {t("allCodes")}
          </a>
        </p>
      </section>
    </article>
  );
}
