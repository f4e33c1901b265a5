import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { classify } from "closecodes/codes";
import { ogCard, ogSize } from "@/lib/og/card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "WebSocket close code";

export default async function Image({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const { lang: raw, code } = await params;
  const lang = isLocale(raw) ? raw : "en";
  const t = await getTranslations({ locale: lang, namespace: "code" });
  const s = await getTranslations({ locale: lang, namespace: "site" });
  const c = classify(code);
  if (!c.ok) return ogCard({ kicker: t("kicker"), title: code.slice(0, 12), subtitle: "", site: s("name") });
  const name = c.entry ? c.entry.name[lang] : c.range.name[lang];
  const subtitle = c.entry ? c.entry.meaning[lang] : c.range.meaning[lang].split(". ")[0]!;
  return ogCard({ kicker: t("kicker"), title: `${c.code} ${name}`, subtitle, site: s("name") });
}
