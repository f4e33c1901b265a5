/**
 * One open→close cycle of a scenario with the `ws` client, as the soak runs it: what the client
 * does after 'open' (per plan) and everything it observes, bounded by a timeout.
 */
import WebSocket from "ws";

/** What the client does once the socket is open. */
export type ClientAction =
  /** Nothing: the server acts (closes, drops, breaks the protocol…). */
  | { kind: "wait" }
  /**
   * Closes with `code`/`reason`: at once, or after one message came back (`echo`) and at least
   * `minPings` server pings arrived; `giveUpMs` after its close, terminates (no close reply).
   */
  | { kind: "close"; code: number; reason: string; echo?: boolean; minPings?: number; giveUpMs?: number };

export type Observed = {
  open: boolean;
  /** HTTP status of a refused upgrade ('Unexpected server response: N'). */
  status?: number;
  /** Message of the first 'error' event. */
  error?: string;
  code: number;
  reason: string;
  messages: number;
  pings: number;
  timedOut: boolean;
  ms: number;
};

// No permessage-deflate offer: the engine accepts none, and it costs the client CPU.
const OPTS = { perMessageDeflate: false } as const;

export function runCycle(
  url: string,
  protocols: string[],
  action: ClientAction,
  timeoutMs = 10_000,
): Promise<Observed> {
  const t0 = performance.now();
  const o: Observed = { open: false, code: 0, reason: "", messages: 0, pings: 0, timedOut: false, ms: 0 };
  return new Promise((resolve) => {
    const ws = new WebSocket(url, protocols, OPTS);
    const timer = setTimeout(() => {
      o.timedOut = true;
      ws.terminate();
    }, timeoutMs);
    let echoed = false;
    let closing = false;
    const maybeClose = () => {
      if (closing || action.kind !== "close" || ws.readyState !== WebSocket.OPEN) return;
      if (action.echo && !echoed) return;
      if (o.pings < (action.minPings ?? 0)) return;
      closing = true;
      ws.close(action.code, action.reason);
      if (action.giveUpMs !== undefined) {
        const t = setTimeout(() => ws.terminate(), action.giveUpMs);
        ws.once("close", () => clearTimeout(t));
      }
    };
    ws.on("open", () => {
      o.open = true;
      if (action.kind === "close" && action.echo) ws.send("soak");
      maybeClose();
    });
    ws.on("message", (data) => {
      o.messages++;
      if (String(data) === "soak") echoed = true;
      maybeClose();
    });
    ws.on("ping", () => {
      o.pings++;
      maybeClose();
    });
    ws.on("error", (err) => {
      if (o.error !== undefined) return;
      o.error = err.message;
      const m = /^Unexpected server response: (\d+)$/.exec(err.message);
      if (m) o.status = Number(m[1]);
    });
    ws.on("close", (code, reason) => {
      clearTimeout(timer);
      o.code = code;
      o.reason = reason.toString("utf8");
      o.ms = performance.now() - t0;
      resolve(o);
    });
  });
}
