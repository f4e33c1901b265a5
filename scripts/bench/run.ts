/**
 * Benchmark: the scenario engine (server/engine.ts) against a bare `ws` server that does only
 * the same close, both on this Node, on loopback, measured in the same run and alternating.
 *
 *   npm run bench
 *   env: BENCH_CYCLES (cycles per batch; default 5000 at c=1 (10 ms CPU ticks: fewer would round), 8000 at c=16 and 64),
 *        BENCH_ROUNDS (3), BENCH_IDLE (idle sockets, 10000), BENCH_TIMEOUT_S (450)
 *
 * Figures: close cycles/s and p50/p99 connect→close latency (the client's view), the server
 * process's CPU time per cycle (/proc/PID/stat utime+stime), and RSS growth per idle socket
 * (/proc/PID/status VmRSS). On 2 cores the client saturates a core from c=16 up, so cycles/s
 * there measures the client; CPU per cycle is the figure that compares the servers.
 * A measurement, not a test: it exits 0 when it could measure, whatever the ratios; 1 when a
 * cycle failed or the unsendable-code check failed; 3 when it ran out of time.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import os from "node:os";
import { closeAll, closeCycles, openIdle } from "./client";
import {
  CLK_TCK,
  cpuTicks,
  envInt,
  exitOnSignalsOrAfter,
  fdLimit,
  rssKiB,
  sleep,
  start,
  stop,
  type Server,
} from "./proc";

const CONCURRENCY = [1, 16, 64] as const;
const cyclesAt = (c: number) => envInt("BENCH_CYCLES", c === 1 ? 5000 : 8000);
const ROUNDS = envInt("BENCH_ROUNDS", 3);
const TIMEOUT_S = envInt("BENCH_TIMEOUT_S", 450);
const TARGET_CPU = 1.1;
const TARGET_RSS = 1.2;
const EXPECT = { code: 4000, reason: "bye" };

// ---- every child process is killed when the bench ends, however it ends (./proc) ----

const deadline = exitOnSignalsOrAfter(TIMEOUT_S, "BENCH_TIMEOUT_S");

// ---- the measurements ----

type Kind = "scenario" | "bare";
const cycleUrl = (k: Kind, port: number) =>
  k === "scenario"
    ? `ws://127.0.0.1:${port}/ws/close?code=${EXPECT.code}&reason=${EXPECT.reason}`
    : `ws://127.0.0.1:${port}/`;

type BatchFigures = { perSec: number; cpuUs: number; p50: number; p99: number; errors: number };

async function batch(k: Kind, s: Server, c: number, n: number): Promise<BatchFigures> {
  const before = cpuTicks(s.pid);
  const r = await closeCycles(cycleUrl(k, s.port), n, c, EXPECT);
  // The server may still be finishing the last TCP closes after the client's 'close' events.
  await sleep(100);
  const ticks = cpuTicks(s.pid) - before;
  const q = (p: number) => r.latencies[Math.min(n - 1, Math.floor(p * n))]!;
  return {
    perSec: (n / r.wallMs) * 1000,
    cpuUs: (ticks * 1e6) / CLK_TCK / n,
    p50: q(0.5),
    p99: q(0.99),
    errors: r.errors,
  };
}

/** A real upgrade request, by hand: a 400 answer passes; a 101, another status or silence fails. */
function upgradeStatus(port: number, code: number): Promise<{ status: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request({
      host: "127.0.0.1",
      port,
      path: `/ws/close?code=${code}`,
      agent: false,
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Key": randomBytes(16).toString("base64"),
        "Sec-WebSocket-Version": "13",
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ status: "no answer", ms: performance.now() - t0 });
    }, 3000);
    const done = (status: string) => {
      clearTimeout(timer);
      req.destroy();
      resolve({ status, ms: performance.now() - t0 });
    };
    req.on("response", (res) => done(String(res.statusCode)));
    req.on("upgrade", () => done("101"));
    req.on("error", (err) => done(`error ${err.message}`));
    req.end();
  });
}

type IdleFigures = { perSocketKiB: number; opened: number; errors: number };

/** A fresh server each time, so earlier batches (and their kept wire reports) do not count. */
async function idleRss(k: Kind, n: number): Promise<IdleFigures> {
  const s =
    k === "scenario"
      ? await start("scripts/bench/server-scenario.ts")
      : await start("scripts/bench/server-bare.ts", "--idle");
  const url = k === "scenario" ? `ws://127.0.0.1:${s.port}/ws/echo` : `ws://127.0.0.1:${s.port}/`;
  try {
    // Warm up first: lazily compiled code and first-use allocations are not per-socket costs.
    await closeAll((await openIdle(url, 200)).sockets);
    await sleep(500);
    const before = rssKiB(s.pid);
    const { sockets, errors } = await openIdle(url, n);
    await sleep(1000);
    const after = rssKiB(s.pid);
    await closeAll(sockets);
    return { perSocketKiB: (after - before) / Math.max(1, sockets.length), opened: sockets.length, errors };
  } finally {
    await stop(s);
  }
}

// ---- reporting ----

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const f = (x: number, d = 0) => x.toFixed(d);
const row = (cells: string[], widths: number[]) => cells.map((c, i) => c.padStart(widths[i]!)).join(" | ");

// ---- main ----

async function main() {
  // Client and servers are separate processes, each holding N sockets: the limit is per process.
  const fdMax = fdLimit();
  let idleN = envInt("BENCH_IDLE", 10_000);
  if (fdMax < idleN + 100) {
    const lower = Math.max(100, fdMax - 100);
    console.warn(`warning: ulimit -n is ${fdMax}; idle test lowered from ${idleN} to ${lower} sockets`);
    idleN = lower;
  }

  console.log(
    `bench ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} cores ` +
      `(${os.cpus()[0]?.model ?? "?"}) · CLK_TCK ${CLK_TCK} · ulimit -n ${fdMax}`,
  );
  console.log(
    `rounds ${ROUNDS}, cycles per batch ${CONCURRENCY.map((c) => `c=${c}: ${cyclesAt(c)}`).join(", ")}`,
  );

  const servers: Record<Kind, Server> = {
    scenario: await start("scripts/bench/server-scenario.ts"),
    bare: await start("scripts/bench/server-bare.ts"),
  };

  const codes = [1005, 1006, 1015, 2000];
  const statuses = await Promise.all(codes.map((c) => upgradeStatus(servers.scenario.port, c)));
  const checkOk = statuses.every((s) => s.status === "400");
  console.log(
    `check: unsendable close code in /ws/close answered with HTTP 400 before the upgrade: ` +
      `${codes.map((c, i) => `${c} → ${statuses[i]!.status} (${f(statuses[i]!.ms, 1)} ms)`).join(", ")} · ${checkOk ? "PASS" : "FAIL"}`,
  );

  // Warm-up: JIT and first-use allocations out of the way before anything is counted.
  for (const k of ["scenario", "bare"] as const) {
    const url = cycleUrl(k, servers[k].port);
    await closeCycles(url, Math.min(300, cyclesAt(1)), 1, EXPECT);
    await closeCycles(url, Math.min(1000, cyclesAt(16)), 16, EXPECT);
  }

  const results: Record<Kind, Map<number, BatchFigures[]>> = { scenario: new Map(), bare: new Map() };
  for (let r = 0; r < ROUNDS; r++) {
    // ABBA order across rounds: neither server always runs on the warmer (or noisier) slot.
    const order: Kind[] = r % 2 === 0 ? ["scenario", "bare"] : ["bare", "scenario"];
    for (const c of CONCURRENCY) {
      for (const k of order) {
        const b = await batch(k, servers[k], c, cyclesAt(c));
        const list = results[k].get(c) ?? [];
        list.push(b);
        results[k].set(c, list);
        console.log(
          `  round ${r + 1} c=${String(c).padStart(2)} ${k.padEnd(8)} ${f(b.perSec).padStart(6)} cycles/s ` +
            `${f(b.cpuUs).padStart(4)} µs CPU/cycle  p50 ${f(b.p50, 2)} ms  p99 ${f(b.p99, 2)} ms` +
            (b.errors ? `  ${b.errors} ERRORS` : ""),
        );
      }
    }
  }
  await stop(servers.scenario);
  await stop(servers.bare);

  console.log(`\nidle sockets: ${idleN} per server, fresh processes, ${ROUNDS} rounds alternating`);
  const idle: Record<Kind, IdleFigures[]> = { scenario: [], bare: [] };
  for (let r = 0; r < ROUNDS; r++) {
    const order: Kind[] = r % 2 === 0 ? ["scenario", "bare"] : ["bare", "scenario"];
    for (const k of order) {
      const x = await idleRss(k, idleN);
      idle[k].push(x);
      console.log(
        `  round ${r + 1} ${k.padEnd(8)} ${f(x.perSocketKiB, 2)} KiB/socket (${x.opened} open` +
          (x.errors ? `, ${x.errors} FAILED` : "") +
          ")",
      );
    }
  }

  // Ratios are medians of per-round pairs: the machine's speed drifts, a pair shares the drift.
  const head = [
    "concurrency",
    "scenario cycles/s",
    "bare cycles/s",
    "scenario CPU µs/cycle",
    "bare CPU µs/cycle",
    "ratio (target ≤1.10)",
    "p50/p99 ms (scenario)",
    "p50/p99 ms (bare)",
  ];
  const W = head.map((h) => h.length);
  console.log(
    `\nmedians of ${ROUNDS} rounds; ratio = scenario/bare CPU per cycle, median of per-round pairs\n`,
  );
  console.log(row(head, W));
  let errors = 0;
  const verdicts: string[] = [];
  for (const c of CONCURRENCY) {
    const s = results.scenario.get(c)!;
    const b = results.bare.get(c)!;
    const m = (xs: BatchFigures[], key: keyof BatchFigures) => median(xs.map((x) => x[key]));
    const ratio = median(s.map((x, i) => x.cpuUs / b[i]!.cpuUs));
    errors += [...s, ...b].reduce((a, x) => a + x.errors, 0);
    const verdict = ratio <= TARGET_CPU ? "PASS" : "MISS";
    verdicts.push(`CPU per cycle c=${c}: ${f(ratio, 2)}× ${verdict}`);
    console.log(
      row(
        [
          String(c),
          f(m(s, "perSec")),
          f(m(b, "perSec")),
          f(m(s, "cpuUs")),
          f(m(b, "cpuUs")),
          `${f(ratio, 2)} ${verdict}`,
          `${f(m(s, "p50"), 2)} / ${f(m(s, "p99"), 2)}`,
          `${f(m(b, "p50"), 2)} / ${f(m(b, "p99"), 2)}`,
        ],
        W,
      ),
    );
  }
  const sKiB = median(idle.scenario.map((x) => x.perSocketKiB));
  const bKiB = median(idle.bare.map((x) => x.perSocketKiB));
  const rssRatio = median(idle.scenario.map((x, i) => x.perSocketKiB / idle.bare[i]!.perSocketKiB));
  const rssVerdict = rssRatio <= TARGET_RSS ? "PASS" : "MISS";
  console.log(
    `\nidle socket RSS (${idleN} sockets): scenario ${f(sKiB, 2)} KiB/socket, bare ${f(bKiB, 2)} KiB/socket, ` +
      `ratio ${f(rssRatio, 2)} (target ≤${TARGET_RSS}) ${rssVerdict}`,
  );
  verdicts.push(`RSS per idle socket: ${f(rssRatio, 2)}× ${rssVerdict}`);
  console.log(`\ntargets: ${verdicts.join(" · ")}`);
  console.log(`check: unsendable close codes → HTTP 400 ${checkOk ? "PASS" : "FAIL"}`);
  const idleErrors = [...idle.scenario, ...idle.bare].reduce((a, x) => a + x.errors, 0);
  if (errors || idleErrors) console.log(`errors: ${errors} close cycles, ${idleErrors} idle sockets`);

  clearTimeout(deadline);
  process.exitCode = errors || idleErrors || !checkOk ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
