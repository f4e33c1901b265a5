import { byEngine, ENGINE_IDS, type EngineId, type PerEngine } from "@/lib/engines/ids";

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
const CHROMIUM_REJECTS = new Set([1005, 1006, 1015]);

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
