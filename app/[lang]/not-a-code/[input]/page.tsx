import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { parseCode } from "closecodes/codes/parse";
import { paths } from "@/lib/i18n/paths";

/**
 * The explanation for /{lang}/codes/<not a code>. proxy.ts rewrites such URLs here with status
 * 404, because a notFound() page in Next 16 sends an empty body on a hard load (only the client
 * renders it: vercel/next.js#62228); this page is rendered on the server, so the reason is in
 * the HTML for every reader, with or without JavaScript.
 */
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false } };

export default async function NotACode({ params }: PageProps<"/[lang]/not-a-code/[input]">) {
  const { lang: rawLang, input: raw } = await params;
  const lang = rawLang as Locale;
  setRequestLocale(lang);
  let input = raw;
  try {
    input = decodeURIComponent(raw);
  } catch {
    // A malformed escape is shown as typed.
  }
  const t = await getTranslations({ locale: lang, namespace: "notFound" });
  const d = await getTranslations({ locale: lang, namespace: "decoder" });
  const parsed = parseCode(input);
  return (
    <div className="max-w-2xl space-y-4" data-testid="unknown-code">
      <p className="font-mono text-sm text-zinc-500">404</p>
      <h1 className="text-3xl font-bold tracking-tight">{t("codeTitle", { input })}</h1>
      <p className="text-lg" data-testid="unknown-code-why">
        {parsed.ok ? "" : d(`errors.${parsed.error}`, { input: parsed.input })}
      </p>
      <p>{t("codeLead")}</p>
      <p className="flex gap-4">
        <a className="font-medium underline" href={paths.codes(lang)}>
          {t("tryDecoder")}
        </a>
        <a className="underline" href={paths.home(lang)}>
          {t("home")}
        </a>
      </p>
    </div>
  );
}
