/**
 * Load and soak: the scenario engine (server/engine.ts, alone on a plain http.Server:
 * scripts/bench/server-scenario.ts) in a child process, driven over loopback by `ws` clients in
 * this process, in two phases on the same server process:
 *
 * 1. held: SOAK_IDLE idle sockets to /ws/echo, held SOAK_HOLD_S seconds while the server's RSS
 *    is sampled every second; then every socket must still be open and echo a message, and
 *    after they are all dropped the server's RSS must come back near where it started (after a
 *    full GC, forced through the server's inspector, and a settle of up to 30 s: see SETTLE_S).
 * 2. churn: SOAK_SECONDS of open→close cycles, SOAK_CONCURRENCY in flight, cycling over every
 *    scenario of the catalogue (the parameter sets of lib/scenarios/variants.ts, shortened:
 *    scripts/soak/expect.ts), half of them with a `sid` (wire report kept, and every 50th one
 *    read back). Each outcome the client observes is checked against its expectation; the
 *    server's RSS is sampled every 5 s and must be flat after the first minute.
 *
 *   npm run soak
 *   env: SOAK_IDLE (10000), SOAK_HOLD_S (30), SOAK_SECONDS (300), SOAK_CONCURRENCY (64),
 *        SOAK_TIMEOUT_S (SOAK_HOLD_S + SOAK_SECONDS + 300)
 *
 * A measurement, not a test (not run in CI). Exits 0 when every outcome was as expected, the
 * server stayed up and memory was flat; 1 otherwise; 2 on a bad setting; 3 on its own timeout.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import os from "node:os";
import type WebSocket from "ws";
import { closeAll, openIdle } from "../bench/client";
import {
  envInt,
  exitOnSignalsOrAfter,
  fdLimit,
  rssKiB,
  sleep,
  startNode,
  stop,
  type Server,
} from "../bench/proc";
import { runCycle } from "./cycle";
import { forceGc, freePort, inspectArgs, INSPECTOR_LINES } from "./inspector";
import { mismatch, plans, scenarioIds, type Plan } from "./expect";

const IDLE_WANTED = envInt("SOAK_IDLE", 10_000);
const HOLD_S = envInt("SOAK_HOLD_S", 30);
const SECONDS = envInt("SOAK_SECONDS", 300);
const CONCURRENCY = envInt("SOAK_CONCURRENCY", 64);
const TIMEOUT_S = envInt("SOAK_TIMEOUT_S", HOLD_S + SECONDS + 300);

/** Churn: RSS sample period, and one line of the curve per this many seconds. */
const SAMPLE_S = 5;
const CURVE_S = Math.min(30, Math.max(SAMPLE_S, SAMPLE_S * Math.round(SECONDS / 10 / SAMPLE_S)));
/** Slow variants (a second or more each) may hold at most this many of the slots at a time. */
const SLOW_SLOTS = Math.max(1, Math.floor(CONCURRENCY / 8));
/** Every this-many-th cycle with a sid reads its wire report back. */
const REPORT_EVERY = 50;
const CYCLE_TIMEOUT_MS = 10_000;
const DETAILS = 20;

/**
 * "Flat": after a warm-up (the first minute: JIT, pools, and the report store filling up to
 * its cap), the median RSS of the last window of the churn is at most FLAT_MIB or FLAT_FRAC
 * (whichever is larger) above the median RSS of the first window after the warm-up.
 * Windows are 30 s (shorter for short runs); a drop is not a failure.
 */
const WARMUP_S = Math.min(60, Math.floor(SECONDS / 5));
const WINDOW_S = Math.max(SAMPLE_S, Math.min(30, Math.floor((SECONDS - WARMUP_S) / 2)));
const FLAT_MIB = 20;
const FLAT_FRAC = 0.1;
/**
 * "Returned" (held phase): after the held sockets are dropped and a full GC is run in the
 * server (./inspector.ts), within SETTLE_S its RSS is back to at most RETURN_MIB or RETURN_FRAC
 * of the growth (whichever is larger) above its RSS before they were opened (also measured
 * after a full GC). Polled every second; the settle ends as soon as that holds.
 * Why a forced GC: an idle server allocates nothing, so nothing triggers a GC, and the dropped
 * sockets stay on the heap until V8's memory reducer collects it. Measured: it did so 20–25 s
 * after a 1 s hold (RSS 141 → 79 MiB at once), but in a 30 s hold it ran during the hold and
 * then not again: 60 s after the drop RSS was still 45 MiB above the start. RSS without a GC,
 * NATURAL_S after the drop, is printed too.
 */
const NATURAL_S = 5;
const SETTLE_S = 30;
const RETURN_MIB = 20;
const RETURN_FRAC = 0.2;

// ---- every child process is killed when the soak ends, however it ends (../bench/proc) ----

const deadline = exitOnSignalsOrAfter(TIMEOUT_S, "SOAK_TIMEOUT_S");

// ---- bookkeeping ----

const MiB = (kib: number) => kib / 1024;
const f = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "—");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join("  ");

type Unexpected = { phase: string; what: string; detail: string };
const unexpected: Unexpected[] = [];
function fail(phase: string, what: string, detail: string) {
  unexpected.push({ phase, what, detail });
  if (unexpected.length <= DETAILS)
    console.log(`  UNEXPECTED #${unexpected.length} [${phase}] ${what}: ${detail}`);
  else if (unexpected.length === DETAILS + 1)
    console.log(`  (further unexpected results counted, not shown)`);
}

let server: Server;
let inspectorPort = 0;
let serverGone: string | undefined;
const alive = () => serverGone === undefined;
function rss(): number {
  try {
    return alive() ? rssKiB(server.pid) : NaN;
  } catch {
    return NaN;
  }
}

/** A full GC in the server (./inspector.ts); a failure is reported, and counts as unexpected. */
async function gc(): Promise<boolean> {
  try {
    await forceGc(server.pid, inspectorPort);
    return true;
  } catch (err) {
    fail("held", "forced GC", (err as Error).message);
    return false;
  }
}

// ---- phase 1: held idle sockets ----

type Held = {
  wanted: number;
  opened: number;
  openMs: number;
  stillOpen: number;
  echoed: number;
  before: number;
  peak: number;
  heldEnd: number;
  /** RSS NATURAL_S after the drop, before the forced GC. */
  natural: number;
  after: number;
  settleS: number;
  limit: number;
  returned: boolean;
  curve: { t: number; kib: number }[];
};

/** Sends one message on every open socket; resolves with how many came back within `ms`. */
function echoAll(sockets: WebSocket[], ms: number): Promise<number> {
  let got = 0;
  let left = sockets.length;
  if (left === 0) return Promise.resolve(0);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(got), ms);
    sockets.forEach((ws, i) => {
      const text = `held ${i}`;
      const onMessage = (data: WebSocket.RawData) => {
        if (String(data) !== text) return;
        ws.off("message", onMessage);
        got++;
        if (--left === 0) {
          clearTimeout(timer);
          resolve(got);
        }
      };
      ws.on("message", onMessage);
      ws.send(text);
    });
  });
}

async function held(n: number): Promise<Held> {
  const url = `ws://127.0.0.1:${server.port}/ws/echo`;
  console.log(`\nphase 1 — held: ${n} idle sockets to /ws/echo for ${HOLD_S} s`);
  // Warm up first, as the bench does: first-use allocations are not what is measured.
  await closeAll((await openIdle(url, 200)).sockets);
  await gc();
  await sleep(1000);
  const before = rss();
  const t0 = performance.now();
  const { sockets, errors } = await openIdle(url, n);
  const openMs = performance.now() - t0;
  if (errors) fail("held", "open /ws/echo", `${errors} of ${n} sockets did not open`);
  let releasing = false;
  let closedEarly = 0;
  for (const ws of sockets) {
    ws.once("close", (code) => {
      if (releasing) return;
      if (++closedEarly <= 3) fail("held", "/ws/echo", `a held socket closed while held (code ${code})`);
    });
  }
  const opened = sockets.length;
  console.log(
    `  opened ${opened}/${n} in ${f(openMs / 1000, 1)} s; RSS ${f(MiB(before), 1)} → ${f(MiB(rss()), 1)} MiB`,
  );

  const curve: { t: number; kib: number }[] = [];
  const h0 = performance.now();
  for (let t = 0; t <= HOLD_S; t++) {
    await sleep(h0 + t * 1000 - performance.now());
    curve.push({ t, kib: rss() });
  }
  const stillOpen = sockets.filter((ws) => ws.readyState === 1).length;
  const echoed = await echoAll(
    sockets.filter((ws) => ws.readyState === 1),
    15_000,
  );
  if (closedEarly > 3) fail("held", "/ws/echo", `${closedEarly} held sockets closed while held in all`);
  if (echoed < stillOpen)
    fail("held", "/ws/echo", `${stillOpen - echoed} open sockets did not echo within 15 s`);
  console.log(
    `  after ${HOLD_S} s: ${stillOpen}/${opened} still open, ${echoed}/${stillOpen} echoed a message`,
  );
  const heldEnd = rss();
  const peak = Math.max(heldEnd, ...curve.map((c) => c.kib));

  releasing = true;
  await closeAll(sockets);
  await sleep(NATURAL_S * 1000);
  const natural = rss();
  const gcOk = await gc();
  const limit = Math.max(RETURN_MIB * 1024, RETURN_FRAC * (peak - before));
  let after = rss();
  let settleS = 0;
  while (settleS < SETTLE_S && alive() && !(after - before <= limit)) {
    await sleep(1000);
    settleS++;
    after = rss();
  }
  const returned = after - before <= limit;
  console.log(
    `  dropped all: RSS ${f(MiB(natural), 1)} MiB ${NATURAL_S} s later without a GC; ` +
      `${gcOk ? "after a full GC" : "the full GC FAILED"} and ${settleS} s ${f(MiB(after), 1)} MiB ` +
      `(${f(MiB(after - before), 1)} MiB over before; limit ${f(MiB(limit), 1)}): ${returned ? "returned" : "NOT returned"}`,
  );
  return {
    wanted: n,
    opened,
    openMs,
    stillOpen,
    echoed,
    before,
    peak,
    heldEnd,
    natural,
    after,
    settleS,
    limit,
    returned,
    curve,
  };
}

// ---- phase 2: churn over every scenario ----

type PerScenario = {
  variants: number;
  cycles: number;
  withSid: number;
  unexpected: number;
  labels: Map<string, number>;
};
type Sample = { t: number; kib: number; cycles: number; unexpected: number };

function getReport(sid: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.get(
      { host: "127.0.0.1", port: server.port, path: `/ws-report/${sid}`, agent: false, timeout: 5000 },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (err) => resolve({ status: 0, body: err.message }));
  });
}

/** The report of `sid` exists, is about `plan`, and is final (done) within 3 s. */
async function checkReport(plan: Plan, sid: string): Promise<string | undefined> {
  const until = performance.now() + 3000;
  for (;;) {
    const r = await getReport(sid);
    if (r.status !== 200) return `GET /ws-report/${sid}: ${r.status} ${r.body.slice(0, 100)}`;
    let rep: { session?: string; scenario?: string; done?: boolean };
    try {
      rep = JSON.parse(r.body) as typeof rep;
    } catch {
      return `GET /ws-report/${sid}: not JSON: ${r.body.slice(0, 100)}`;
    }
    if (rep.session !== sid || rep.scenario !== plan.scenario)
      return `report is about ${rep.scenario}/${rep.session}, expected ${plan.scenario}/${sid}`;
    if (rep.done) return undefined;
    if (performance.now() > until) return `report still not done 3 s after the client's close`;
    await sleep(100);
  }
}

type Churn = {
  cycles: number;
  withSid: number;
  reportChecks: number;
  seconds: number;
  samples: Sample[];
  byScenario: Map<string, PerScenario>;
};

async function churn(all: Plan[]): Promise<Churn> {
  console.log(
    `\nphase 2 — churn: ${SECONDS} s, ${CONCURRENCY} sockets in flight, ${all.length} variants of ` +
      `${new Set(all.map((p) => p.scenario)).size} scenarios; RSS every ${SAMPLE_S} s`,
  );
  const byScenario = new Map<string, PerScenario>();
  for (const p of all) {
    const s = byScenario.get(p.scenario) ?? {
      variants: 0,
      cycles: 0,
      withSid: 0,
      unexpected: 0,
      labels: new Map(),
    };
    s.variants++;
    byScenario.set(p.scenario, s);
  }
  const runs = new Map<Plan, number>();
  const base = `ws://127.0.0.1:${server.port}`;
  const before = unexpected.length;
  let cycles = 0;
  let withSid = 0;
  let reportChecks = 0;
  let next = 0;
  let slowInFlight = 0;
  // Slow variants take their turns in a rotation of their own, so that a freed slow slot does
  // not always go to the slow variant that follows the longest run of fast ones.
  const slowPlans = all.filter((p) => p.slow);
  let slowNext = 0;

  const pick = (): Plan => {
    for (;;) {
      const p = all[next++ % all.length]!;
      if (!p.slow) return p;
      if (slowInFlight < SLOW_SLOTS) return slowPlans[slowNext++ % slowPlans.length]!;
    }
  };

  const t0 = performance.now();
  const endAt = t0 + SECONDS * 1000;
  const samples: Sample[] = [];
  // Nominal times (multiples of SAMPLE_S): a busy event loop makes the interval drift.
  const sample = (t: number) => {
    const s = {
      t,
      kib: rss(),
      cycles,
      unexpected: unexpected.length - before,
    };
    samples.push(s);
    if (s.t > 0 && s.t % CURVE_S === 0) {
      const prev = samples.find((x) => x.t === s.t - CURVE_S)!;
      console.log(
        `  t ${String(s.t).padStart(4)} s  RSS ${f(MiB(s.kib), 1).padStart(6)} MiB  ${String(s.cycles).padStart(8)} cycles` +
          `  ${f((s.cycles - prev.cycles) / CURVE_S).padStart(5)}/s  ${s.unexpected} unexpected`,
      );
    }
  };
  sample(0);
  let ticks = 0;
  const sampler = setInterval(() => {
    if (++ticks * SAMPLE_S <= SECONDS) sample(ticks * SAMPLE_S);
  }, SAMPLE_S * 1000);

  const slot = async () => {
    while (performance.now() < endAt && alive()) {
      const plan = pick();
      const n = runs.get(plan) ?? 0;
      runs.set(plan, n + 1);
      // Alternate per variant, so every variant runs both with and without a sid.
      const sid = n % 2 === 0 ? randomBytes(16).toString("base64url") : undefined;
      const url = base + plan.path + (sid ? `${plan.path.includes("?") ? "&" : "?"}sid=${sid}` : "");
      if (plan.slow) slowInFlight++;
      const o = await runCycle(url, plan.protocols, plan.action, plan.timeoutMs ?? CYCLE_TIMEOUT_MS);
      if (plan.slow) slowInFlight--;
      cycles++;
      const s = byScenario.get(plan.scenario)!;
      s.cycles++;
      let why = mismatch(plan.expect, o);
      if (sid) {
        withSid++;
        s.withSid++;
        if (!why && withSid % REPORT_EVERY === 0) {
          reportChecks++;
          why = await checkReport(plan, sid);
        }
      }
      if (why) {
        s.unexpected++;
        s.labels.set(plan.label, (s.labels.get(plan.label) ?? 0) + 1);
        const t = f((performance.now() - t0) / 1000, 1);
        fail("churn", `${plan.label}${sid ? " (sid)" : ""}`, `t=${t} s, ${f(o.ms)} ms: ${why}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, slot));
  clearInterval(sampler);
  const seconds = (performance.now() - t0) / 1000;
  // The end of the churn needs a sample even when the interval did not come round to it.
  if (samples.at(-1)!.t < SECONDS) sample(SECONDS);
  return {
    cycles,
    withSid,
    reportChecks,
    seconds,
    samples,
    byScenario,
  };
}

// ---- main ----

async function main() {
  // Client (this process) and server each hold N sockets: the limit is per process.
  const fdMax = fdLimit();
  let idleN = IDLE_WANTED;
  if (fdMax < idleN + 100) {
    const lower = Math.max(100, fdMax - 100);
    console.warn(`warning: ulimit -n is ${fdMax}; held sockets lowered from ${idleN} to ${lower}`);
    idleN = lower;
  }
  console.log(
    `soak ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} cores ` +
      `(${os.cpus()[0]?.model ?? "?"}) · ulimit -n ${fdMax}`,
  );

  const all = plans();
  const missing = scenarioIds().filter((id) => !all.some((p) => p.scenario === id));
  console.log(
    `plan: ${idleN} held sockets for ${HOLD_S} s, then ${SECONDS} s of ${CONCURRENCY}-way churn over ` +
      `${all.length} variants of ${scenarioIds().length - missing.length}/${scenarioIds().length} scenarios, ` +
      `half with a sid; timeout ${TIMEOUT_S} s`,
  );
  for (const id of missing) fail("plan", id, "a catalogue scenario the soak does not run");
  const noted = all.filter((p) => p.notes.length);
  if (noted.length) {
    console.log(`changed from the catalogue's variants (shortened, or where ws differs from Chromium):`);
    for (const p of noted) console.log(`  ${p.label}: ${p.notes.join("; ")}`);
  }
  const slow = all.filter((p) => p.slow).map((p) => p.label);
  console.log(
    `slow (about 1 s each; at most ${SLOW_SLOTS} of the ${CONCURRENCY} slots at a time): ${slow.join(", ")}`,
  );

  inspectorPort = await freePort();
  server = await startNode({
    file: "scripts/bench/server-scenario.ts",
    nodeArgs: inspectArgs(inspectorPort),
    quiet: INSPECTOR_LINES,
  });
  let stopping = false;
  server.child.once("exit", (code, signal) => {
    serverGone = `exited with ${signal ?? code}`;
    if (!stopping) fail("server", "process", `the server ${serverGone}`);
  });
  console.log(
    `server: scripts/bench/server-scenario.ts, pid ${server.pid}, port ${server.port}, RSS ${f(MiB(rss()), 1)} MiB`,
  );

  const h = await held(idleN);
  const c = alive() ? await churn(all) : undefined;
  await sleep(1000);
  const rssAfterChurn = rss();
  const stillUp = alive();
  stopping = true;
  await stop(server);

  // ---- summary ----
  console.log(`\n== summary ==`);
  console.log(
    `held: ${h.opened}/${h.wanted} sockets opened in ${f(h.openMs / 1000, 1)} s; after ${HOLD_S} s ` +
      `${h.stillOpen} still open, ${h.echoed} echoed a message`,
  );
  const step = HOLD_S <= 10 ? 1 : 5 * Math.ceil(HOLD_S / 60);
  console.log(
    `  RSS MiB: before ${f(MiB(h.before), 1)} (after a full GC), peak ${f(MiB(h.peak), 1)} ` +
      `(+${f((h.peak - h.before) / Math.max(1, h.opened), 2)} KiB/socket), end of hold ${f(MiB(h.heldEnd), 1)}; ` +
      `dropped: ${NATURAL_S} s later ${f(MiB(h.natural), 1)} without a GC, after a full GC and ${h.settleS} s ` +
      `${f(MiB(h.after), 1)}: ${h.returned ? "returned" : "NOT returned"} (limit: before + max(${RETURN_MIB} MiB, ` +
      `${RETURN_FRAC * 100}% of the growth) = ${f(MiB(h.before + h.limit), 1)})`,
  );
  console.log(
    `  RSS while held (s → MiB): ` +
      h.curve
        .filter((x) => x.t % step === 0)
        .map((x) => `${x.t} → ${f(MiB(x.kib), 1)}`)
        .join(", "),
  );

  let flat = false;
  if (c) {
    console.log(
      `churn: ${c.cycles} cycles in ${f(c.seconds, 1)} s (${f(c.cycles / c.seconds)}/s), ${CONCURRENCY} in flight; ` +
        `${c.withSid} with a sid, ${c.reportChecks} wire reports read back`,
    );
    const W = [20, 8, 9, 9, 10];
    console.log(`  ${row(["scenario", "variants", "cycles", "with sid", "unexpected"], W)}`);
    for (const [id, s] of c.byScenario) {
      const which = [...s.labels].map(([l, k]) => `${l}: ${k}`).join(", ");
      console.log(
        `  ${row([id, s.variants, s.cycles, s.withSid, s.unexpected], W)}${which ? `  (${which})` : ""}`,
      );
    }
    console.log(`  RSS curve (t s, RSS MiB, cycles/s over the preceding ${CURVE_S} s):`);
    const curve = c.samples.filter((s) => s.t % CURVE_S === 0 || s === c.samples.at(-1));
    for (const s of curve) {
      const prev = [...c.samples].reverse().find((x) => x.t <= s.t - CURVE_S) ?? c.samples[0]!;
      const rate = s.t > prev.t ? (s.cycles - prev.cycles) / (s.t - prev.t) : NaN;
      console.log(`    ${String(s.t).padStart(4)}  ${f(MiB(s.kib), 1).padStart(7)}  ${f(rate).padStart(6)}`);
    }
    const inWin = (a: number, b: number) => c.samples.filter((s) => s.t >= a && s.t <= b).map((s) => s.kib);
    const firstAfterWarmup = c.samples.find((s) => s.t >= WARMUP_S) ?? c.samples.at(-1)!;
    const baseWin = inWin(WARMUP_S, WARMUP_S + WINDOW_S);
    const endWin = inWin(SECONDS - WINDOW_S, SECONDS);
    const base = median(baseWin.length ? baseWin : [firstAfterWarmup.kib]);
    const end = median(endWin.length ? endWin : [c.samples.at(-1)!.kib]);
    const kibs = c.samples.map((s) => s.kib);
    const tol = Math.max(FLAT_MIB * 1024, FLAT_FRAC * base);
    flat = end - base <= tol;
    console.log(
      `  RSS MiB: start ${f(MiB(kibs[0]!), 1)}, peak ${f(MiB(Math.max(...kibs)), 1)}, end ${f(MiB(kibs.at(-1)!), 1)}, ` +
        `1 s after the churn ${f(MiB(rssAfterChurn), 1)}`,
    );
    console.log(
      `  flat: median ${WARMUP_S}–${WARMUP_S + WINDOW_S} s ${f(MiB(base), 1)} → median ` +
        `${SECONDS - WINDOW_S}–${SECONDS} s ${f(MiB(end), 1)} (${end >= base ? "+" : ""}${f(MiB(end - base), 1)}; ` +
        `limit +max(${FLAT_MIB} MiB, ${FLAT_FRAC * 100}%) = +${f(MiB(tol), 1)}): ${flat ? "flat" : "NOT flat"}`,
    );
  }
  const byPhase = (ph: string) => unexpected.filter((u) => u.phase === ph).length;
  if (unexpected.length) {
    console.log(
      `unexpected results: ${unexpected.length}; the first ${Math.min(DETAILS, unexpected.length)}:`,
    );
    for (const u of unexpected.slice(0, DETAILS)) console.log(`  [${u.phase}] ${u.what}: ${u.detail}`);
  }
  const memoryOk = h.returned && flat;
  const pass = unexpected.length === 0 && memoryOk && stillUp;
  console.log(
    `\nverdict: ${unexpected.length} unexpected results (held ${byPhase("held")}, churn ${byPhase("churn")}, ` +
      `other ${unexpected.length - byPhase("held") - byPhase("churn")}) · memory ` +
      `${memoryOk ? "flat" : "NOT flat"} (held: ${h.returned ? "returned" : "not returned"}, churn: ${flat ? "flat" : "not flat"}) · ` +
      `server ${stillUp ? "up to the end" : serverGone} · ${pass ? "PASS" : "FAIL"}`,
  );
  clearTimeout(deadline);
  process.exitCode = pass ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
