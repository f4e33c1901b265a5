/**
 * A full garbage collection in another Node process, from outside, through its inspector: the
 * child is started with `--inspect-port=127.0.0.1:<port>` (inactive until asked), SIGUSR1
 * turns the inspector on, and HeapProfiler.collectGarbage runs a full GC over the DevTools
 * protocol. With it, "RSS did not come down" can be told apart from "nothing has collected the
 * garbage yet": an idle V8 heap may not be collected for a long time.
 */
import http from "node:http";
import net from "node:net";
import WebSocket from "ws";
import { sleep } from "../bench/proc";

/** A free loopback port for the child's inspector (freed again at once; the race is harmless). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Node options that make the child's inspector available on `port` once it gets SIGUSR1. */
export const inspectArgs = (port: number) => [`--inspect-port=127.0.0.1:${port}`];

/** The inspector's own lines on the child's stderr, left out of the soak's output. */
export const INSPECTOR_LINES =
  /^(Debugger listening on |Debugger attached\.|Debugger ending on |For help, see: )/;

function debuggerUrl(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = http.get(
      { host: "127.0.0.1", port, path: "/json/list", agent: false, timeout: 2000 },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => {
          try {
            const list = JSON.parse(body) as { webSocketDebuggerUrl?: string }[];
            resolve(list[0]?.webSocketDebuggerUrl);
          } catch {
            resolve(undefined);
          }
        });
      },
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(undefined));
  });
}

const activated = new Set<number>();

/** Runs a full GC in process `pid` (inspector on `port`); throws when it cannot. */
export async function forceGc(pid: number, port: number): Promise<void> {
  if (!activated.has(pid)) {
    process.kill(pid, "SIGUSR1");
    activated.add(pid);
  }
  let url: string | undefined;
  for (let i = 0; i < 50 && !url; i++) {
    url = await debuggerUrl(port);
    if (!url) await sleep(100);
  }
  if (!url) throw new Error(`the inspector of ${pid} did not answer on port ${port}`);
  const ws = new WebSocket(url, { perMessageDeflate: false });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("HeapProfiler.collectGarbage: no answer in 30 s")),
        30_000,
      );
      ws.on("error", reject);
      ws.on("open", () => ws.send(JSON.stringify({ id: 1, method: "HeapProfiler.collectGarbage" })));
      ws.on("message", (data) => {
        const msg = JSON.parse(String(data)) as { id?: number; error?: { message: string } };
        if (msg.id !== 1) return;
        clearTimeout(timer);
        if (msg.error) reject(new Error(`HeapProfiler.collectGarbage: ${msg.error.message}`));
        else resolve();
      });
    });
  } finally {
    ws.close();
  }
}
