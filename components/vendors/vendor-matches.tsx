import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { paths } from "@/lib/i18n/paths";
import { vendorCodesFor } from "closecodes/vendors";
import { ReconnectBadge } from "./reconnect-badge";
import { Card } from "@/components/ui/card";

/** "4004 — in Discord Gateway: …; in Twitch EventSub: …" on a code's page. */
export async function VendorMatches({ code, lang }: { code: number; lang: Locale }) {
  const matches = vendorCodesFor(code);
  if (matches.length === 0) return null;
  const t = await getTranslations({ locale: lang, namespace: "vendors" });
  return (
    <section aria-labelledby="in-vendors" className="not-prose my-6" data-testid="vendor-matches">
      <h2 id="in-vendors" className="text-xl font-semibold">
        {t("inVendors")}
      </h2>
      <p className="mt-1 text-sm text-fg-soft">{t("inVendorsLead")}</p>
      <ul className="mt-3 space-y-2">
        {matches.map(({ vendor, entry }) => (
          <Card as="li" key={vendor.id} className="text-sm">
            <a href={`${paths.vendor(lang, vendor.id)}#code-${code}`} className="font-semibold underline">
              {vendor.name}
            </a>{" "}
            <code className="text-xs">{entry.name}</code>{" "}
            <ReconnectBadge value={entry.reconnect} lang={lang} />
            <span className="mt-1 block">{entry.meaning[lang]}</span>
            {entry.note ? <span className="mt-1 block text-muted">{entry.note[lang]}</span> : null}
          </Card>
        ))}
      </ul>
    </section>
  );
}
