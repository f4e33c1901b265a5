import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReconnectBadge } from "@/components/vendors/reconnect-badge";
import { isLocale, type Locale } from "@/i18n/routing";
import { classify, type CloseCodeEntry } from "closecodes/codes";
import { alternatesFor } from "@/lib/i18n/alternates";
import { paths } from "@/lib/i18n/paths";
import { allVendors, getVendor } from "closecodes/vendors";

/** Cut at a word boundary so a search-result description never ends mid-word. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/**
 * A vendor code that coincides with an IANA-registered code. Protocol codes (1000–1015) are
 * defined by RFC 6455 and the registry, so a vendor that sends one means the standard thing and
 * the IANA name labels it. A registration in 3000–3999 belongs to whoever registered it: a vendor
 * that uses the same number without registering it means something else, so its own name is the
 * label and the IANA meaning is only noted as a different one.
 */
function ianaCoincidence(code: number): { entry: CloseCodeEntry; sameMeaning: boolean } | undefined {
  const c = classify(code);
  if (!c.ok || !c.entry) return undefined;
  return { entry: c.entry, sameMeaning: c.range.id === "protocol" };
}

export function generateStaticParams() {
  return allVendors().map((v) => ({ id: v.id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<"/[lang]/vendors/[id]">): Promise<Metadata> {
  const { lang, id } = await params;
  const v = getVendor(id);
  if (!isLocale(lang) || !v) return {};
  const t = await getTranslations({ locale: lang, namespace: "vendors" });
  return {
    title: `${v.name}: ${t("codes")}`,
    description: clip(v.summary[lang], 160),
    alternates: alternatesFor(lang, `/vendors/${id}`),
  };
}

export default async function VendorPage({ params }: PageProps<"/[lang]/vendors/[id]">) {
  const { lang: rawLang, id } = await params;
  const lang = rawLang as Locale;
  setRequestLocale(lang);
  const v = getVendor(id);
  if (!v) notFound();
  const t = await getTranslations({ locale: lang, namespace: "vendors" });
  const th = "border-b border-zinc-300 px-2 py-1.5 text-left dark:border-zinc-700";
  const td = "border-b border-zinc-200 px-2 py-1.5 align-top dark:border-zinc-800";
  return (
    <article className="mx-auto max-w-4xl space-y-6" data-testid="vendor-page">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{v.name}</h1>
        <p className="mt-3 text-lg text-zinc-800 dark:text-zinc-200">{v.summary[lang]}</p>
        <p className="mt-2 text-sm">
          <a href={v.docs} className="underline" rel="noopener">
            {t("docs")}
          </a>
        </p>
      </div>
      {v.howItReports ? (
        <section aria-labelledby="how" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h2 id="how" className="font-semibold">
            {t("noCodes")}
          </h2>
          <p className="mt-1">{v.howItReports[lang]}</p>
        </section>
      ) : null}
      {v.rangeRules.length ? (
        <section aria-labelledby="ranges">
          <h2 id="ranges" className="text-xl font-semibold">
            {t("rangeRules")}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {v.rangeRules.map((r) => (
              <li key={r.from}>
                <span className="font-mono">
                  {r.from}–{r.to}
                </span>
                : {r.rule[lang]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {v.codes.length ? (
        <section aria-labelledby="codes">
          <h2 id="codes" className="text-xl font-semibold">
            {t("codes")}
          </h2>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-sm" data-testid="vendor-codes">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("code")}
                  </th>
                  <th scope="col" className={th}>
                    {t("name")}
                  </th>
                  <th scope="col" className={th}>
                    {t("meaning")}
                  </th>
                  <th scope="col" className={th}>
                    {t("reconnect")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {v.codes.map((c) => {
                  const iana = ianaCoincidence(c.code);
                  return (
                    <tr
                      key={c.code}
                      id={`code-${c.code}`}
                      className="target:bg-amber-50 dark:target:bg-amber-950/40"
                    >
                      <td className={`${td} font-mono`}>
                        <a href={paths.code(lang, c.code)} className="underline">
                          {c.code}
                        </a>
                        {iana?.sameMeaning ? (
                          <span className="block text-xs text-zinc-500">{iana.entry.name[lang]}</span>
                        ) : null}
                      </td>
                      <td className={`${td} font-mono text-xs`}>{c.name}</td>
                      <td className={td}>
                        {c.meaning[lang]}
                        {c.note ? (
                          <span className="mt-1 block text-xs text-zinc-600 dark:text-zinc-400">
                            {c.note[lang]}
                          </span>
                        ) : null}
                        {iana && !iana.sameMeaning ? (
                          <span
                            className="mt-1 block text-xs text-zinc-600 dark:text-zinc-400"
                            data-testid="iana-differs"
                          >
                            {t("ianaDiffers", { iana: iana.entry.meaning[lang], vendor: v.name })}
                          </span>
                        ) : null}
                      </td>
                      <td className={td}>
                        <ReconnectBadge value={c.reconnect} lang={lang} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="sources" className="text-sm text-zinc-600 dark:text-zinc-400">
        <h2 id="sources" className="font-semibold">
          {t("sources")}
        </h2>
        <ul className="mt-1 list-disc pl-5">
          {v.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
