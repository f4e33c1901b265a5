import type { PerEngine } from "../engines/ids.ts";
import { classify } from "./classify.ts";
import { browserFactsAll, type BrowserFacts } from "../engines/rules.ts";
import type { CloseCodeEntry } from "./types.ts";

/**
 * The comparable facts of any code, registered or not. For an unregistered code in a valid range
 * (e.g. 4000) the facts follow from the range: the server chooses it, each engine's rules say
 * whether it reaches the page, and what a client should do is up to that application's protocol.
 */
export type CodeFacts = Pick<CloseCodeEntry, "code" | "onWire" | "sendableByPage" | "producers"> & {
  reconnect: CloseCodeEntry["reconnect"] | "app";
  rangeId: string;
  browser: PerEngine<BrowserFacts>;
};

export function factsFor(code: number): CodeFacts {
  const c = classify(code);
  if (!c.ok) throw new Error(`factsFor(${code}): ${c.error}`);
  if (c.entry) {
    const e = c.entry;
    return {
      code: e.code,
      onWire: e.onWire,
      sendableByPage: e.sendableByPage,
      browser: browserFactsAll(e.code),
      producers: e.producers,
      reconnect: e.reconnect,
      rangeId: c.range.id,
    };
  }
  return {
    code: c.code,
    onWire: c.range.validOnWire ? "allowed" : "reserved",
    sendableByPage: c.range.sendableByPage,
    browser: browserFactsAll(c.code),
    producers: ["peer"],
    reconnect: "app",
    rangeId: c.range.id,
  };
}
