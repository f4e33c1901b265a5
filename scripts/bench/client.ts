/**
 * The load client for scripts/bench/run.ts, in the bench's own process (`ws`, as a server
 * would meet it). Every wait is bounded: a socket that does not finish is terminated and counted.
 */
import WebSocket from "ws";

export type Cycles = {
  cycles: number;
  /** Sockets that did not end with the expected close code and reason, or timed out. */
  errors: number;
  wallMs: number;
  /** Milliseconds from `new WebSocket` to its 'close' event, sorted. */
  latencies: Float64Array;
};

// No permessage-deflate offer: neither server would accept it, and it costs the client CPU.
const OPTS = { perMessageDeflate: false } as const;

/** Runs `cycles` connect→close cycles with `concurrency` sockets in flight at any time. */
export function closeCycles(
  url: string,
  cycles: number,
  concurrency: number,
  expect: { code: number; reason: string },
  timeoutMs = 10_000,
): Promise<Cycles> {
  const latencies = new Float64Array(cycles);
  let started = 0;
  let finished = 0;
  let errors = 0;
  const t0 = performance.now();
  return new Promise((resolve) => {
    const launch = () => {
      if (started >= cycles) return;
      started++;
      const begin = performance.now();
      const ws = new WebSocket(url, OPTS);
      const timer = setTimeout(() => ws.terminate(), timeoutMs);
      ws.on("error", () => {}); // counted by its close code below
      ws.on("close", (code, reason) => {
        clearTimeout(timer);
        latencies[finished++] = performance.now() - begin;
        if (code !== expect.code || reason.toString() !== expect.reason) errors++;
        if (finished === cycles) {
          latencies.sort();
          resolve({ cycles, errors, wallMs: performance.now() - t0, latencies });
        } else launch();
      });
    };
    for (let i = 0; i < Math.min(concurrency, cycles); i++) launch();
  });
}

/**
 * Opens `n` sockets and leaves them open; resolves once every one is open or has failed.
 * Handshakes are limited to `parallel` at a time so the listen backlog never overflows.
 */
export function openIdle(
  url: string,
  n: number,
  parallel = 200,
  timeoutMs = 20_000,
): Promise<{ sockets: WebSocket[]; errors: number }> {
  const sockets: WebSocket[] = [];
  let started = 0;
  let settled = 0;
  let errors = 0;
  return new Promise((resolve) => {
    const launch = () => {
      if (started >= n) return;
      started++;
      const ws = new WebSocket(url, OPTS);
      const timer = setTimeout(() => ws.terminate(), timeoutMs);
      let done = false;
      const settle = (ok: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (ok) sockets.push(ws);
        else errors++;
        if (++settled === n) resolve({ sockets, errors });
        else launch();
      };
      ws.on("error", () => {});
      ws.once("open", () => settle(true));
      ws.once("close", () => settle(false));
    };
    for (let i = 0; i < Math.min(parallel, n); i++) launch();
  });
}

/** Drops every socket (no close handshake: that would measure closing, not memory). */
export function closeAll(sockets: WebSocket[], timeoutMs = 20_000): Promise<void> {
  const open = sockets.filter((ws) => ws.readyState !== WebSocket.CLOSED);
  if (open.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let left = open.length;
    const timer = setTimeout(resolve, timeoutMs);
    for (const ws of open) {
      ws.once("close", () => {
        if (--left === 0) {
          clearTimeout(timer);
          resolve();
        }
      });
      ws.terminate();
    }
  });
}
