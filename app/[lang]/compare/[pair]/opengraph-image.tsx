import { getTranslations } from "next-intl/server";
import { nameFor } from "@/components/compare/pair-list";
import { isLocale } from "@/i18n/routing";
import { findPair } from "closecodes/codes";
import { ogCard, ogSize } from "@/lib/og/card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "WebSocket close codes compared";

export default async function Image({ params }: { params: Promise<{ lang: string; pair: string }> }) {
  const { lang: raw, pair } = await params;
  const lang = isLocale(raw) ? raw : "en";
  const t = await getTranslations({ locale: lang, namespace: "compare" });
  const s = await getTranslations({ locale: lang, namespace: "site" });
  const found = findPair(pair);
  const [a, b] = found ? found.pair : [0, 0];
  return ogCard({
    kicker: t("indexTitle"),
    title: t("title", { a, b }),
    subtitle: t("subtitle", { nameA: nameFor(a, lang), nameB: nameFor(b, lang) }),
    site: s("name"),
  });
}
