import { decodeClose, type Observation } from "closecodes/decode";
import { hexPreview, preview } from "@/lib/tester/bytes";
import { checkCloseArgs } from "@/lib/tester/close-args";
import { closeCallArgs } from "@/lib/tester/close-call";
import { backoffDelay, MAX_ATTEMPTS, retryPolicy } from "@/lib/tester/reconnect";
import { planConnection, type Target } from "@/lib/tester/target";
import type { WireReport } from "@/lib/wire-report";
import { measuredEngine } from "./client-engine";
import type { SessionAction } from "./session-state";
import { fill, type LogKind, type TesterMessages } from "./types";

/** While a socket is open the server's view is refreshed this often, so pings and pongs show live. */
const LIVE_REPORT_MS = 2000;
/** After a close the server finishes its report within moments: poll this often, this many times. */
const FINAL_REPORT_MS = 250;
const FINAL_REPORT_TRIES = 20;

export type SessionDeps = {
  dispatch: (action: SessionAction) => void;
  messages: () => TesterMessages;
  /** Read at each close, not at Connect: the checkbox stays live while a session runs. */
  reconnect: () => boolean;
  origin: () => { protocol: string; host: string };
};

export type TesterSession = {
  /** Starts a session: attempt 1, then reconnects by the policy while `reconnect()` says so. */
  connect(target: Target, opts: { pageAction: boolean }): void;
  /** Stops reconnecting and closes the socket with 1000 (what the Stop button does). */
  stop(): void;
  /** The page's own close(code, reason), checked first as the browser would. */
  close(codeText: string, reason: string): void;
  send(data: string | Uint8Array<ArrayBuffer>): void;
  /** Ends everything for good: see the comment on `dispose` below. */
  dispose(): void;
};

/** What the page has seen of the current attempt's socket: the decoder's input, being filled in. */
type Seen = Omit<Observation, "code" | "reason" | "wasClean" | "tClose">;
type Live = { n: number; sock: WebSocket; seen: Seen };

/**
 * The tester's socket lifecycle, outside React: one object per mounted tester. It owns the
 * WebSocket, the reconnect timer, the wire-report polling and its fetches, and reports every
 * change as a `SessionAction`. After `dispose()` it can do nothing: every entry point and every
 * callback (socket events, timers, fetch continuations) checks `disposed` first, and dispose
 * clears every timer, aborts every fetch and closes the socket with its handlers detached. That
 * is what stops a tester the user left from reconnecting from the next page.
 */
export function createTesterSession(deps: SessionDeps): TesterSession {
  const { dispatch } = deps;
  let disposed = false;
  /** Set by Stop: a close that follows must not schedule a reconnect. */
  let stopped = false;
  let startedAt = 0;
  let live: Live | null = null;
  let cancelRetry: (() => void) | null = null;
  let livePoll: ReturnType<typeof setInterval> | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const fetches = new Set<AbortController>();

  /** A timeout that dies with the session; returns its cancel function. */
  function later(fn: () => void, ms: number): () => void {
    if (disposed) return () => {};
    const id = setTimeout(() => {
      timers.delete(id);
      if (!disposed) fn();
    }, ms);
    timers.add(id);
    return () => {
      clearTimeout(id);
      timers.delete(id);
    };
  }

  function stopLivePoll() {
    if (livePoll !== null) clearInterval(livePoll);
    livePoll = null;
  }

  function log(kind: LogKind, text: string) {
    if (!disposed) dispatch({ type: "log", entry: { t: performance.now() - startedAt, kind, text } });
  }

  /** Reads the server's wire report for attempt `n`; returns whether it is complete. */
  async function pollReport(sid: string, n: number): Promise<boolean> {
    if (disposed) return true;
    const abort = new AbortController();
    fetches.add(abort);
    try {
      const res = await fetch(`/ws-report/${sid}`, { cache: "no-store", signal: abort.signal });
      if (!res.ok) return false;
      const report = (await res.json()) as WireReport;
      if (disposed) return true;
      dispatch({ type: "patch", n, patch: { report } });
      return report.done;
    } catch {
      // Aborted, or the network failed: the report is a bonus, the browser's view stays intact.
      return false;
    } finally {
      fetches.delete(abort);
    }
  }

  async function finalReport(sid: string, n: number) {
    for (let i = 0; i < FINAL_REPORT_TRIES && !disposed; i++) {
      if (await pollReport(sid, n)) return;
      // After dispose this timer never fires and the loop ends with the session.
      await new Promise<void>((resolve) => later(resolve, FINAL_REPORT_MS));
    }
  }

  function scheduleReconnect(target: Target, pageAction: boolean, code: number, n: number) {
    if (disposed || stopped || !deps.reconnect()) return;
    const m = deps.messages();
    const policy = retryPolicy(code);
    if (policy === null) {
      log("noRetry", fill(m.events.noRetry, { code, policy: m.policies.stop }));
      return;
    }
    if (n >= MAX_ATTEMPTS) return;
    const delay = backoffDelay(policy, n - 1);
    log("reconnect", fill(m.events.reconnectIn, { ms: delay, n: n + 1, max: MAX_ATTEMPTS }));
    dispatch({ type: "status", status: "connecting" });
    cancelRetry = later(() => {
      cancelRetry = null;
      attempt(target, pageAction, n + 1);
    }, delay);
  }

  function attempt(target: Target, pageAction: boolean, n: number) {
    if (disposed) return;
    const m = deps.messages();
    const plan = planConnection(target, deps.origin());
    if ("error" in plan) {
      dispatch({ type: "connectError", error: plan.error });
      return;
    }
    dispatch({ type: "connectError", error: "" });
    if (n === 1) {
      stopped = false;
      startedAt = performance.now();
      dispatch({ type: "start", at: startedAt });
    }
    const t0 = performance.now();
    const { scenario, values } = plan;
    dispatch({
      type: "attempt",
      attempt: {
        n,
        url: plan.url,
        sid: plan.sid,
        scenarioId: scenario?.id,
        expected: scenario && values ? scenario.expect(values) : undefined,
        t0,
        messages: [],
      },
    });
    const shownUrl = plan.protocols.length ? `${plan.url}, [${plan.protocols.join(", ")}]` : plan.url;
    log("connect", fill(m.events.connect, { url: shownUrl }));
    dispatch({ type: "status", status: "connecting" });

    let sock: WebSocket;
    try {
      sock = new WebSocket(plan.url, plan.protocols);
    } catch (e) {
      dispatch({ type: "connectError", error: (e as Error).message });
      dispatch({ type: "status", status: "idle" });
      return;
    }
    sock.binaryType = "arraybuffer";
    // `live` is this object's private bookkeeping, never React state: the UI gets copies.
    const a: Live = { n, sock, seen: { opened: false, errorFired: false, tConnect: t0 } };
    live = a;
    const action = pageAction && scenario && values ? scenario.pageAction?.(values) : undefined;
    let cancelAction: (() => void) | null = null;

    sock.onopen = () => {
      if (disposed) return;
      const t = performance.now();
      a.seen = { ...a.seen, opened: true, tOpen: t };
      dispatch({ type: "patch", n, patch: { tOpen: t } });
      dispatch({ type: "status", status: "open" });
      log("open", fill(m.events.open, { protocol: sock.protocol, extensions: sock.extensions }));
      if (plan.sid) {
        const sid = plan.sid;
        stopLivePoll();
        livePoll = setInterval(() => void pollReport(sid, n), LIVE_REPORT_MS);
      }
      if (action) {
        const code = action.code === undefined ? "" : String(action.code);
        cancelAction = later(() => close(code, action.reason ?? ""), action.closeAfterMs);
      }
    };
    sock.onmessage = (e: MessageEvent) => {
      if (disposed) return;
      const t = performance.now();
      a.seen = { ...a.seen, tLastTraffic: t };
      dispatch({ type: "message", n, t });
      if (typeof e.data === "string") log("message", fill(m.events.message, { data: preview(e.data) }));
      else {
        const bytes = new Uint8Array(e.data as ArrayBuffer);
        log("message", fill(m.events.binary, { bytes: bytes.length, hex: hexPreview(bytes) }));
      }
    };
    sock.onerror = () => {
      if (disposed) return;
      a.seen = { ...a.seen, errorFired: true };
      dispatch({ type: "patch", n, patch: { error: performance.now() } });
      log("error", m.events.error);
    };
    sock.onclose = (e: CloseEvent) => {
      if (disposed) return;
      const t = performance.now();
      stopLivePoll();
      // The page action belongs to this attempt: it must not close the next one.
      cancelAction?.();
      if (live === a) live = null;
      const obs: Observation = { ...a.seen, code: e.code, reason: e.reason, wasClean: e.wasClean, tClose: t };
      const decoded = decodeClose(obs, measuredEngine());
      dispatch({ type: "patch", n, patch: { tClose: t, obs, decoded } });
      log("close", fill(m.events.close, { code: e.code, reason: e.reason, wasClean: String(e.wasClean) }));
      dispatch({ type: "status", status: "idle" });
      if (plan.sid) void finalReport(plan.sid, n);
      scheduleReconnect(target, pageAction, e.code, n);
    };
  }

  function close(codeText: string, reason: string) {
    if (disposed) return;
    const m = deps.messages();
    const check = checkCloseArgs(codeText, reason, measuredEngine());
    const args = closeCallArgs(codeText, reason);
    if (!check.ok) {
      dispatch({ type: "closeError", error: fill(m.closeErrors[check.error], { bytes: check.reasonBytes }) });
      log("threw", fill(m.events.threw, { args, error: check.error }));
      return;
    }
    dispatch({ type: "closeError", error: "" });
    const a = live;
    if (!a) return;
    a.seen = {
      ...a.seen,
      pageClose: {
        t: performance.now(),
        code: check.code,
        reason: check.code === undefined ? undefined : check.reason,
        whileConnecting: a.sock.readyState === WebSocket.CONNECTING,
      },
    };
    log("pageClose", fill(m.events.pageClose, { args }));
    dispatch({ type: "status", status: "closing" });
    // A reason with no code is passed as the page would pass it: the engines that accept it
    // drop it on the wire (the wire report shows the empty frame).
    if (check.code === undefined) {
      if (check.reason) a.sock.close(undefined, check.reason);
      else a.sock.close();
    } else a.sock.close(check.code, check.reason);
  }

  return {
    connect(target, { pageAction }) {
      attempt(target, pageAction, 1);
    },
    stop() {
      if (disposed) return;
      stopped = true;
      cancelRetry?.();
      cancelRetry = null;
      if (live && live.sock.readyState <= WebSocket.OPEN) close("1000", "tester stopped");
      else dispatch({ type: "status", status: "idle" });
    },
    close,
    send(data) {
      const a = live;
      if (disposed || !a || a.sock.readyState !== WebSocket.OPEN) return;
      const m = deps.messages();
      a.sock.send(data);
      log(
        "sent",
        typeof data === "string"
          ? fill(m.events.sent, { data: preview(data) })
          : fill(m.events.sentBinary, { bytes: data.length }),
      );
      a.seen = { ...a.seen, tLastTraffic: performance.now() };
    },
    /**
     * The user left the tester (or React unmounted it): no timer fires, no fetch resolves into
     * state, no socket event is handled and no new socket can open. The open socket is closed
     * with 1000 (a page may not send 1001 itself) after its handlers are detached, so its close
     * event cannot schedule a reconnect either.
     */
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const id of timers) clearTimeout(id);
      timers.clear();
      cancelRetry = null;
      stopLivePoll();
      for (const abort of fetches) abort.abort();
      fetches.clear();
      const a = live;
      live = null;
      if (a) {
        a.sock.onopen = a.sock.onmessage = a.sock.onerror = a.sock.onclose = null;
        if (a.sock.readyState <= WebSocket.OPEN) a.sock.close(1000, "left the tester");
      }
    },
  };
}
