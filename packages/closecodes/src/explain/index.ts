import { classify } from "../codes/classify.ts";
import { factsFor } from "../codes/facts.ts";
import type { ParseError } from "../codes/parse.ts";
import type { Locale, Reconnect, SpecLink } from "../codes/types.ts";
import { ENGINE_IDS, ENGINE_NAMES, type EngineId } from "../engines/ids.ts";
import { MEASURED } from "../engines/measured.ts";
import { reconnectAdviceText } from "../reconnect/index.ts";
import { getVendor, vendorCodesFor } from "../vendors/index.ts";
import {
  ERROR_EVENT_LABEL,
  IN_CLOSE_EVENT_LABEL,
  ON_WIRE_LABEL,
  PRODUCER_LABEL,
  WAS_CLEAN_LABEL,
} from "./labels.ts";

export * from "./labels.ts";

/**
 * Where the site lives: the CLI prints each code's page under it. Set CLOSECODES_SITE_URL when
 * the site is served elsewhere than `npm run serve`'s default.
 */
export function siteUrl(): string {
  const env = typeof process !== "undefined" ? process.env.CLOSECODES_SITE_URL : undefined;
  return (env ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** One engine's rules for the code, in words. */
export type EngineRules = {
  engine: EngineId;
  name: string;
  version: string;
  inCloseEvent: string;
  wasClean: string;
  errorEvent: string;
};

export type Explanation = {
  code: number;
  /** The registry's name (localised), or the range's name for an unregistered code. */
  name: string;
  /** IANA's name; where IANA registers only a description (1014), that description. */
  ianaName?: string;
  /** true where `name` is this package's plain-language name, not IANA's. */
  nameIsOurs?: boolean;
  registered: boolean;
  meaning: string;
  range: { id: string; from: number; to: number; name: string; meaning: string };
  onWire: string;
  pageMaySend: boolean;
  producers: string[];
  browsers: { measuredAt: string; engines: EngineRules[] };
  reconnect: {
    rule: Reconnect | "app";
    text: string;
    note?: string;
    source: "registry" | "vendor";
  };
  /** The vendor asked for with --vendor, when it defines this code. */
  vendor?: { id: string; name: string; codeName: string; meaning: string; docs: string };
  /** Other vendors that define this number (so a 4004 says Discord, Twitch…). */
  vendorsUsingIt: Array<{ id: string; name: string; codeName: string }>;
  spec: SpecLink[];
  url: string;
};

export type ExplainError =
  | { kind: "code"; error: ParseError; input: string }
  | { kind: "vendor"; vendor: string }
  | { kind: "vendor-code"; vendor: string; code: number };

/** Explains any 0–65535 (and a vendor's meaning for it), in a locale; or says why it cannot. */
export function explain(
  input: unknown,
  opts: { lang?: Locale; vendor?: string } = {},
): { ok: true; explanation: Explanation } | { ok: false; error: ExplainError } {
  const lang = opts.lang ?? "en";
  const c = classify(input);
  if (!c.ok) return { ok: false, error: { kind: "code", error: c.error, input: c.input } };
  const code = c.code;
  const vendor = opts.vendor === undefined ? undefined : getVendor(opts.vendor);
  if (opts.vendor !== undefined && !vendor)
    return { ok: false, error: { kind: "vendor", vendor: opts.vendor } };
  const vendorEntry = vendor?.codes.find((x) => x.code === code);
  if (vendor && !vendorEntry) return { ok: false, error: { kind: "vendor-code", vendor: vendor.id, code } };

  const facts = factsFor(code);
  const entry = c.entry;
  const engines = ENGINE_IDS.map((id): EngineRules => {
    const b = facts.browser[id];
    return {
      engine: id,
      name: ENGINE_NAMES[id],
      version: MEASURED.engines.find((x) => x.id === id)?.version ?? "",
      inCloseEvent: IN_CLOSE_EVENT_LABEL[b.inCloseEvent][lang],
      wasClean: WAS_CLEAN_LABEL[b.wasClean][lang],
      errorEvent: ERROR_EVENT_LABEL[b.errorEvent][lang],
    };
  });
  const explanation: Explanation = {
    code,
    name: entry ? entry.name[lang] : c.range.name[lang],
    registered: entry !== undefined,
    meaning: vendorEntry ? vendorEntry.meaning[lang] : entry ? entry.meaning[lang] : c.range.meaning[lang],
    range: {
      id: c.range.id,
      from: c.range.from,
      to: c.range.to,
      name: c.range.name[lang],
      meaning: c.range.meaning[lang],
    },
    onWire: ON_WIRE_LABEL[facts.onWire][lang],
    pageMaySend: facts.sendableByPage,
    producers: facts.producers.map((p) => PRODUCER_LABEL[p][lang]),
    browsers: { measuredAt: MEASURED.measuredAt, engines },
    reconnect: vendorEntry
      ? {
          rule: vendorEntry.reconnect,
          text: reconnectAdviceText(vendorEntry.reconnect, lang),
          ...(vendorEntry.note ? { note: vendorEntry.note[lang] } : {}),
          source: "vendor",
        }
      : { rule: facts.reconnect, text: reconnectAdviceText(facts.reconnect, lang), source: "registry" },
    vendorsUsingIt: vendorCodesFor(code)
      .filter((x) => x.vendor.id !== vendor?.id)
      .map((x) => ({ id: x.vendor.id, name: x.vendor.name, codeName: x.entry.name })),
    spec: entry ? entry.spec : c.range.spec,
    url: `${siteUrl()}/${lang}/codes/${code}`,
  };
  if (entry) {
    explanation.ianaName = entry.ianaName ?? entry.ianaDescription;
    if (entry.ianaName === null) explanation.nameIsOurs = true;
  }
  if (vendor && vendorEntry)
    explanation.vendor = {
      id: vendor.id,
      name: vendor.name,
      codeName: vendorEntry.name,
      meaning: vendorEntry.meaning[lang],
      docs: vendor.docs,
    };
  return { ok: true, explanation };
}
