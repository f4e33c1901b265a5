import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getCode, MAX_REASON_BYTES, pageCloseText } from "closecodes/codes";
import {
  browserFactsAll,
  enginesPassing,
  TLS_FAILURE_CODE,
  WEBKIT_SUSPENSION_REASON,
} from "closecodes/engines";
import { ENGINE_IDS, ENGINE_NAMES, type EngineId } from "closecodes/engines";
import { rstAfterCloseUnclean, rstFiresError } from "@/lib/scenarios/engine-facts";

/**
 * What each browser engine does with a code, derived from the registry row and the measured
 * per-engine rules (closecodes engines/rules.ts) — the same facts the tester's decoder uses.
 * Where engines differ, the sentence names them. Each sentence is a claim the browser-truth e2e
 * suite checks in Chromium, Firefox and WebKitGTK.
 */
/** "Chromium and Firefox" / "Chromium и Firefox": engine names as a list in the page's language. */
function engineList(lang: Locale, ids: readonly EngineId[]): string {
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(ids.map((i) => ENGINE_NAMES[i]));
}

/** What each engine does when a server's close frame carries `code`: one or two sentences. */
export async function receptionSentences(code: number, lang: Locale): Promise<string[]> {
  const t = await getTranslations({ locale: lang, namespace: "browser" });
  const names = (ids: readonly EngineId[]) => engineList(lang, ids);
  const passing = enginesPassing(code);
  const failing = ENGINE_IDS.filter((e) => !passing.includes(e));
  const out: string[] = [];
  if (failing.length === 0) out.push(t("passesAll", { code }));
  else if (passing.length > 0) out.push(t("passesIn", { code, engines: names(passing) }));
  if (failing.length > 0) out.push(t("failsIn", { code, engines: names(failing), n: failing.length }));
  return out;
}

export async function BrowserRules({ code, lang }: { code: number; lang: Locale }) {
  const entry = getCode(code);
  if (!entry) throw new Error(`<BrowserRules /> for unregistered code ${code}`);
  const t = await getTranslations({ locale: lang, namespace: "browser" });
  const passing = enginesPassing(code);
  const facts = browserFactsAll(code);
  const names = (ids: readonly EngineId[]) => engineList(lang, ids);
  const unclean = rstAfterCloseUnclean();
  const rstError = rstFiresError();
  const items: string[] = [];
  items.push(
    entry.sendableByPage
      ? t("sendableYes", { code })
      : t("sendableNo", { code, pageCodes: pageCloseText(lang) }),
  );
  if (entry.sendableByPage) items.push(t("reason", { maxReason: MAX_REASON_BYTES }));
  if (code === 1005) items.push(t("synthesised1005"));
  if (code === 1006) items.push(t("synthesised1006"));
  if (code === 1001) items.push(t("teardown1001", { reason: WEBKIT_SUSPENSION_REASON }));
  if (code === 1006 || code === 1015) {
    const tls = ENGINE_IDS.filter((e) => TLS_FAILURE_CODE[e] === code);
    if (tls.length) items.push(t("tls", { code, engines: names(tls), n: tls.length }));
  }
  items.push(...(await receptionSentences(code, lang)));
  if (entry.sendableByPage) items.push(t("echo", { code }));
  if (ENGINE_IDS.every((e) => facts[e].wasClean === "true") && passing.length === 3)
    items.push(t("cleanTrue", { engines: names(unclean), n: unclean.length }));
  if (code === 1006) items.push(t("clean1006"));
  if (code === 1006) items.push(t("errorSometimes", { engines: names(rstError), n: rstError.length }));
  return (
    <aside
      aria-label={t("title", { code })}
      data-testid="browser-rules"
      className="not-prose my-4 rounded-lg border border-sky-200 bg-highlight p-4 text-sm dark:border-sky-900"
    >
      <p className="mb-2 font-semibold">{t("title", { code })}</p>
      <ul className="list-disc space-y-1 pl-5">
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </aside>
  );
}
