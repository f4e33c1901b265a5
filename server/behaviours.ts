import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import type { RawData, WebSocket, WebSocketServer } from "ws";
import type { ParamsOf, ScenarioId } from "@/lib/scenarios/catalogue";
import type { ParamValues } from "@/lib/scenarios/params";
import { closeFrame, encodeFrame, Opcode, type Frame } from "closecodes/wire";
import { listHeader, rejectUpgrade, switchingProtocols } from "./handshake";
import type { Limits } from "./limits";
import type { Rec } from "./report";
import { NO_TAP, tapSocket, type Tap } from "./tap";

/**
 * What each scenario does on the wire. Ordinary behaviour (close with a valid code, echo, pings)
 * goes through `ws`; everything `ws` refuses to do is written as raw frames on the socket.
 */
export type Ctx<P = ParamValues> = {
  /** The upgrade request, until the handshake is answered: then dropped, so an open socket does
   * not keep its IncomingMessage (headers and all) alive. */
  upgrade: { req: IncomingMessage; head: Buffer } | null;
  socket: Socket;
  p: P;
  rec: Rec;
  limits: Limits;
  wss: WebSocketServer;
  /** Pending timers, cleared when the socket closes; created on first use. */
  timers: Set<NodeJS.Timeout> | null;
  /**
   * How to close this socket politely when the process restarts or the lifetime ends: the `ws`
   * socket (its close()), or a function for raw scenarios; null until the handshake is done.
   */
  polite: WebSocket | ((code: number, reason: string) => void) | null;
  // The engine's bookkeeping for the lifetime limit and per-address counts. One record per
  // socket (this one) instead of several small objects and closures: idle sockets are cheap.
  deadline: number;
  expired: boolean;
  ip: string | undefined;
  /** Shared by every socket of one engine. */
  engine: EngineHooks;
};

export type EngineHooks = {
  /**
   * The server has sent its last frame: if the client neither answers nor closes TCP within
   * limits.closeTimeoutMs, TCP is dropped (noted in the report). Kept by the engine in one
   * ordered map swept by its timer, not a timer per socket: every close cycle calls this.
   */
  awaitAnswer(ctx: Ctx): void;
};

/** Closes a socket politely, however its scenario speaks (see Ctx.polite). */
export function closePolitely(ctx: Ctx, code: number, reason: string): boolean {
  const p = ctx.polite;
  if (p === null) return false;
  if (typeof p === "function") p(code, reason);
  else p.close(code, reason);
  return true;
}

/** The upgrade request, once: whoever answers the handshake takes it. */
function takeUpgrade(ctx: Ctx): { req: IncomingMessage; head: Buffer } {
  const u = ctx.upgrade;
  if (!u) throw new Error("the handshake was already answered");
  ctx.upgrade = null;
  return u;
}

const later = (ctx: Ctx, ms: number, fn: () => void): NodeJS.Timeout | undefined => {
  // No delay means now: setTimeout(0) costs a timer and rounds up to 1 ms (see README benchmarks).
  if (ms === 0) {
    if (!ctx.socket.destroyed) fn();
    return undefined;
  }
  const timers = (ctx.timers ??= new Set());
  const t = setTimeout(() => {
    timers.delete(t);
    if (!ctx.socket.destroyed) fn();
  }, ms);
  timers.add(t);
  return t;
};

/** Swallows errors: a client that vanishes mid-handshake must not crash the process. */
export const ignore = () => {};

const kCtx = Symbol("ctx");
type EchoSocket = WebSocket & { [kCtx]: Ctx };

/**
 * `ws` calls message listeners with `this` set to the socket: one function for every echo.
 * A client that sends but never reads would make the echo buffer without end: past
 * maxBufferedBytes waiting it is closed with 1008 (and dropped if it does not answer).
 */
function echoBack(this: WebSocket, data: RawData, isBinary: boolean) {
  const ctx = (this as EchoSocket)[kCtx];
  if (this.readyState !== this.OPEN) return;
  if (this.bufferedAmount > ctx.limits.maxBufferedBytes) {
    ctx.rec.note(`the client is not reading: ${this.bufferedAmount} bytes waiting; closing with 1008`);
    closeWs(ctx, this, 1008, "not reading: too much data waiting");
    return;
  }
  this.send(data, { binary: isBinary });
}

/** Chromium's wait for the server's answer to its own close (see shared reference). */
const CLIENT_GIVES_UP_MS = 60_000;

/** ws.close(), bounded: `ws` itself would wait 30 s for a client that never answers. */
function closeWs(ctx: Ctx, ws: WebSocket, code: number, reason: string) {
  ws.close(code, reason);
  ctx.engine.awaitAnswer(ctx);
}

/** Writes the server's last frame on a raw socket and bounds the wait for the answer. */
function sendLast(ctx: Ctx, ...frames: Buffer[]) {
  for (const f of frames) ctx.socket.write(f);
  ctx.engine.awaitAnswer(ctx);
}

function startEcho(ctx: Ctx, ws: WebSocket) {
  (ws as EchoSocket)[kCtx] = ctx;
  ws.on("message", echoBack);
}

/**
 * Completes the handshake with `ws`. The socket is tapped only when something reads the tap: a
 * wire report (the session has an id) or the scenario itself (`needsTap`, e.g. idle timers).
 */
function withWs(ctx: Ctx, run: (ws: WebSocket, tap: Tap) => void, needsTap = false) {
  const { req, head } = takeUpgrade(ctx);
  ctx.wss.handleUpgrade(req, ctx.socket, head, (ws) => {
    const rec = ctx.rec;
    rec.respond({ status: 101, protocol: ws.protocol || undefined, extensions: ws.extensions || undefined });
    const tap = rec.on || needsTap ? tapSocket(ctx.socket, rec, ctx.limits.maxMessageBytes) : NO_TAP;
    // Without a listener an 'error' (a client's bad frame) would be thrown; ws then closes 1002/1007/1009.
    ws.on("error", rec.on ? (err) => rec.note(`ws: ${err.message}`) : ignore);
    // ws listens for socket errors from here on: ours (see the engine) would only cost memory.
    ctx.socket.removeListener("error", ignore);
    ctx.polite = ws;
    run(ws, tap);
  });
}

/** Completes the handshake by hand and taps the socket; the scenario then writes raw frames. */
function raw(ctx: Ctx, opts: Parameters<typeof switchingProtocols>[1] = {}): Tap {
  const { req, head } = takeUpgrade(ctx);
  ctx.socket.write(switchingProtocols(req, opts));
  ctx.rec.respond({ status: 101, protocol: opts.protocol, extensions: opts.extensions });
  const tap = tapSocket(ctx.socket, ctx.rec, ctx.limits.maxMessageBytes);
  if (head.length) ctx.socket.unshift(head);
  // HTTP server sockets allow half-open TCP: when the browser sends FIN, finish ours too.
  ctx.socket.on("end", () => ctx.socket.end());
  // A raw socket must still end: if the browser never closes, give up after a few seconds.
  let closing = false;
  ctx.polite = (code, reason) => {
    if (closing) return;
    closing = true;
    ctx.socket.write(closeFrame(code, reason));
    later(ctx, 2000, () => ctx.socket.destroy());
  };
  return tap;
}

const onClose = (tap: Tap, fn: (f: Frame) => void) =>
  tap.onFrame((f) => {
    if (f.opcode === Opcode.close) fn(f);
  });

/** After the browser answers our close (or sends its own), finish TCP from our side. */
const endOnClose = (ctx: Ctx, tap: Tap) => onClose(tap, () => ctx.socket.end());

/** Did the page offer this extension in its upgrade request? */
function offered(ctx: Ctx, extension: string): boolean {
  const h = ctx.upgrade?.req.headers["sec-websocket-extensions"];
  return listHeader(typeof h === "string" ? h : undefined).some((e) => e.split(";")[0]!.trim() === extension);
}

/** A 64-bit length whose most significant bit is set (§5.2: it MUST be 0). */
const topBitLength = Buffer.concat([Buffer.from([0x81, 127, 0x80, 0, 0, 0, 0, 0, 0, 2]), Buffer.from("hi")]);

/** The further ways a server frame can break RFC 6455, each a byte-exact frame (or frames). */
const VIOLATION_FRAMES: Record<string, Buffer> = {
  // §5.2: RSV2 and RSV3 must be 0 unless an extension defines them.
  rsv2: encodeFrame({ opcode: Opcode.text, payload: "hi", rsv2: true }),
  rsv3: encodeFrame({ opcode: Opcode.text, payload: "hi", rsv3: true }),
  // §5.5: control frames must not be fragmented and carry at most 125 bytes.
  "fragmented-ping": encodeFrame({ opcode: Opcode.ping, payload: "p", fin: false }),
  "fragmented-close": encodeFrame({ opcode: Opcode.close, payload: Buffer.from([0x03, 0xe8]), fin: false }),
  "long-ping": encodeFrame({ opcode: Opcode.ping, payload: Buffer.alloc(126, 0x70) }),
  // §5.2: "the minimal number of bytes MUST be used to encode the length".
  "non-minimal-length": encodeFrame({ opcode: Opcode.text, payload: "hi", forceLength16: true }),
  "length-top-bit": topBitLength,
  // §5.4: a continuation frame with no message started, and a new message inside a fragmented one.
  "orphan-continuation": encodeFrame({ opcode: Opcode.continuation, payload: "hi" }),
  interleaved: Buffer.concat([
    encodeFrame({ opcode: Opcode.text, payload: "a", fin: false }),
    encodeFrame({ opcode: Opcode.text, payload: "b" }),
  ]),
  // §8.1: the whole message must be valid UTF-8; "caf" + the first byte of "é", then the end.
  "partial-utf8": Buffer.concat([
    encodeFrame({ opcode: Opcode.text, payload: Buffer.from([0x63, 0x61, 0x66, 0xc3]), fin: false }),
    encodeFrame({ opcode: Opcode.continuation, payload: Buffer.alloc(0) }),
  ]),
  // permessage-deflate was agreed (RFC 7692): RSV1 set, and a payload that is not DEFLATE data.
  "deflate-garbage": encodeFrame({
    opcode: Opcode.text,
    payload: Buffer.from([0xff, 0xff, 0xff, 0xff]),
    rsv1: true,
  }),
};

/**
 * What each scenario does, keyed by id: the compiler checks that every scenario has exactly one
 * behaviour, and each behaviour reads its own parameters typed (ParamsOf), as the engine parsed
 * and validated them against that scenario's specs.
 */
export const behaviours: { [K in ScenarioId]: (ctx: Ctx<ParamsOf<K>>) => void } = {
  close(ctx) {
    withWs(ctx, (ws) => {
      later(ctx, ctx.p.delay, () => {
        for (let i = 1; i <= ctx.p.after; i++) ws.send(`message ${i}`);
        closeWs(ctx, ws, ctx.p.code, ctx.p.reason);
      });
    });
  },

  "close-raw"(ctx) {
    const tap = raw(ctx);
    endOnClose(ctx, tap);
    later(ctx, ctx.p.delay, () => sendLast(ctx, closeFrame(ctx.p.code, ctx.p.reason)));
  },

  "empty-close"(ctx) {
    const tap = raw(ctx);
    endOnClose(ctx, tap);
    later(ctx, ctx.p.delay, () => sendLast(ctx, closeFrame(null)));
  },

  "malformed-close"(ctx) {
    const tap = raw(ctx);
    endOnClose(ctx, tap);
    const frames: Record<string, Buffer> = {
      // §5.5.1: a body, if present, starts with a 2-byte code; one byte is neither.
      "one-byte": Buffer.from([0x88, 0x01, 0x03]),
      "invalid-utf8": closeFrame(1000, Buffer.from([0xff, 0xfe, 0xfd])),
      // 2 + 124 = 126 bytes: over the 125-byte control-frame limit (§5.5), so a 16-bit length.
      "long-reason": closeFrame(1000, "x".repeat(124)),
    };
    later(ctx, ctx.p.delay, () => sendLast(ctx, frames[ctx.p.kind]!));
  },

  drop(ctx) {
    raw(ctx);
    later(ctx, ctx.p.delay, () => {
      if (ctx.p.how === "rst") ctx.socket.resetAndDestroy();
      else if (ctx.p.how === "half-frame")
        ctx.socket.end(encodeFrame({ opcode: Opcode.text, payload: "hello" }).subarray(0, 4));
      else ctx.socket.end();
    });
  },

  "close-then-rst"(ctx) {
    raw(ctx);
    ctx.socket.write(closeFrame(1000, ctx.p.reason));
    later(ctx, ctx.p.gap, () => ctx.socket.resetAndDestroy());
  },

  "close-then-data"(ctx) {
    const tap = raw(ctx);
    endOnClose(ctx, tap);
    later(ctx, ctx.p.delay, () => {
      sendLast(ctx, closeFrame(1000, "c"), encodeFrame({ opcode: Opcode.text, payload: "late" }));
    });
  },

  "close-keep-tcp"(ctx) {
    raw(ctx);
    // Keep TCP open: Chromium closes it after 2 s; raw() follows its FIN.
    sendLast(ctx, closeFrame(1000, ctx.p.reason));
  },

  "handshake-status"(ctx) {
    const status = ctx.p.status;
    ctx.rec.respond({ status });
    ctx.upgrade = null;
    rejectUpgrade(ctx.socket, status, `scenario handshake-status: answering ${status} instead of 101`);
    // The report taps TCP only after a 101: say here how this connection ended.
    ctx.rec.tcp("server", "fin");
  },

  "handshake-accept"(ctx) {
    raw(ctx, { accept: ctx.p.kind === "missing" ? null : randomBytes(20).toString("base64") });
    later(ctx, 5000, () => ctx.socket.destroy());
  },

  "handshake-protocol"(ctx) {
    const offered = listHeader(ctx.upgrade?.req.headers["sec-websocket-protocol"] as string | undefined);
    raw(ctx, { protocol: ctx.p.answer === "other" ? "other" : undefined });
    if (offered.length === 0)
      ctx.rec.note("the page offered no subprotocol; this scenario expects chat, superchat");
    later(ctx, 5000, () => ctx.socket.destroy());
  },

  "handshake-extension"(ctx) {
    raw(ctx, { extensions: "x-unknown-extension" });
    later(ctx, 5000, () => ctx.socket.destroy());
  },

  "handshake-hang"(ctx) {
    ctx.rec.note(`holding the upgrade request for ${ctx.p.hold} s without an answer`);
    // A browser that gives up sends FIN: finish our side at once to free its slot.
    ctx.socket.on("end", () => {
      ctx.rec.tcp("client", "fin");
      ctx.socket.end();
    });
    ctx.socket.on("error", () => ctx.rec.tcp("client", "rst"));
    ctx.upgrade = null; // never answered: the request is not needed any more
    later(ctx, ctx.p.hold * 1000, () => {
      ctx.rec.tcp("server", "fin");
      ctx.socket.end();
    });
  },

  violation(ctx) {
    const frames: Record<string, Buffer> = {
      // §5.1: a server must not mask frames.
      masked: encodeFrame({ opcode: Opcode.text, payload: "hi", mask: randomBytes(4) }),
      // §5.2: RSV1 must be 0 unless an extension defines it; none was negotiated.
      rsv1: encodeFrame({ opcode: Opcode.text, payload: "hi", rsv1: true }),
      // §5.2: opcodes 0x3–0x7 are reserved for further non-control frames.
      opcode: encodeFrame({ opcode: 0x3, payload: "hi" }),
      // §8.1: text frames must carry valid UTF-8.
      "bad-utf8": encodeFrame({ opcode: Opcode.text, payload: Buffer.from([0x61, 0xff]) }),
      ...VIOLATION_FRAMES,
    };
    const kind = ctx.p.kind;
    if (kind === "deflate-garbage" && !offered(ctx, "permessage-deflate"))
      ctx.rec.note("the page did not offer permessage-deflate: the garbage is sent without it");
    const tap = raw(ctx, kind === "deflate-garbage" ? { extensions: "permessage-deflate" } : {});
    endOnClose(ctx, tap);
    later(ctx, ctx.p.delay, () => sendLast(ctx, frames[kind]!));
  },

  "handshake-raw"(ctx) {
    const kind = ctx.p.kind;
    if (kind === "fin" || kind === "rst") {
      ctx.upgrade = null;
      ctx.rec.note(`answering the upgrade with ${kind === "fin" ? "FIN" : "RST"} and no HTTP response`);
      ctx.rec.tcp("server", kind === "fin" ? "fin" : "rst");
      if (kind === "fin") ctx.socket.end();
      else ctx.socket.resetAndDestroy();
      return;
    }
    if (kind === "auth") {
      ctx.rec.respond({ status: 401 });
      ctx.upgrade = null;
      rejectUpgrade(ctx.socket, 401, "scenario handshake-raw: credentials required", {
        "WWW-Authenticate": 'Basic realm="closecodes scenario"',
      });
      ctx.rec.tcp("server", "fin");
      return;
    }
    const opts: Parameters<typeof switchingProtocols>[1] =
      kind === "no-upgrade"
        ? { omit: "upgrade" }
        : kind === "no-connection"
          ? { omit: "connection" }
          : { extensions: "permessage-deflate; server_max_window_bits=20" };
    raw(ctx, opts);
    later(ctx, 5000, () => ctx.socket.destroy());
  },

  "close-then-fin"(ctx) {
    raw(ctx);
    // The close frame and FIN leave in one write: the server will not read the browser's answer.
    later(ctx, ctx.p.delay, () => ctx.socket.end(closeFrame(1000, ctx.p.reason)));
  },

  "close-with-messages"(ctx) {
    const tap = raw(ctx);
    endOnClose(ctx, tap);
    const frames: Buffer[] = [];
    for (let i = 1; i <= ctx.p.count; i++)
      frames.push(encodeFrame({ opcode: Opcode.text, payload: `message ${i}` }));
    frames.push(closeFrame(ctx.p.code, ctx.p.reason));
    // One write, one TCP segment on loopback: the messages and the close arrive together.
    later(ctx, ctx.p.delay, () => sendLast(ctx, Buffer.concat(frames)));
  },

  echo(ctx) {
    withWs(ctx, (ws) => {
      startEcho(ctx, ws);
      startPings(ctx, ws, ctx.p.ping);
    });
  },

  "idle-proxy"(ctx) {
    withWs(
      ctx,
      (ws, tap) => {
        startEcho(ctx, ws);
        startPings(ctx, ws, ctx.p.ping);
        // Like nginx's proxy_read_timeout: traffic in either direction re-arms the timer; on
        // expiry TCP is closed with no close frame at all.
        let timer: NodeJS.Timeout | undefined;
        const arm = () => {
          if (timer) {
            clearTimeout(timer);
            ctx.timers?.delete(timer);
          }
          timer = later(ctx, ctx.p.idle * 1000, () => {
            ctx.rec.note(`idle for ${ctx.p.idle} s: dropping TCP without a close frame`);
            ctx.socket.destroy();
          });
        };
        tap.onTraffic(arm);
        arm();
      },
      true,
    );
  },

  "client-close"(ctx) {
    const tap = raw(ctx);
    onClose(tap, (f) => {
      const reply = ctx.p.reply;
      if (reply === "same") ctx.socket.end(encodeFrame({ opcode: Opcode.close, payload: f.payload }));
      else if (reply === "different") ctx.socket.end(closeFrame(ctx.p.code, ctx.p.reason));
      else if (reply === "fin") ctx.socket.end();
      else {
        // "never": keep TCP open; Chromium gives up after 60 s and closes it, raw() follows.
        // A client that never does is dropped a little later, not at the lifetime limit.
        later(ctx, CLIENT_GIVES_UP_MS + 5000, () => {
          ctx.rec.note("the client kept TCP open after its unanswered close: dropping it");
          ctx.socket.destroy();
        });
      }
    });
  },
};

function startPings(ctx: Ctx, ws: WebSocket, seconds: number) {
  if (seconds <= 0) return;
  let n = 0;
  const tick = () => {
    ws.ping(Buffer.from(`ping ${++n}`));
    later(ctx, seconds * 1000, tick);
  };
  later(ctx, seconds * 1000, tick);
}
