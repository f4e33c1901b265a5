import http from "node:http";
import type { AddressInfo } from "node:net";
import { attachScenarios } from "@/server/engine";
import type { Limits } from "@/server/limits";
import type { WireReport } from "@/lib/wire-report";

/**
 * The scenario engine alone on a free loopback port, plus an empty page at "/" for the browsers
 * to open sockets from: measuring needs no Next build. The same engine module server.ts runs.
 */
export async function startScenarioServer(limits: Partial<Limits> = {}) {
  const server = http.createServer((req, res) => {
    if (engine.handleHttp(req, res)) return;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>truth</title><p>scenario probe page</p>");
  });
  // Generous limits: a measurement run opens many sockets from one address, some held long.
  const engine = attachScenarios(server, { limits: { perIp: 10_000, ...limits } });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    async report(sid: string): Promise<WireReport | undefined> {
      for (let i = 0; i < 200; i++) {
        const res = await fetch(`${base}/ws-report/${sid}`);
        if (res.ok) {
          const r = (await res.json()) as WireReport;
          if (r.done) return r;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return undefined;
    },
    async close() {
      await engine.shutdown(1000);
      await new Promise<void>((r) => server.close(() => r()));
      await engine.close();
    },
  };
}
