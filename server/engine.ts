import { randomBytes } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { getScenario, scenarios } from "@/lib/scenarios/catalogue";
import { parseParams, SESSION_PARAM } from "@/lib/scenarios/params";
import { behaviours, type Ctx } from "./behaviours";
import { listHeader, rejectUpgrade } from "./handshake";
import { limitsFromEnv, type Limits } from "./limits";
import { Recorder, ReportStore } from "./report";

export const WS_PREFIX = "/ws/";

/** A request target Node accepted but WHATWG URL rejects ("http://[/x") is nobody's path. */
function parseTarget(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? "/", "http://localhost");
  } catch {
    return null;
  }
}
export const REPORT_PREFIX = "/ws-report/";

export type Engine = {
  /** Serves /ws-report/<session> and plain HTTP on /ws/…; returns false for other paths. */
  handleHttp(req: IncomingMessage, res: ServerResponse): boolean;
  /** Closes every open scenario socket with 1012 and waits for them (bounded). */
  shutdown(timeoutMs?: number): Promise<void>;
  stats(): { open: number; reports: number };
};

type Check =
  | {
      ok: true;
      ctxInit: Omit<Ctx, "socket" | "head" | "rec" | "onShutdown" | "timers" | "wss" | "limits" | "req"> & {
        id: string;
        sid: string;
      };
    }
  | { ok: false; status: number; message: string };

/**
 * Attaches the scenario engine to an http.Server: upgrades on /ws/<scenario>?… are validated
 * (HTTP 400 with the reason, before any upgrade), bounded by the limits, then run. Other
 * upgrades are left to other listeners (Next's HMR in dev) or refused by the caller.
 */
export function attachScenarios(server: Server, opts: { limits?: Partial<Limits> } = {}): Engine {
  const limits: Limits = { ...limitsFromEnv(), ...opts.limits };
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    clientTracking: false,
  });
  const store = new ReportStore(limits.reportTtlMs, limits.maxReports);
  const perIp = new Map<string, number>();
  const shutdowns = new Map<Socket, (code: number, reason: string) => void>();
  let open = 0;

  function check(url: URL): Check {
    const id = url.pathname.slice(WS_PREFIX.length);
    const scenario = getScenario(id);
    if (!scenario) {
      return {
        ok: false,
        status: 404,
        message: `unknown scenario ${JSON.stringify(id.slice(0, 40))}; known: ${scenarios.map((s) => s.id).join(", ")}`,
      };
    }
    const parsed = parseParams(scenario.params, url.searchParams);
    if (!parsed.ok) return { ok: false, status: 400, message: `${id}: ${parsed.error}` };
    const rule = scenario.validate?.(parsed.values);
    if (rule) return { ok: false, status: 400, message: `${id}: ${rule}` };
    const sid = url.searchParams.get(SESSION_PARAM) ?? randomBytes(16).toString("base64url");
    if (store.has(sid))
      return {
        ok: false,
        status: 409,
        message: `${SESSION_PARAM}: this session id was already used; pick a new random one`,
      };
    return { ok: true, ctxInit: { id, sid, p: parsed.values } };
  }

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => {}); // a client that vanishes mid-handshake must not crash the process
    const url = parseTarget(req.url);
    if (!url) return rejectUpgrade(socket, 400, "the request target is not a valid URL");
    if (!url.pathname.startsWith(WS_PREFIX)) return; // not ours

    const c = check(url);
    if (!c.ok) return rejectUpgrade(socket, c.status, c.message);
    if ((req.headers.upgrade ?? "").toLowerCase() !== "websocket" || !req.headers["sec-websocket-key"]) {
      return rejectUpgrade(socket, 400, "not a WebSocket upgrade request");
    }
    if (req.headers["sec-websocket-version"] !== "13") {
      return rejectUpgrade(socket, 426, "only WebSocket version 13 is supported", {
        "Sec-WebSocket-Version": "13",
      });
    }
    const ip = req.socket.remoteAddress ?? "?";
    if (open >= limits.global)
      return rejectUpgrade(socket, 503, `server busy: ${limits.global} sockets open`, { "Retry-After": "5" });
    if ((perIp.get(ip) ?? 0) >= limits.perIp) {
      return rejectUpgrade(socket, 429, `too many sockets from your address (limit ${limits.perIp})`, {
        "Retry-After": "5",
      });
    }

    const { id, sid, p } = c.ctxInit;
    const rec = new Recorder({
      session: sid,
      scenario: id,
      params: p,
      request: {
        path: url.pathname + url.search,
        origin: req.headers.origin ?? null,
        protocols: listHeader(req.headers["sec-websocket-protocol"] as string | undefined),
        extensions: listHeader(req.headers["sec-websocket-extensions"] as string | undefined),
        userAgent: req.headers["user-agent"] ?? null,
      },
    });
    store.put(rec.report);

    const sock = socket as Socket;
    open++;
    perIp.set(ip, (perIp.get(ip) ?? 0) + 1);
    const timers = new Set<NodeJS.Timeout>();
    const ctx: Ctx = {
      req,
      socket: sock,
      head,
      p,
      rec,
      limits,
      wss,
      timers,
      onShutdown: (fn) => shutdowns.set(sock, fn),
    };
    // Maximum lifetime: a polite close first, then the socket is destroyed whatever happens.
    const lifetime = setTimeout(() => {
      rec.note(`lifetime limit of ${limits.lifetimeMs / 1000} s reached`);
      const polite = shutdowns.get(sock);
      if (polite) polite(1008, "lifetime limit reached");
      setTimeout(() => sock.destroy(), 5000).unref();
    }, limits.lifetimeMs);
    sock.once("close", () => {
      open--;
      const n = (perIp.get(ip) ?? 1) - 1;
      if (n <= 0) perIp.delete(ip);
      else perIp.set(ip, n);
      clearTimeout(lifetime);
      for (const t of timers) clearTimeout(t);
      shutdowns.delete(sock);
      rec.report.done = true;
    });
    try {
      behaviours[id]!(ctx);
    } catch (err) {
      rec.note(`server error: ${(err as Error).message}`);
      sock.destroy();
    }
  });

  function handleHttp(req: IncomingMessage, res: ServerResponse): boolean {
    const url = parseTarget(req.url);
    if (!url) {
      res.writeHead(400, {
        "Content-Type": "text/plain; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
      });
      res.end("the request target is not a valid URL\n");
      return true;
    }
    if (url.pathname.startsWith(REPORT_PREFIX)) {
      const sid = url.pathname.slice(REPORT_PREFIX.length);
      const report = /^[A-Za-z0-9_-]{16,64}$/.test(sid) ? store.get(sid) : undefined;
      res.writeHead(report ? 200 : 404, {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(
        JSON.stringify(report ?? { error: "no report for this session (unknown, or expired after the TTL)" }),
      );
      return true;
    }
    if (url.pathname.startsWith(WS_PREFIX)) {
      const c = check(url);
      const status = c.ok ? 426 : c.status;
      const message = c.ok ? "this is a WebSocket endpoint: open it with new WebSocket(url)" : c.message;
      res.writeHead(status, {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        Upgrade: "websocket",
      });
      res.end(`${message}\n`);
      return true;
    }
    return false;
  }

  async function shutdown(timeoutMs = 3000) {
    for (const [, fn] of shutdowns) fn(1012, "server restarting");
    const deadline = Date.now() + timeoutMs;
    while (open > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }

  return { handleHttp, shutdown, stats: () => ({ open, reports: store.size }) };
}
