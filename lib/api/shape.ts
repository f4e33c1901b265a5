import { allCodes, allRanges, classify, type CloseCodeEntry, type RangeEntry } from "closecodes/codes";
import { answerTo, browserFactsAll, passesToPage } from "closecodes/engines";
import { ENGINE_IDS } from "closecodes/engines";
import { RECONNECT } from "closecodes/codes";
import { BACKOFF, firstRetryMs, reconnectAdviceText, retries } from "closecodes/reconnect";
import { allVendors, vendorCodesFor } from "closecodes/vendors";

/**
 * The JSON API's shapes, built from the registry (and vendor data) only. Routes under app/api/
 * serve these; /{lang}/api documents them.
 */
export function codeJson(e: CloseCodeEntry) {
  return {
    code: e.code,
    ianaName: e.ianaName,
    ianaDescription: e.ianaDescription ?? null,
    name: e.name,
    meaning: e.meaning,
    onWire: e.onWire,
    sendableByPage: e.sendableByPage,
    browser: browserJson(e.code),
    producers: e.producers,
    reconnect: e.reconnect,
    spec: e.spec,
    registered: e.registered ?? null,
    related: e.related,
    page: { en: `/en/codes/${e.code}`, ru: `/ru/codes/${e.code}` },
  };
}

/**
 * Per engine: how the code reaches a page (inCloseEvent, wasClean, error) and, when a server's
 * close frame carries it, whether the page sees it and what the engine sends back.
 */
export function browserJson(code: number) {
  const facts = browserFactsAll(code);
  return Object.fromEntries(
    ENGINE_IDS.map((id) => {
      const fromServerFrame = { reachesPage: passesToPage(id, code), answer: answerTo(id, code, "").code };
      return [id, { ...facts[id], fromServerFrame }];
    }),
  );
}

export function rangeJson(r: RangeEntry) {
  return {
    id: r.id,
    from: r.from,
    to: r.to,
    name: r.name,
    meaning: r.meaning,
    validOnWire: r.validOnWire,
    sendableByPage: r.sendableByPage,
    spec: r.spec,
  };
}

/**
 * The reconnect vocabulary every code and vendor code uses (its `reconnect` field), with how soon
 * and how to back off for each class: the same numbers the pages state and the tester runs on.
 */
export function reconnectJson() {
  return Object.fromEntries(
    [...RECONNECT, "app" as const].map((rule) => {
      const r = retries(rule);
      return [
        rule,
        {
          retries: r !== null,
          firstRetryMs: r ? firstRetryMs(r) : null,
          capMs: r ? BACKOFF[r].capMs : null,
          advice: { en: reconnectAdviceText(rule, "en"), ru: reconnectAdviceText(rule, "ru") },
        },
      ];
    }),
  );
}

export function allCodesJson() {
  return { codes: allCodes().map(codeJson), ranges: allRanges().map(rangeJson), reconnect: reconnectJson() };
}

/** Any input → the classification, or an error saying why it is not a close code. */
export function oneCodeJson(input: string): { status: number; body: unknown } {
  const c = classify(input);
  if (!c.ok)
    return {
      status: 400,
      body: { error: c.error, input: c.input, message: `not a close code: expected an integer 0–65535` },
    };
  return {
    status: 200,
    body: {
      code: c.code,
      registered: c.entry ? codeJson(c.entry) : null,
      range: rangeJson(c.range),
      browser: browserJson(c.code),
      vendors: vendorCodesFor(c.code).map(({ vendor, entry }) => ({
        vendor: vendor.id,
        vendorName: vendor.name,
        ...entry,
      })),
      page: { en: `/en/codes/${c.code}`, ru: `/ru/codes/${c.code}` },
    },
  };
}

export function vendorsJson() {
  return {
    reconnect: reconnectJson(),
    vendors: allVendors().map((v) => ({
      ...v,
      page: { en: `/en/vendors/${v.id}`, ru: `/ru/vendors/${v.id}` },
    })),
  };
}
