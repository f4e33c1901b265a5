/**
 * `npm run bench:cli` — how fast the closecodes CLI is, side by side in one run, interleaved:
 *  1. `closecodes 1000` against `node -e 0` (the floor: Node's own start). Target ≤ 1.5×.
 *  2. `closecodes probe ws://127.0.0.1:P/` against a bare `ws` client doing the same connect →
 *     close against the same loopback server, each a whole process as a user runs it. Target ≤ 1.2×.
 * Both measure wall time from spawn to exit, ROUNDS rounds (env BENCH_CLI_ROUNDS, default 30),
 * and print min / median / max and the ratio of medians; the exit status is 1 when a target is missed.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { WebSocketServer } from "ws";
import { buildPackage } from "../package/build";
import { envInt, root } from "./proc";

const ROUNDS = envInt("BENCH_CLI_ROUNDS", 30);
const TARGET_EXPLAIN = 1.5;
const TARGET_PROBE = 1.2;

function timed(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`));
      else resolve(ms);
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;

/** Runs each command once per round, in alternating order, so drift hits both alike. */
async function sideBySide(a: () => Promise<number>, b: () => Promise<number>) {
  const ta: number[] = [];
  const tb: number[] = [];
  await a();
  await b(); // warm the file cache for both
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2) {
      tb.push(await b());
      ta.push(await a());
    } else {
      ta.push(await a());
      tb.push(await b());
    }
  }
  return { ta, tb, ratio: median(ta) / median(tb) };
}

async function main() {
  const { cli, dir } = await buildPackage();
  console.log(`closecodes built into ${dir}; Node ${process.version}; ${ROUNDS} interleaved rounds`);
  let ok = true;

  const explain = await sideBySide(
    () => timed(process.execPath, [cli, "1000"]),
    () => timed(process.execPath, ["-e", "0"]),
  );
  ok &&= explain.ratio <= TARGET_EXPLAIN;
  console.log(`\nclosecodes 1000      ${fmt(explain.ta)}`);
  console.log(`node -e 0            ${fmt(explain.tb)}`);
  console.log(
    `ratio ${explain.ratio.toFixed(2)}× (target ≤ ${TARGET_EXPLAIN}×) ${explain.ratio <= TARGET_EXPLAIN ? "ok" : "MISSED"}`,
  );

  // The server both clients talk to: a bare ws server that closes every socket with 1000 on open.
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  wss.on("connection", (ws) => ws.close(1000, "bye"));
  await new Promise((r) => wss.once("listening", r));
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
  // The bare client: the `ws` package, connect, wait for close, exit. Loaded from the site's
  // node_modules, the same way the CLI is a plain `node` process.
  const bare = join(dir, "bare-ws-client.mjs");
  writeFileSync(
    bare,
    `import WebSocket from ${JSON.stringify(join(root, "node_modules/ws/wrapper.mjs"))};
const ws = new WebSocket(process.argv[2]);
ws.on("close", (code) => { process.exitCode = code === 1000 ? 0 : 1; });
ws.on("error", () => { process.exitCode = 1; });
`,
  );
  const probe = await sideBySide(
    () => timed(process.execPath, [cli, "probe", url]),
    () => timed(process.execPath, [bare, url]),
  );
  wss.close();
  ok &&= probe.ratio <= TARGET_PROBE;
  console.log(`\nclosecodes probe     ${fmt(probe.ta)}`);
  console.log(`bare ws client       ${fmt(probe.tb)}`);
  console.log(
    `ratio ${probe.ratio.toFixed(2)}× (target ≤ ${TARGET_PROBE}×) ${probe.ratio <= TARGET_PROBE ? "ok" : "MISSED"}`,
  );
  process.exitCode = ok ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
