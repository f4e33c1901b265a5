import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { getScenario, scenarios, type ScenarioId } from "@/lib/scenarios/catalogue";
import { parseParams, SESSION_PARAM, type ParamValues } from "@/lib/scenarios/params";
import { behaviours, closePolitely, ignore, type Ctx, type EngineHooks } from "./behaviours";
import { listHeader, rejectUpgrade } from "./handshake";
import { limitsFromEnv, type Limits } from "./limits";
import { NO_RECORD, Recorder } from "./report";
import { reportStoreFromEnv, type ReportStore } from "./report-store";

export const WS_PREFIX = "/ws/";

type Target = { pathname: string; search: string; searchParams: URLSearchParams };

/** The path of a scenario URL as browsers send it: nothing for WHATWG URL to normalise. */
const PLAIN_SCENARIO_PATH = /^\/ws\/[a-z0-9-]*(?:\?|$)/;

/**
 * The request target, or null when WHATWG URL rejects it ("http://[/x" is nobody's path).
 * A plain /ws/<id>?query (no "#", no dot segments or escapes in the path) is split by hand: it
 * reads the same as through new URL(), which costs several times more on every upgrade.
 */
function parseTarget(raw: string | undefined): Target | null {
  if (raw !== undefined && PLAIN_SCENARIO_PATH.test(raw) && !raw.includes("#")) {
    const q = raw.indexOf("?");
    if (q < 0) return { pathname: raw, search: "", searchParams: new URLSearchParams() };
    const search = q === raw.length - 1 ? "" : raw.slice(q);
    return { pathname: raw.slice(0, q), search, searchParams: new URLSearchParams(search) };
  }
  try {
    return new URL(raw ?? "/", "http://localhost");
  } catch {
    return null;
  }
}
/** The address the nearest proxy saw: the last X-Forwarded-For entry (earlier ones are client-made). */
export function lastForwardedHop(header: string | string[] | undefined): string | undefined {
  const v = Array.isArray(header) ? header.join(",") : header;
  if (!v) return undefined;
  const hop = v.slice(v.lastIndexOf(",") + 1).trim();
  return hop === "" ? undefined : hop;
}

export const REPORT_PREFIX = "/ws-report/";

export type Engine = {
  /** Serves /ws-report/<session> and plain HTTP on /ws/…; returns false for other paths. */
  handleHttp(req: IncomingMessage, res: ServerResponse): boolean;
  /** Closes every open scenario socket with 1012 and waits for them (bounded). */
  shutdown(timeoutMs?: number): Promise<void>;
  /** Sockets open now, and reports held in this process (null when they live in Redis). */
  stats(): { open: number; reports: number | null };
  /** Stops the engine's timer, writes out pending reports and disconnects from the store. */
  close(): Promise<void>;
};

type Check =
  | { ok: true; id: ScenarioId; p: ParamValues; sid: string | null }
  | { ok: false; status: number; message: string };

/**
 * Attaches the scenario engine to an http.Server: upgrades on /ws/<scenario>?… are validated
 * (HTTP 400 with the reason, before any upgrade), bounded by the limits, then run. Other
 * upgrades are left to other listeners (Next's HMR in dev) or refused by the caller.
 */
export function attachScenarios(
  server: Server,
  opts: { limits?: Partial<Limits>; store?: ReportStore } = {},
): Engine {
  const limits: Limits = { ...limitsFromEnv(), ...opts.limits };
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    clientTracking: false,
  });
  const store = opts.store ?? reportStoreFromEnv(limits);
  // Open sockets per client address, kept only while the limit can be reached: no address can
  // hold perIp sockets while fewer than perIp are open in all, and below that reading each
  // socket's address (a getpeername syscall per upgrade) would be wasted.
  // Behind a trusted proxy the address comes from a header, which is cheap: always count then.
  let perIp: Map<string, number> | null = limits.trustProxy ? new Map() : null;
  const countIp = (ip: string, by: number) => {
    const n = (perIp!.get(ip) ?? 0) + by;
    if (n <= 0) perIp!.delete(ip);
    else perIp!.set(ip, n);
  };
  // Insertion order is deadline order (one lifetime for all), so the sweep stops at the first
  // socket still in time. One shared timer instead of one per socket: cheaper per connection.
  const live = new Map<Socket, Ctx>();
  // Sockets whose client owes an answer to the server's last frame, by deadline (one timeout
  // for all, so insertion order is deadline order too).
  const closing = new Map<Socket, number>();
  const hooks: EngineHooks = {
    awaitAnswer(ctx) {
      if (!closing.has(ctx.socket)) closing.set(ctx.socket, performance.now() + limits.closeTimeoutMs);
    },
  };
  const sweepMs = Math.max(
    10,
    Math.min(1000, Math.floor(Math.min(limits.lifetimeMs, limits.closeTimeoutMs) / 10)),
  );
  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const [sock, deadline] of closing) {
      if (deadline > now) break;
      closing.delete(sock);
      live
        .get(sock)
        ?.rec.note(
          `no answer from the client ${limits.closeTimeoutMs / 1000} s after the server's last frame: dropping TCP`,
        );
      sock.destroy();
    }
    for (const [sock, ctx] of live) {
      if (ctx.deadline > now) break;
      if (ctx.expired) continue;
      ctx.expired = true;
      ctx.rec.note(`lifetime limit of ${limits.lifetimeMs / 1000} s reached`);
      // A polite close first, then the socket is destroyed whatever happens.
      const polite = closePolitely(ctx, 1008, "lifetime limit reached");
      setTimeout(() => sock.destroy(), polite ? 5000 : 0).unref();
    }
  }, sweepMs).unref();

  // One listener function for every socket ('close' is emitted with `this` = the socket), so an
  // open socket holds no closure of its own for it.
  function onSocketClose(this: Socket) {
    const ctx = live.get(this);
    if (!ctx) return;
    live.delete(this);
    closing.delete(this);
    if (perIp !== null && ctx.ip !== undefined) countIp(ctx.ip, -1);
    if (live.size === 0 && !limits.trustProxy) perIp = null;
    if (ctx.timers) for (const t of ctx.timers) clearTimeout(t);
    ctx.rec.finish();
  }

  function start(ctx: Ctx, id: ScenarioId) {
    if (ctx.socket.destroyed) return; // gone while its session id was being claimed
    try {
      // ctx.p was parsed and validated against this scenario's own specs (check() below).
      (behaviours[id] as (ctx: Ctx) => void)(ctx);
    } catch (err) {
      ctx.rec.note(`server error: ${(err as Error).message}`);
      ctx.socket.destroy();
    }
  }

  function check(url: Target): Check {
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
    return { ok: true, id: scenario.id, p: parsed.values, sid: url.searchParams.get(SESSION_PARAM) };
  }

  const usedSid = `${SESSION_PARAM}: this session id was already used; pick a new random one`;

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A client that vanishes mid-handshake must not crash the process (removed once `ws` has its own).
    socket.on("error", ignore);
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
    if (live.size >= limits.global)
      return rejectUpgrade(socket, 503, `server busy: ${limits.global} sockets open`, { "Retry-After": "5" });
    if (perIp === null && live.size + 1 >= limits.perIp) {
      perIp = new Map();
      for (const [s, x] of live) countIp((x.ip = s.remoteAddress ?? "?"), 1);
    }
    const ip =
      perIp === null
        ? undefined
        : ((limits.trustProxy ? lastForwardedHop(req.headers["x-forwarded-for"]) : undefined) ??
          req.socket.remoteAddress ??
          "?");
    if (ip !== undefined && (perIp!.get(ip) ?? 0) >= limits.perIp) {
      return rejectUpgrade(socket, 429, `too many sockets from your address (limit ${limits.perIp})`, {
        "Retry-After": "5",
      });
    }

    // Counted from here, before any wait, so concurrent upgrades cannot overshoot the limits.
    const sock = socket as Socket;
    const ctx: Ctx = {
      upgrade: { req, head },
      socket: sock,
      p: c.p,
      rec: NO_RECORD,
      limits,
      wss,
      timers: null,
      polite: null,
      deadline: performance.now() + limits.lifetimeMs,
      expired: false,
      ip,
      engine: hooks,
    };
    live.set(sock, ctx);
    if (ip !== undefined) countIp(ip, 1);
    sock.on("close", onSocketClose);
    if (c.sid === null) return start(ctx, c.id);

    const rec = new Recorder(
      {
        session: c.sid,
        scenario: c.id,
        params: c.p,
        request: {
          path: url.pathname + url.search,
          origin: req.headers.origin ?? null,
          protocols: listHeader(req.headers["sec-websocket-protocol"] as string | undefined),
          extensions: listHeader(req.headers["sec-websocket-extensions"] as string | undefined),
          userAgent: req.headers["user-agent"] ?? null,
        },
      },
      (r) => store.changed(r),
    );
    store.claim(rec.report).then(
      (claimed) => {
        if (!claimed) return rejectUpgrade(socket, 409, usedSid);
        ctx.rec = rec;
        start(ctx, c.id);
      },
      (err: Error) => {
        console.error(`report store: ${err.message}`);
        rejectUpgrade(socket, 503, "the wire-report store is unavailable; try again, or omit sid", {
          "Retry-After": "5",
        });
      },
    );
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
      const found = /^[A-Za-z0-9_-]{16,64}$/.test(sid) ? store.get(sid) : Promise.resolve(undefined);
      found.then(
        (report) =>
          answerJson(
            res,
            report ? 200 : 404,
            report ?? { error: "no report for this session (unknown, or expired after the TTL)" },
          ),
        (err: Error) => {
          console.error(`report store: ${err.message}`);
          answerJson(res, 503, { error: "the wire-report store is unavailable; try again in a few seconds" });
        },
      );
      return true;
    }
    if (url.pathname.startsWith(WS_PREFIX)) {
      const c = check(url);
      const used = c.ok && c.sid !== null ? store.has(c.sid).catch(() => false) : Promise.resolve(false);
      void used.then((taken) => {
        const status = !c.ok ? c.status : taken ? 409 : 426;
        const message = !c.ok
          ? c.message
          : taken
            ? usedSid
            : "this is a WebSocket endpoint: open it with new WebSocket(url)";
        res.writeHead(status, {
          "Content-Type": "text/plain; charset=utf-8",
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
          Upgrade: "websocket",
        });
        res.end(`${message}\n`);
      });
      return true;
    }
    return false;
  }

  async function shutdown(timeoutMs = 3000) {
    for (const [, ctx] of live) closePolitely(ctx, 1012, "server restarting");
    const deadline = Date.now() + timeoutMs;
    while (live.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }

  return {
    handleHttp,
    shutdown,
    stats: () => ({ open: live.size, reports: store.size }),
    close: () => {
      clearInterval(sweeper);
      return store.close();
    },
  };
}

function answerJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(JSON.stringify(body));
}
