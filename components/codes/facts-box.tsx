import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { rangeOf, type CloseCodeEntry } from "closecodes/codes";
import { browserFactsAll } from "closecodes/engines";
import { perEngineText } from "closecodes/engines";
import { mapEngines } from "closecodes/engines";
import { reconnectAdviceText } from "closecodes/reconnect";
import { cardClass } from "@/components/ui/card";

/** The registry's facts for one code, as a definition list. Nothing here is typed by hand. */
export async function FactsBox({ entry, lang }: { entry: CloseCodeEntry; lang: Locale }) {
  const t = await getTranslations({ locale: lang, namespace: "facts" });
  const range = rangeOf(entry.code);
  // Per engine where they differ (measured rules, closecodes engines/rules.ts).
  const browser = browserFactsAll(entry.code);
  const per = (k: "inCloseEvent" | "wasClean" | "errorEvent", ns: string) =>
    perEngineText(mapEngines(browser, (b) => t(`${ns}.${b[k]}`)));
  const rows: Array<[string, React.ReactNode]> = [
    [
      t("ianaName"),
      entry.ianaName ?? (
        <span key="iana">
          {t("ianaNone")}: <q lang="en">{entry.ianaDescription}</q> “{entry.name[lang]}” — {t("ourName")}.
        </span>
      ),
    ],
    [t("range"), `${range.from}–${range.to}: ${range.name[lang]}`],
    [t("onWire"), t(`onWireValues.${entry.onWire}`)],
    [t("sendable"), t(`sendableValues.${entry.sendableByPage ? "yes" : "no"}`)],
    [t("inCloseEvent"), per("inCloseEvent", "inCloseEventValues")],
    [t("wasClean"), <code key="c">{per("wasClean", "wasCleanValues")}</code>],
    [t("errorEvent"), per("errorEvent", "errorEventValues")],
    [t("producers"), entry.producers.map((p) => t(`producerValues.${p}`)).join("; ")],
    [t("reconnect"), reconnectAdviceText(entry.reconnect, lang)],
  ];
  if (entry.registered) rows.push([t("registered"), entry.registered]);
  return (
    <section
      aria-labelledby="facts-title"
      className={cardClass({ padding: "md", tone: "muted", className: "my-6" })}
    >
      <h2 id="facts-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
        {t("title")}
      </h2>
      <dl
        className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]"
        data-testid="facts"
      >
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-fg-soft">{k}</dt>
            <dd className="mb-2 sm:mb-0">{v}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-medium text-fg-soft">{t("spec")}</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-3">
              {entry.spec.map((s) => (
                <li key={s.url}>
                  <a href={s.url} className="underline" rel="noopener">
                    {s.label}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}
