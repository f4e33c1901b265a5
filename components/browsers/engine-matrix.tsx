import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { ENGINE_IDS } from "closecodes/engines";
import { measurements } from "@/lib/engines/measured";
import type { Expectation, ServerExpectation } from "@/lib/scenarios/catalogue";
import { paths } from "@/lib/i18n/paths";
import { differsAcrossEngines } from "@/lib/scenarios/engine-facts";
import type { Variant } from "@/lib/scenarios/variants";

/**
 * Every catalogue variant × every measured engine: what the page saw and what the server got
 * back, with the measured time range. Rows where the engines disagree are marked, and a summary
 * counts them. Everything comes from the catalogue and lib/engines/measurements.json.
 */
export async function EngineMatrix({
  lang,
  rows,
  summary = false,
}: {
  lang: Locale;
  rows: readonly Variant[];
  /** Say above the table how many rows differ (the whole matrix on /browsers). */
  summary?: boolean;
}) {
  const t = await getTranslations({ locale: lang, namespace: "browsers" });
  const measured = new Map(measurements.variants.map((v) => [v.scenario + v.query, v]));
  const differs = new Map(rows.map((v) => [v, differsAcrossEngines(v)]));
  const pageDiffers = rows.filter((v) => differs.get(v)!.page).length;
  const anyDiffers = rows.filter((v) => differs.get(v)!.any).length;
  const page = (e: Expectation) =>
    [
      e.open ? t("open") : t("neverOpen"),
      e.error ? "error" : null,
      String(e.code),
      e.reason ? `“${e.reason}”` : null,
      `wasClean ${e.wasClean}`,
    ]
      .filter(Boolean)
      .join(" · ");
  const server = (s: ServerExpectation | undefined) =>
    !s
      ? ""
      : s.close === null
        ? t("noCloseFrame")
        : s.close
          ? t("closeBack", { code: s.close.code === null ? t("empty") : String(s.close.code) })
          : s.status
            ? `HTTP ${s.status}`
            : "";
  return (
    <>
      {summary ? (
        <p data-testid="matrix-summary">
          {t("summary", { total: rows.length, page: pageDiffers, any: anyDiffers })}
        </p>
      ) : null}
      <div className="overflow-x-auto">
        {/* Cell styles are set once on the table, not on each of the hundreds of cells: the
            code pages carry this table, and their HTML has a size budget (budgets.json). */}
        <table
          className="w-full min-w-[56rem] border-collapse text-left text-sm [&_small]:block [&_small]:text-xs [&_tbody_tr]:border-b [&_tbody_tr]:border-border [&_tbody_tr]:align-top [&_td]:py-2 [&_td]:pr-3 [&_th]:py-2 [&_th]:pr-3 [&_th]:font-semibold"
          data-testid={summary ? "engine-matrix" : "engine-differences"}
        >
          <thead>
            <tr className="border-b border-border-strong">
              <th>{t("scenario")}</th>
              {measurements.engines.map((e) => (
                <th key={e.id}>
                  {e.name} {e.version}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => {
              const key = v.scenario.id + v.query;
              const exp = v.scenario.expect(v.values);
              const srv = v.scenario.expectServer?.(v.values);
              const differ = differs.get(v)!.any;
              const m = measured.get(key);
              return (
                <tr
                  key={key}
                  data-variant={key}
                  data-differ={differ || undefined}
                  className={differ ? "bg-warn-soft" : undefined}
                >
                  <td>
                    <a
                      className="break-all font-mono underline"
                      href={paths.tester(lang, `s=${v.scenario.id}${v.query ? `&${v.query.slice(1)}` : ""}`)}
                    >
                      /ws/{v.scenario.id}
                      {v.query}
                    </a>
                    <small className="text-muted">{v.scenario.title[lang]}</small>
                  </td>
                  {ENGINE_IDS.map((id) => {
                    const ms = m?.engines[id]?.ms;
                    return (
                      <td key={id} data-engine={id}>
                        <code>{page(exp[id])}</code>
                        {srv ? <small>{server(srv[id])}</small> : null}
                        {ms ? (
                          <small className="text-muted">
                            {ms[0] === ms[1] ? `${ms[0]} ms` : `${ms[0]}–${ms[1]} ms`}
                          </small>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
