import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { classify, factsFor, type ComparePair } from "closecodes/codes";
import { loadCompareContent } from "@/lib/content/load";
import { perEngineText } from "closecodes/engines";
import { reconnectAdviceText } from "closecodes/reconnect";
import { mapEngines } from "closecodes/engines";
import { paths } from "@/lib/i18n/paths";
import { pageComponents } from "@/components/mdx/page-components";
import { EngineDifferences } from "@/components/browsers/engine-differences";
import { nameFor } from "./pair-list";
import { cardClass } from "@/components/ui/card";

/** Title, answer, the two codes side by side, a registry-driven differences table, then prose. */
export async function ComparePage({ pair, lang }: { pair: ComparePair; lang: Locale }) {
  const [a, b] = pair;
  const t = await getTranslations({ locale: lang, namespace: "compare" });
  const f = await getTranslations({ locale: lang, namespace: "facts" });
  const { Body, meta } = await loadCompareContent(lang, `${a}-vs-${b}`);
  const components = await pageComponents(lang);
  const fa = factsFor(a);
  const fb = factsFor(b);
  // Per engine where the engines differ (measured rules, closecodes engines/rules.ts).
  const per = (x: typeof fa, k: "inCloseEvent" | "wasClean" | "errorEvent", ns: string) =>
    perEngineText(mapEngines(x.browser, (b) => f(`${ns}.${b[k]}`)));
  const rows: Array<[string, string, string]> = [
    [f("onWire"), f(`onWireValues.${fa.onWire}`), f(`onWireValues.${fb.onWire}`)],
    [
      f("sendable"),
      f(`sendableValues.${fa.sendableByPage ? "yes" : "no"}`),
      f(`sendableValues.${fb.sendableByPage ? "yes" : "no"}`),
    ],
    [
      f("inCloseEvent"),
      per(fa, "inCloseEvent", "inCloseEventValues"),
      per(fb, "inCloseEvent", "inCloseEventValues"),
    ],
    [f("wasClean"), per(fa, "wasClean", "wasCleanValues"), per(fb, "wasClean", "wasCleanValues")],
    [f("errorEvent"), per(fa, "errorEvent", "errorEventValues"), per(fb, "errorEvent", "errorEventValues")],
    [
      f("producers"),
      fa.producers.map((p) => f(`producerValues.${p}`)).join("; "),
      fb.producers.map((p) => f(`producerValues.${p}`)).join("; "),
    ],
    [f("reconnect"), reconnectAdviceText(fa.reconnect, lang), reconnectAdviceText(fb.reconnect, lang)],
  ];
  const card = (code: number) => {
    const c = classify(code);
    if (!c.ok) throw new Error(String(code));
    return (
      <a
        href={paths.code(lang, code)}
        className={cardClass({ padding: "md", className: "block hover:border-accent" })}
        data-testid={`side-${code}`}
      >
        <span className="font-mono text-2xl font-bold">{code}</span>{" "}
        <span className="text-lg font-semibold">{nameFor(code, lang)}</span>
        <span className="mt-2 block text-sm text-fg-soft">
          {c.entry ? c.entry.meaning[lang] : c.range.meaning[lang]}
        </span>
      </a>
    );
  };
  return (
    <article className="mx-auto max-w-3xl" data-testid="compare-page">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
        <span className="font-mono">{t("title", { a, b })}</span>
      </h1>
      <p className="mt-1 text-muted">{t("subtitle", { nameA: nameFor(a, lang), nameB: nameFor(b, lang) })}</p>
      <p className="mt-4 text-lg text-zinc-800 dark:text-zinc-200" data-testid="answer">
        {meta.answer}
      </p>
      <section aria-labelledby="side-by-side" className="mt-6">
        <h2 id="side-by-side" className="sr-only">
          {t("sideBySide")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2">
          {card(a)}
          {card(b)}
        </div>
      </section>
      <section aria-labelledby="glance" className="mt-6">
        <h2 id="glance" className="text-xl font-semibold">
          {t("table")}
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="diff-table">
            <thead>
              <tr>
                <th scope="col" className="border-b border-border-strong px-2 py-1.5">
                  {t("fact")}
                </th>
                <th scope="col" className="border-b border-border-strong px-2 py-1.5 font-mono">
                  {a}
                </th>
                <th scope="col" className="border-b border-border-strong px-2 py-1.5 font-mono">
                  {b}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([k, va, vb]) => (
                <tr key={k} className={va === vb ? "text-faint" : "font-medium"}>
                  <th scope="row" className="border-b border-border px-2 py-1.5 align-top font-normal">
                    {k}
                  </th>
                  <td className="border-b border-border px-2 py-1.5 align-top">{va}</td>
                  <td className="border-b border-border px-2 py-1.5 align-top">{vb}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="prose prose-zinc mt-6 max-w-none dark:prose-invert">
        <Body components={components} />
      </div>
      <EngineDifferences codes={[a, b]} lang={lang} />
    </article>
  );
}
