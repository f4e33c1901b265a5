import { forbiddenOnWire } from "../codes/rules.ts";
import { byEngine, ENGINE_IDS, type EngineId, type PerEngine } from "./ids.ts";

/**
 * What each engine does with a code that arrives in a server's close frame: the one home of
 * these rules. Measured (lib/engines/measurements.json, `npm run truth`) and proven on every CI
 * run in all three engines (e2e/browser-truth.spec.ts); the catalogue, the registry's browser
 * facts, the code pages and the tester all read them from here.
 *
 * - Chromium 156 passes every code to CloseEvent.code except the three RFC 6455 §7.4.1 forbids on
 *   the wire (1005, 1006, 1015); those fail the connection.
 * - Firefox ESR 153 passes every code, even 1005, 1006 and 1015.
 * - WebKitGTK 2.50 (libsoup) passes only 1000–1003, 1007–1011 and 3000–4999: everything else,
 *   the later IANA registrations 1012–1014 included, fails the connection.
 */
// Chromium enforces exactly the registry's forbidden list (measured: every other code passes).
const CHROMIUM_REJECTS = new Set(forbiddenOnWire());

export function passesToPage(engine: EngineId, code: number): boolean {
  if (engine === "chromium") return !CHROMIUM_REJECTS.has(code);
  if (engine === "firefox") return true;
  return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011) || (code >= 3000 && code <= 4999);
}

/** The engines that hand `code` from a server's close frame to the page. */
export function enginesPassing(code: number): EngineId[] {
  return ENGINE_IDS.filter((e) => passesToPage(e, code));
}

/**
 * The close frame an engine sends back when a server's close frame carries `code` (code null:
 * an empty body). Where the code fails the connection, Chromium and WebKitGTK answer 1002;
 * Firefox echoes every code but 0, 1005, 1006 and 1015, which it answers with an empty frame.
 */
export function answerTo(
  engine: EngineId,
  code: number,
  reason: string,
): { code: number | null; reason: string } {
  if (engine === "firefox")
    return code === 0 || CHROMIUM_REJECTS.has(code) ? { code: null, reason: "" } : { code, reason };
  return passesToPage(engine, code) ? { code, reason } : { code: 1002, reason: "" };
}

/**
 * How a code can reach a page's CloseEvent in one engine.
 * - from-peer: only when the server's close frame carried it (or echoed the page's own code);
 * - synthesised: the engine makes it up (1005 for an empty close frame, 1006 for no frame);
 * - synthesised-or-peer: made up, and also passed on when a server puts it in a frame (Firefox);
 * - never: the engine does not report it (a frame carrying it fails the connection: 1006).
 */
export type InCloseEvent = "from-peer" | "synthesised" | "synthesised-or-peer" | "never";

export type BrowserFacts = {
  inCloseEvent: InCloseEvent;
  /** wasClean the page sees with this code. */
  wasClean: "true" | "false" | "either" | "n/a";
  /** Whether `error` fires before the close event with this code. */
  errorEvent: "never" | "sometimes" | "n/a";
};

export function browserFacts(engine: EngineId, code: number): BrowserFacts {
  const passes = passesToPage(engine, code);
  if (code === 1005)
    return {
      inCloseEvent: passes ? "synthesised-or-peer" : "synthesised",
      wasClean: "true",
      errorEvent: "never",
    };
  if (code === 1006)
    return {
      inCloseEvent: passes ? "synthesised-or-peer" : "synthesised",
      // A 1006 the engine made up is never clean; one a server sent (Firefox) is.
      wasClean: passes ? "either" : "false",
      errorEvent: "sometimes",
    };
  if (code === 1015 && TLS_FAILURE_CODE[engine] === 1015)
    // Made up for a failed TLS handshake (unclean, after error), or passed on from a frame (clean).
    return {
      inCloseEvent: passes ? "synthesised-or-peer" : "synthesised",
      wasClean: "either",
      errorEvent: "sometimes",
    };
  if (!passes) return { inCloseEvent: "never", wasClean: "n/a", errorEvent: "n/a" };
  return { inCloseEvent: "from-peer", wasClean: "true", errorEvent: "never" };
}

export function browserFactsAll(code: number): PerEngine<BrowserFacts> {
  return byEngine((e) => browserFacts(e, code));
}

/**
 * The close frame the server gets when the page goes away with a socket open (measured in
 * e2e/browser-truth.spec.ts). Every engine sends 1001; WebKitGTK, when the navigation puts the
 * page in its back/forward cache, suspends the page and says so in the reason.
 */
export function teardownClose(
  engine: EngineId,
  how: "navigate" | "reload",
): { code: number; reason: string } {
  if (engine === "webkit" && how === "navigate") return { code: 1001, reason: WEBKIT_SUSPENSION_REASON };
  return { code: 1001, reason: "" };
}
export const WEBKIT_SUSPENSION_REASON = "WebSocket is closed due to suspension.";

/**
 * close(undefined, reason) — a reason with no code (measured, e2e/browser-truth.spec.ts).
 * Chromium throws InvalidAccessError ("0 is neither 1000 nor 3000–4999"); Firefox and WebKitGTK
 * accept the call, drop the reason and send an empty close frame (the server sees 1005).
 */
export function reasonWithoutCode(engine: EngineId): "throws" | "dropped" {
  return engine === "chromium" ? "throws" : "dropped";
}

/**
 * Which pending upgrade holds a new one back (measured, e2e/browser-timers.spec.ts): Chromium
 * lets one handshake per host and port be pending, Firefox one per server address (another port
 * on the same IP waits too), WebKitGTK sends every upgrade at once.
 */
export const PENDING_HANDSHAKE_LOCK: PerEngine<"host-port" | "address" | "none"> = {
  chromium: "host-port",
  firefox: "address",
  webkit: "none",
};

/**
 * The code a page gets when the TLS handshake of a wss:// connection fails (measured with a
 * certificate the browser does not trust, e2e/browser-truth.spec.ts): Chromium and WebKitGTK
 * report 1006 like any other failure; Firefox reports 1015, the code RFC 6455 §7.4.1 reserves
 * for exactly this. Either way the socket never opens and `error` fires first.
 */
export const TLS_FAILURE_CODE: PerEngine<1006 | 1015> = { chromium: 1006, firefox: 1015, webkit: 1006 };

/**
 * How long each engine waits for the server to answer the page's close() before it drops TCP
 * (measured with client-close?reply=never; e2e/browser-timers.spec.ts proves each one). Firefox
 * fires `error` when its wait runs out.
 */
export const CLOSE_TIMEOUT_MS: PerEngine<number> = { chromium: 60_000, firefox: 20_000, webkit: 5_000 };

/**
 * How long each engine waits for an answer to its upgrade request before it fails the
 * connection (measured: e2e/browser-timers.spec.ts). WebKitGTK was still waiting after 30 s, the
 * longest hold the scenario server allows, so its limit is not known (null).
 */
export const HANDSHAKE_TIMEOUT_MS: PerEngine<number | null> = {
  chromium: 240_000,
  firefox: 20_000,
  webkit: null,
};

/**
 * Chromium closes TCP itself this long after it has answered a server's close frame; until then
 * an RST from the server makes its CloseEvent unclean (close-then-rst, close-keep-tcp).
 */
export const CHROMIUM_TCP_CLOSE_AFTER_MS = 2_000;

/**
 * Firefox never fires `open` for a connection that has already ended (a failure, FIN or RST) by
 * the time the page gets to handle `open`. With the ending right after the 101 that is the usual
 * outcome on loopback; 100 ms later it still happened on a busy page (measured in
 * e2e/tester-engines.spec.ts). Below this gap, whether Firefox fires `open` depends on timing.
 */
export const OPEN_SETTLED_MS = 1000;

/** The ways a server's frames can break RFC 6455 that the engines were measured against. */
export const VIOLATION_KINDS = [
  "masked",
  "rsv1",
  "rsv2",
  "rsv3",
  "opcode",
  "bad-utf8",
  "partial-utf8",
  "fragmented-ping",
  "fragmented-close",
  "long-ping",
  "non-minimal-length",
  "length-top-bit",
  "orphan-continuation",
  "interleaved",
  "deflate-garbage",
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

/**
 * Which violations each engine fails the connection on, and what it sends the server. Chromium
 * answers 1002 with a reason naming the rule; WebKitGTK answers 1002 (1007 for bad UTF-8) with no
 * reason; Firefox sends no close frame at all and only ends TCP. Firefox accepts a masked frame
 * (as a message); the page then waits for the server.
 */
export type ViolationRule = {
  /** Chromium's 1002 reason, or "accepts". */
  chromium: string | "accepts";
  firefox: "fails" | "accepts";
  /** WebKitGTK's answer code (no reason), null for no close frame, or "accepts". */
  webkit: number | null | "accepts";
};
export const VIOLATIONS: Record<ViolationKind, ViolationRule> = {
  masked: { chromium: "Masked frame from server", firefox: "accepts", webkit: 1002 },
  rsv1: { chromium: "Invalid reserved bit", firefox: "fails", webkit: 1002 },
  rsv2: { chromium: "Invalid reserved bit", firefox: "fails", webkit: 1002 },
  rsv3: { chromium: "Invalid reserved bit", firefox: "fails", webkit: 1002 },
  opcode: { chromium: "Unknown opcode", firefox: "fails", webkit: 1002 },
  "bad-utf8": { chromium: "Invalid UTF-8 in text frame", firefox: "fails", webkit: 1007 },
  "partial-utf8": { chromium: "Invalid UTF-8 in text frame", firefox: "fails", webkit: 1007 },
  "fragmented-ping": { chromium: "WebSocket Protocol Error", firefox: "fails", webkit: 1002 },
  "fragmented-close": { chromium: "WebSocket Protocol Error", firefox: "fails", webkit: 1002 },
  "long-ping": { chromium: "WebSocket Protocol Error", firefox: "fails", webkit: 1002 },
  "non-minimal-length": { chromium: "WebSocket Protocol Error", firefox: "fails", webkit: 1002 },
  "length-top-bit": { chromium: "WebSocket Protocol Error", firefox: "fails", webkit: null },
  "orphan-continuation": { chromium: "Unexpected continuation", firefox: "fails", webkit: 1002 },
  interleaved: { chromium: "Previous data frame unfinished", firefox: "fails", webkit: 1002 },
  "deflate-garbage": { chromium: "WebSocket Protocol Error", firefox: "fails", webkit: 1002 },
};

/**
 * Smaller measured differences, one constant each, read by the scenario catalogue (which states
 * them per scenario) and by the probe's verdict (which applies them to a transcript).
 */

/** Offered subprotocols, and the server picked none: only Chromium fails the handshake. */
export const REJECTS_MISSING_PROTOCOL: PerEngine<boolean> = { chromium: true, firefox: false, webkit: false };

/** A data frame after the server's close frame: only Chromium fails the connection (error + 1006). */
export const FAILS_ON_DATA_AFTER_CLOSE: PerEngine<boolean> = {
  chromium: true,
  firefox: false,
  webkit: false,
};

/**
 * An RST after the server's close frame, before the engine has closed TCP itself: only Chromium
 * reports wasClean false (it waits for TCP to end; the others fire close when the frame arrives).
 */
export const UNCLEAN_ON_RST_AFTER_CLOSE: PerEngine<boolean> = {
  chromium: true,
  firefox: false,
  webkit: false,
};

/** TCP reset after open with no close frame: Firefox and WebKitGTK fire `error` first, Chromium does not. */
export const ERROR_ON_RESET: PerEngine<boolean> = { chromium: false, firefox: true, webkit: true };

/** The page's close() is never answered: only Firefox fires `error` when its closing timeout runs out. */
export const ERROR_ON_CLOSE_TIMEOUT: PerEngine<boolean> = { chromium: false, firefox: true, webkit: false };

/** The close frame an engine answers an empty close frame (88 00) with: WebKitGTK says 1000, the others send an empty one. */
export const EMPTY_CLOSE_ANSWER: PerEngine<number | null> = { chromium: null, firefox: null, webkit: 1000 };

/**
 * A close frame with its code and FIN in one write (the server does not wait for the answer):
 * Firefox usually reports wasClean false, now and then true — a race measured both ways.
 */
export const RACY_CLEAN_ON_CLOSE_WITH_FIN: PerEngine<boolean> = {
  chromium: false,
  firefox: true,
  webkit: false,
};

/**
 * A malformed close frame, per engine: whether the page still sees a close (Firefox reads a
 * one-byte body as no code at all: 1005), and the close frame the engine answers with (null: it
 * only ends TCP). Every other case fails the connection: error + 1006.
 */
export type MalformedClose = "one-byte" | "invalid-utf8";
export const MALFORMED_CLOSE: Record<
  MalformedClose,
  PerEngine<{ page: "fails" | 1005; answer: { code: number | null; reason: string } | null }>
> = {
  "one-byte": {
    chromium: { page: "fails", answer: { code: 1002, reason: "" } },
    firefox: { page: 1005, answer: { code: null, reason: "" } },
    webkit: { page: "fails", answer: { code: 1002, reason: "" } },
  },
  "invalid-utf8": {
    chromium: { page: "fails", answer: { code: 1002, reason: "Invalid UTF-8 in Close frame" } },
    firefox: { page: "fails", answer: null },
    webkit: { page: "fails", answer: { code: 1002, reason: "" } },
  },
};

/** Does the engine fail the connection on this violation, and what does it send the server. */
export function violationOutcome(
  engine: EngineId,
  kind: ViolationKind,
): { fails: boolean; answer: { code: number | null; reason: string } | null } {
  const rule = VIOLATIONS[kind];
  if (engine === "chromium")
    return rule.chromium === "accepts"
      ? { fails: false, answer: null }
      : { fails: true, answer: { code: 1002, reason: rule.chromium } };
  if (engine === "firefox") return { fails: rule.firefox === "fails", answer: null };
  return rule.webkit === "accepts"
    ? { fails: false, answer: null }
    : { fails: true, answer: rule.webkit === null ? null : { code: rule.webkit, reason: "" } };
}
