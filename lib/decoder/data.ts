import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { allCodes, allRanges } from "closecodes/codes";
import type { ParseError } from "closecodes/codes/parse";
import { RECONNECT_TEXT } from "closecodes/reconnect";
import { allVendors } from "closecodes/vendors";

/**
 * What the decoder box answers from: a compact, localised copy of the registry, served as
 * /{lang}/decoder.json (app/[lang]/decoder.json) and fetched by islands/decoder.ts on first focus,
 * so pages with a decoder do not carry it in their HTML.
 */
export type DecoderData = {
  codes: { code: number; name: string; meaning: string; sendable: boolean }[];
  ranges: { from: number; to: number; name: string; meaning: string; sendable: boolean }[];
  vendorCodes: {
    code: number;
    vendor: string;
    id: string;
    name: string;
    meaning: string;
    reconnect: string;
  }[];
};

export type DecoderLabels = {
  label: string;
  placeholder: string;
  hint: string;
  open: string;
  registered: string;
  inRange: string;
  inVendors: string;
  sendable: string;
  notSendable: string;
  errors: Record<ParseError, string>;
};

const errors: ParseError[] = ["empty", "not-a-number", "not-an-integer", "negative", "too-large"];

export function decoderData(lang: Locale): DecoderData {
  return {
    codes: allCodes().map((c) => ({
      code: c.code,
      name: c.name[lang],
      meaning: c.meaning[lang],
      sendable: c.sendableByPage,
    })),
    ranges: allRanges().map((r) => ({
      from: r.from,
      to: r.to,
      name: r.name[lang],
      meaning: r.meaning[lang],
      sendable: r.sendableByPage,
    })),
    vendorCodes: allVendors().flatMap((vendor) =>
      vendor.codes.map((c) => ({
        code: c.code,
        vendor: vendor.name,
        id: vendor.id,
        name: c.name,
        meaning: c.meaning[lang],
        reconnect: RECONNECT_TEXT[c.reconnect][lang],
      })),
    ),
  };
}

/** The box's strings; ICU placeholders ({code}, {from}…) stay raw and are filled in the browser. */
export async function decoderLabels(lang: Locale): Promise<DecoderLabels> {
  const t = await getTranslations({ locale: lang, namespace: "decoder" });
  const v = await getTranslations({ locale: lang, namespace: "vendors" });
  const raw = (k: string) => t.raw(k) as string;
  return {
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
  };
}
