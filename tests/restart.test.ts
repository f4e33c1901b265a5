import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, it } from "node:test";
import WebSocket from "ws";

/**
 * A restart of the process while sockets are open ends them with 1012, not silently: a child
 * process runs the engine with the same signal handling as server.ts, gets SIGTERM, and every
 * client must receive a close frame with 1012 before the process exits 0.
 */
const child = `
  import { createServer } from "node:http";
  import { attachScenarios } from "./server/engine.ts";
  import { installSignalHandlers } from "./server/lifecycle.ts";
  const server = createServer((req, res) => { if (!engine.handleHttp(req, res)) res.writeHead(404).end(); });
  const engine = attachScenarios(server);
  installSignalHandlers(server, engine);
  server.listen(0, "127.0.0.1", () => console.log("ready " + server.address().port));
`;

describe("restart", () => {
  it("SIGTERM closes open echo, raw and held sockets with 1012 and exits 0", async () => {
    const proc = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", child], {
      cwd: new URL("..", import.meta.url).pathname,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const port = await new Promise<number>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("child did not start")), 10_000);
      proc.stdout.on("data", (b: Buffer) => {
        const m = /ready (\d+)/.exec(b.toString());
        if (m) {
          clearTimeout(t);
          resolve(Number(m[1]));
        }
      });
    });
    const urls = ["/ws/echo", "/ws/echo?ping=1", "/ws/client-close?reply=never", "/ws/idle-proxy?idle=60"];
    const sockets = await Promise.all(
      urls.map(
        (u) =>
          new Promise<WebSocket>((resolve, reject) => {
            const ws = new WebSocket(`ws://127.0.0.1:${port}${u}`);
            ws.once("open", () => resolve(ws));
            ws.once("error", reject);
          }),
      ),
    );
    const closes = sockets.map(
      (ws) => new Promise<number>((resolve) => ws.once("close", (code: number) => resolve(code))),
    );
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    proc.kill("SIGTERM");
    const codes = await Promise.race([
      Promise.all(closes),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no close within 5 s")), 5000)),
    ]);
    assert.deepEqual(codes, [1012, 1012, 1012, 1012]);
    assert.equal(await exited, 0);
  });
});
