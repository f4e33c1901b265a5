import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { allCodes, allRanges } from "closecodes/codes";
import type { ParseError } from "closecodes/codes/parse";
import { RECONNECT_TEXT } from "closecodes/reconnect";
import { allVendors } from "closecodes/vendors";
import { DecoderBox, type DecoderVendorCode } from "./decoder-box";

const errors: ParseError[] = ["empty", "not-a-number", "not-an-integer", "negative", "too-large"];

/** Server wrapper: hands the client box a compact, localised copy of the registry. */
export async function Decoder({ lang, initial }: { lang: Locale; initial?: string }) {
  const t = await getTranslations({ locale: lang, namespace: "decoder" });
  // ICU placeholders are filled on the client; read the raw templates.
  const raw = (k: string) => t.raw(k) as string;
  const v = await getTranslations({ locale: lang, namespace: "vendors" });
  const vendorCodes: DecoderVendorCode[] = allVendors().flatMap((vendor) =>
    vendor.codes.map((c) => ({
      code: c.code,
      vendor: vendor.name,
      id: vendor.id,
      name: c.name,
      meaning: c.meaning[lang],
      reconnect: RECONNECT_TEXT[c.reconnect][lang],
    })),
  );
  return (
    <DecoderBox
      lang={lang}
      initial={initial}
      vendorCodes={vendorCodes}
      codes={allCodes().map((c) => ({
        code: c.code,
        name: c.name[lang],
        meaning: c.meaning[lang],
        sendable: c.sendableByPage,
      }))}
      ranges={allRanges().map((r) => ({
        from: r.from,
        to: r.to,
        name: r.name[lang],
        meaning: r.meaning[lang],
        sendable: r.sendableByPage,
      }))}
      labels={{
        label: t("label"),
        placeholder: t("placeholder"),
        hint: t("hint"),
        open: raw("open"),
        registered: t("registered"),
        inRange: raw("inRange"),
        inVendors: v("inVendors"),
        sendable: t("sendable"),
        notSendable: t("notSendable"),
        errors: Object.fromEntries(errors.map((e) => [e, raw(`errors.${e}`)])) as Record<ParseError, string>,
      }}
    />
  );
}
