/**
 * The baseline for scripts/bench/run.ts: a bare `ws` server that does only the same close.
 * Usage: node --import tsx scripts/bench/server-bare.ts [port] [--idle]; prints "ready <port>".
 * --idle: the connection handler does nothing (the idle-socket memory test).
 */
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

const idle = process.argv.includes("--idle");
const wss = new WebSocketServer({ port: Number(process.argv[2] ?? 0), host: "127.0.0.1" });

wss.on("connection", (ws) => {
  // Without a listener a client reset would be an uncaught 'error'; the engine has one too.
  ws.on("error", () => {});
  if (!idle) ws.close(4000, "bye");
});
wss.on("listening", () => console.log(`ready ${(wss.address() as AddressInfo).port}`));

// If the bench dies without killing us (SIGKILL), its end of our stdin closes: leave too.
process.stdin.on("end", () => process.exit(0)).resume();
