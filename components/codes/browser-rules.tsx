import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getCode } from "@/lib/close-codes";

/**
 * What a browser does with a code, derived from the registry row — the same facts the tester's
 * decoder uses. Each sentence is a claim the browser-truth e2e suite checks in Chromium.
 */
export async function BrowserRules({ code, lang }: { code: number; lang: Locale }) {
  const entry = getCode(code);
  if (!entry) throw new Error(`<BrowserRules /> for unregistered code ${code}`);
  const t = await getTranslations({ locale: lang, namespace: "browser" });
  const items: string[] = [];
  items.push(entry.sendableByPage ? t("sendableYes", { code }) : t("sendableNo", { code }));
  if (entry.sendableByPage) items.push(t("reason"));
  if (entry.inCloseEvent === "from-peer") items.push(t("fromPeer", { code }));
  if (entry.inCloseEvent === "synthesised")
    items.push(code === 1005 ? t("synthesised1005") : t("synthesised1006"));
  if (entry.inCloseEvent === "never") items.push(t("never", { code }));
  if (entry.onWire === "forbidden" && entry.inCloseEvent !== "never")
    items.push(t("forbiddenOnWire", { code }));
  if (entry.onWire === "reserved") items.push(t("reservedOnWire", { code }));
  if (entry.wasClean === "true") items.push(t("cleanTrue"));
  if (entry.wasClean === "false") items.push(t("cleanFalse"));
  if (entry.errorEvent === "sometimes") items.push(t("errorSometimes"));
  if (entry.errorEvent === "never") items.push(t("errorNever"));
  return (
    <aside
      aria-label={t("title", { code })}
      data-testid="browser-rules"
      className="not-prose my-4 rounded-lg border border-sky-200 bg-sky-50 p-4 text-sm dark:border-sky-900 dark:bg-sky-950/40"
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
