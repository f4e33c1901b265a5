import { SERVER_CLOSE_TIMEOUT_MS } from "../../lib/scenarios/catalogue";
import type { EngineSession } from "./types";

/**
 * The one in-page probe every engine runs: open a socket, optionally close it from the page,
 * and report what the page saw. Shared by the e2e suite and `npm run truth`, so what is measured
 * and what is proven are the same code.
 */
export type ProbeInput = {
  url: string;
  protocols: string[];
  /** close(code, reason) this long after open; code undefined: close() with no arguments. */
  action: { closeAfterMs: number; code?: number; reason?: string } | null;
};

export type Probed = {
  open: boolean;
  error: boolean;
  code: number;
  reason: string;
  wasClean: boolean;
  /** Event names in the order they fired, e.g. ["open", "error", "close"]. */
  order: string[];
  /** ms from the constructor to the close event. */
  ms: number;
  /** What close() threw, if the page action threw. */
  threw?: string;
};

export function probeInPage(input: ProbeInput): Promise<Probed> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const order: string[] = [];
    let threw: string | undefined;
    const ws = new WebSocket(input.url, input.protocols);
    ws.onopen = () => {
      order.push("open");
      const a = input.action;
      if (a)
        setTimeout(() => {
          try {
            if (a.code === undefined) ws.close();
            else ws.close(a.code, a.reason);
          } catch (e) {
            threw = (e as DOMException).name;
          }
        }, a.closeAfterMs);
    };
    ws.onerror = () => order.push("error");
    ws.onclose = (e) => {
      order.push("close");
      resolve({
        open: order.includes("open"),
        error: order.includes("error"),
        code: e.code,
        reason: e.reason,
        wasClean: e.wasClean,
        order,
        ms: Math.round(performance.now() - t0),
        ...(threw ? { threw } : {}),
      });
    };
  });
}

export function probe(engine: EngineSession, input: ProbeInput, timeoutMs?: number): Promise<Probed> {
  return engine.run(probeInPage, input, timeoutMs);
}

/**
 * How long to wait for a session's wire report to be done (TCP gone on both sides): the server
 * drops a client that never answers after its close timeout, so that plus a margin always ends it.
 */
export const REPORT_DONE_MS = SERVER_CLOSE_TIMEOUT_MS + 5000;
