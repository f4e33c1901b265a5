import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import WebSocket from "ws";
import { attachScenarios, type Engine } from "@/server/engine";
import type { Limits } from "@/server/limits";
import type { WireReport } from "@/lib/wire-report";
import { get, within, type Res } from "./http";

/**
 * The scenario engine on a real http.Server on 127.0.0.1, wired as server.ts wires it, with `ws`
 * (or a raw TCP socket) as the client: the harness the engine and fault tests share.
 */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const newSid = () => randomBytes(16).toString("base64url");

export type Harness = {
  port: number;
  engine: Engine;
  ws(path: string, headers?: Record<string, string>): WebSocket;
  get(path: string): Promise<Res>;
};

/** A fresh server per test; everything it opened is torn down afterwards. */
export async function withServer(limits: Partial<Limits>, fn: (h: Harness) => Promise<void>) {
  const sockets = new Set<net.Socket>();
  const clients = new Set<WebSocket>();
  // As in server.ts: the request handler runs only after `engine` below is assigned.
  const server = http.createServer((req, res) => {
    if (engine.handleHttp(req, res)) return;
    res.writeHead(404).end("not ours\n");
  });
  const engine = attachScenarios(server, { limits: { lifetimeMs: 10_000, ...limits } });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const h: Harness = {
    port,
    engine,
    ws(p, headers) {
      const ws = new WebSocket(`ws://127.0.0.1:${port}${p}`, { headers });
      ws.on("error", () => {}); // asserted through events below; never an unhandled 'error'
      clients.add(ws);
      return ws;
    },
    get: (p) => get(port, p),
  };
  try {
    await fn(h);
  } finally {
    for (const c of clients) c.terminate();
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
    await engine.close();
  }
}

export function opened(ws: WebSocket): Promise<void> {
  return within(
    new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
      ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    }),
    3000,
    `open ${ws.url}`,
  );
}

export type Closed = { code: number; reason: string; errors: Error[] };

export function closed(ws: WebSocket, ms = 3000): Promise<Closed> {
  const errors: Error[] = [];
  ws.on("error", (e) => errors.push(e));
  return within(
    new Promise<Closed>((resolve) => {
      ws.once("close", (code, reason) => resolve({ code, reason: reason.toString("utf8"), errors }));
    }),
    ms,
    `close of ${ws.url}`,
  );
}

/** The plain HTTP answer to an upgrade that was refused ('unexpected-response'). */
export function refused(ws: WebSocket): Promise<Res> {
  return within(
    new Promise<Res>((resolve, reject) => {
      ws.once("open", () => reject(new Error(`${ws.url} opened; expected a refusal`)));
      ws.once("unexpected-response", (_req, res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          ws.terminate();
        });
      });
    }),
    3000,
    `refusal of ${ws.url}`,
  );
}

export function nextMessage(ws: WebSocket): Promise<Buffer> {
  return within(
    new Promise<Buffer>((resolve) => ws.once("message", (d) => resolve(Buffer.from(d as Buffer)))),
    3000,
    "message",
  );
}

export async function waitFor(cond: () => boolean, what: string, ms = 2000) {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export async function reportWhenDone(h: Harness, sid: string): Promise<WireReport> {
  const deadline = Date.now() + 3000;
  for (;;) {
    const r = await h.get(`/ws-report/${sid}`);
    assert.equal(r.status, 200, r.body);
    assert.match(String(r.headers["content-type"]), /^application\/json/);
    const report = JSON.parse(r.body) as WireReport;
    if (report.done) return report;
    if (Date.now() > deadline) throw new Error(`report ${sid} never became done`);
    await sleep(30);
  }
}

export const upgradeRequest = (target: string, extra = "") =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
  `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`;

/** Writes `text` on a raw socket and collects whatever comes back until close or `ms`. */
export function rawExchange(port: number, text: string, ms = 1000): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1", () => s.write(text));
    let got = "";
    s.on("data", (d) => (got += d.toString("latin1")));
    s.on("error", () => {});
    const done = () => {
      clearTimeout(timer);
      s.destroy();
      resolve(got);
    };
    const timer = setTimeout(done, ms);
    s.on("close", done);
  });
}
