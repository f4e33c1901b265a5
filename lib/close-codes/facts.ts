import { classify } from "./classify";
import type { CloseCodeEntry } from "./schema";

/**
 * The comparable facts of any code, registered or not. For an unregistered code in a valid range
 * (e.g. 4000) the facts follow from the range: the server chooses it, so it arrives from the peer
 * with a clean close, and what a client should do is up to that application's protocol.
 */
export type CodeFacts = Pick<
  CloseCodeEntry,
  "code" | "onWire" | "sendableByPage" | "inCloseEvent" | "wasClean" | "errorEvent" | "producers"
> & { reconnect: CloseCodeEntry["reconnect"] | "app"; rangeId: string };

export function factsFor(code: number): CodeFacts {
  const c = classify(code);
  if (!c.ok) throw new Error(`factsFor(${code}): ${c.error}`);
  if (c.entry) {
    const e = c.entry;
    return {
      code: e.code,
      onWire: e.onWire,
      sendableByPage: e.sendableByPage,
      inCloseEvent: e.inCloseEvent,
      wasClean: e.wasClean,
      errorEvent: e.errorEvent,
      producers: e.producers,
      reconnect: e.reconnect,
      rangeId: c.range.id,
    };
  }
  return {
    code: c.code,
    onWire: c.range.validOnWire ? "allowed" : "reserved",
    sendableByPage: c.range.sendableByPage,
    inCloseEvent: "from-peer",
    wasClean: "true",
    errorEvent: "never",
    producers: ["peer"],
    reconnect: "app",
    rangeId: c.range.id,
  };
}
