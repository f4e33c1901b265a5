import { getCode, rangeOf } from "../codes/lookup.ts";
import type { CloseCodeEntry, RangeEntry } from "../codes/types.ts";
import type { EngineId } from "../engines/ids.ts";
import { CLOSE_TIMEOUT_MS, HANDSHAKE_TIMEOUT_MS } from "../engines/rules.ts";
import { matchLimits, type Match } from "../facts/idle-timeouts.ts";

export type { Match };

/**
 * Turns what a page observed about one socket into an explanation: who produced the code, and
 * for 1006 the most likely cause. Pure functions (no DOM), unit-tested, and the same logic the
 * tester shows. Times are milliseconds on one clock (performance.now()).
 */
export type Observation = {
  opened: boolean;
  errorFired: boolean;
  code: number;
  reason: string;
  wasClean: boolean;
  tConnect: number;
  tOpen?: number;
  tClose: number;
  /** Last message received or sent by the page (traffic either way re-arms proxy idle timers). */
  tLastTraffic?: number;
  /** The page called close() (code undefined: close() without arguments). */
  pageClose?: { t: number; code?: number; reason?: string; whileConnecting: boolean };
};

export type CloseSource =
  | "peer" // the server put this code in its close frame
  | "peer-empty" // the server's close frame had no code: the browser reports 1005
  | "page-echo" // the server echoed the page's own close
  | "browser"; // synthesised: no close frame arrived (1006)

export type DiagnosisKind =
  | "handshake-rejected"
  | "handshake-timeout"
  | "closed-while-connecting"
  | "protocol-violation"
  // Firefox and WebKitGTK also fire error when TCP is reset after open: the page cannot tell which.
  | "violation-or-reset"
  // Firefox's own 1015: the TLS handshake of a wss:// connection failed.
  | "tls-failed"
  | "close-timeout"
  | "no-close-reply"
  | "idle-timeout"
  | "lifetime-limit"
  | "dropped-after-open";

export type Diagnosis = { kind: DiagnosisKind; matches: Match[] };

export type Decoded = {
  code: number;
  entry: CloseCodeEntry | undefined;
  range: RangeEntry;
  producer: CloseSource;
  /** ms from open to close, when the socket opened. */
  sinceOpen?: number;
  /** ms from the last message (either way) to close. */
  sinceTraffic?: number;
  diagnosis?: Diagnosis;
};

export function producerOf(o: Observation): CloseSource {
  // A made-up 1005/1006 never has a reason and 1006 is never clean: with either, a server put
  // the code in its close frame and the engine passed it on (Firefox does).
  if ((o.code === 1005 || o.code === 1006) && (o.reason !== "" || (o.code === 1006 && o.wasClean)))
    return "peer";
  if (o.code === 1006) return "browser";
  // Firefox makes up 1015 for a failed TLS handshake: unclean and without a reason.
  if (o.code === 1015 && !o.wasClean && o.reason === "") return "browser";
  if (o.code === 1005) {
    // An empty close frame arrived: the server's own, or its echo of the page's close().
    return o.pageClose && o.pageClose.code === undefined ? "page-echo" : "peer-empty";
  }
  if (o.pageClose && o.pageClose.code === o.code && (o.pageClose.reason ?? "") === o.reason)
    return "page-echo";
  return "peer";
}

export function diagnose1006(o: Observation, engine: EngineId = "chromium"): Diagnosis {
  const duration = o.tClose - o.tConnect;
  if (!o.opened) {
    if (o.pageClose?.whileConnecting) return { kind: "closed-while-connecting", matches: [] };
    const limit = HANDSHAKE_TIMEOUT_MS[engine];
    if (limit !== null && duration >= limit - 2000) return { kind: "handshake-timeout", matches: [] };
    return { kind: "handshake-rejected", matches: [] };
  }
  if (o.pageClose) {
    const waited = o.tClose - o.pageClose.t;
    // Firefox fires error when its closing timeout runs out; that is not a violation.
    if (waited >= CLOSE_TIMEOUT_MS[engine] - 1000) return { kind: "close-timeout", matches: [] };
    if (!o.errorFired) return { kind: "no-close-reply", matches: [] };
  }
  if (o.errorFired)
    return { kind: engine === "chromium" ? "protocol-violation" : "violation-or-reset", matches: [] };
  const sinceTraffic = o.tClose - (o.tLastTraffic ?? o.tOpen ?? o.tConnect);
  const idle = matchLimits(sinceTraffic, "idle");
  if (idle.length) return { kind: "idle-timeout", matches: idle };
  const lifetime = matchLimits(o.tClose - (o.tOpen ?? o.tConnect), "lifetime");
  if (lifetime.length) return { kind: "lifetime-limit", matches: lifetime };
  return { kind: "dropped-after-open", matches: [] };
}

export function decodeClose(o: Observation, engine: EngineId = "chromium"): Decoded {
  const d: Decoded = {
    code: o.code,
    entry: getCode(o.code),
    range: rangeOf(o.code),
    producer: producerOf(o),
  };
  if (o.tOpen !== undefined) d.sinceOpen = o.tClose - o.tOpen;
  if (o.tLastTraffic !== undefined) d.sinceTraffic = o.tClose - o.tLastTraffic;
  if (o.code === 1006 && d.producer === "browser") d.diagnosis = diagnose1006(o, engine);
  if (o.code === 1015 && d.producer === "browser") d.diagnosis = { kind: "tls-failed", matches: [] };
  return d;
}
