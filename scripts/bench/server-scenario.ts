/**
 * The scenario engine alone on a plain http.Server (no Next), for scripts/bench/run.ts.
 * Usage: node --import tsx scripts/bench/server-scenario.ts [port]; prints "ready <port>".
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { attachScenarios } from "@/server/engine";

const server = createServer((req, res) => {
  if (!engine.handleHttp(req, res)) res.writeHead(404).end();
});
// Limits far above what the bench opens: it measures what serving costs, not the refusals.
const engine = attachScenarios(server, {
  limits: { perIp: 1_000_000, global: 1_000_000, lifetimeMs: 3_600_000 },
});

server.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => {
  console.log(`ready ${(server.address() as AddressInfo).port}`);
});

// If the bench dies without killing us (SIGKILL), its end of our stdin closes: leave too.
process.stdin.on("end", () => process.exit(0)).resume();
