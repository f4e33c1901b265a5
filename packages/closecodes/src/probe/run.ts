import type net from "node:net";
import { performance } from "node:perf_hooks";
import type tls from "node:tls";
import { CHROMIUM_TCP_CLOSE_AFTER_MS } from "../engines/rules.ts";
import { closePayload, FrameParser, Opcode, type Frame, type OversizeFrame } from "../wire/frames.ts";
import { connectTcp, hostOf, parseWsUrl, portOf, resolve, startTls, TIMEOUT } from "./connect.ts";
import { ProbeError } from "./errors.ts";
import {
  buildRequest,
  checkUpgrade,
  headerValues,
  ResponseHeadParser,
  type ResponseHead,
  type UpgradeRequest,
} from "./handshake.ts";
import {
  clientFrame,
  failsEverywhere,
  failureClose,
  frameRecord,
  InboundChecker,
  MAX_MESSAGE,
  oversizeRecord,
} from "./messages.ts";
import type { HandshakeProblem, ProbeEvent, Transcript } from "./transcript.ts";

export type ProbeOptions = {
  /** ws:// or wss:// */
  url: string;
  /** Sec-WebSocket-Protocol offers, in order. */
  protocols: string[];
  /** Extra request headers; one named like a header the probe sends replaces it. */
  headers: Array<[string, string]>;
  origin?: string;
  /** Sent right after open, in order. */
  send: Array<{ type: "text"; text: string } | { type: "binary"; data: Uint8Array }>;
  /** The probe's own close, sent after `send` (code null: an empty close frame). */
  close?: { code: number | null; reason: string };
  /** For each wait: connect, handshake answer, the server's close, the reply to the probe's close. */
  timeoutMs: number;
  /** wss: accept any certificate. */
  insecure?: boolean;
  /** wss: an extra CA (PEM), trusted besides the system's. */
  ca?: string | Buffer;
  /** Offer "permessage-deflate; client_max_window_bits" as browsers do (default true). */
  offerDeflate?: boolean;
  /** Ping the server this often once open, and record round-trip times. */
  pingIntervalMs?: number;
};

/** How long a non-101 answer's body is waited for, and how much of it is kept. */
const BODY_WAIT_MS = 300;
const BODY_MAX = 512;
/** After the probe has ended its side, how long it keeps reading before it lets go of TCP. */
const DRAIN_MS = 1000;

type Emit = (e: ProbeEvent) => void;

/** Events in order, with times in ms since the probe started, to 0.1 ms. */
class Clock {
  readonly events: ProbeEvent[] = [];
  private readonly t0 = performance.now();
  constructor(private readonly onEvent?: Emit) {}
  now(): number {
    return Math.round((performance.now() - this.t0) * 10) / 10;
  }
  emit(e: ProbeEvent) {
    this.events.push(e);
    this.onEvent?.(e);
  }
  note(text: string) {
    this.emit({ t: this.now(), kind: "note", text });
  }
}

/**
 * Opens a WebSocket to `opts.url` as a browser would, over its own TCP (and TLS), and records
 * everything on the wire: the handshake, every frame both ways with each rule it breaks, and how
 * TCP ended. Throws ProbeError when no HTTP exchange could happen (bad URL or options, DNS,
 * refused, TLS); everything after that, timeouts included, is in the returned transcript.
 * `onEvent` sees each event as it happens (it must not throw).
 */
export async function runProbe(opts: ProbeOptions, onEvent?: Emit): Promise<Transcript> {
  const url = parseWsUrl(opts.url);
  if (!(opts.timeoutMs > 0)) throw new ProbeError("url", `timeout must be a positive number of ms`);
  const req = buildRequest(url, opts);
  const clock = new Clock(onEvent);
  const base = { url: url.href, offered: req.offered, events: clock.events };
  // No connection within the timeout: no HTTP exchange, so no handshake problem either.
  const gaveUp = (): Transcript => ({
    ...base,
    handshakeProblems: [],
    end: { t: clock.now(), how: "timeout", waitingFor: "connect" },
  });

  const host = hostOf(url);
  const port = portOf(url);
  const addresses = await resolve(host, opts.timeoutMs);
  if (addresses === TIMEOUT) return gaveUp();

  // Like a browser, try the next address when one refuses or cannot be reached.
  let socket: net.Socket | typeof TIMEOUT | undefined;
  let lastError: unknown;
  for (const a of addresses) {
    clock.emit({ t: clock.now(), kind: "resolved", address: a.address, family: a.family });
    try {
      socket = await connectTcp(a, port, opts.timeoutMs);
      break;
    } catch (err) {
      lastError = err;
      if (a !== addresses[addresses.length - 1])
        clock.note(`${(err as Error).message}; trying the next address`);
    }
  }
  if (socket === undefined) throw lastError;
  if (socket === TIMEOUT) return gaveUp();

  let stream: net.Socket | tls.TLSSocket = socket;
  if (url.protocol === "wss:") {
    const raw = socket;
    let t: tls.TLSSocket | typeof TIMEOUT;
    try {
      t = await startTls(raw, { host, port, insecure: opts.insecure, ca: opts.ca }, opts.timeoutMs);
    } catch (err) {
      raw.destroy();
      throw err;
    }
    if (t === TIMEOUT) {
      raw.destroy();
      return gaveUp();
    }
    stream = t;
    clock.emit({
      t: clock.now(),
      kind: "connected",
      tls: true,
      ...(t.alpnProtocol ? { alpn: t.alpnProtocol } : {}),
      ...(t.getProtocol() ? { tlsVersion: t.getProtocol()! } : {}),
    });
  } else clock.emit({ t: clock.now(), kind: "connected", tls: false });

  return new Session(clock, stream, socket, req, opts, base).run();
}

type Phase = "response" | "body" | "open" | "ended";
type Waiting = NonNullable<Transcript["end"]["waitingFor"]>;

/** One connection from the written request to the end of TCP. */
class Session {
  private phase: Phase = "response";
  private readonly head = new ResponseHeadParser();
  private readonly frames = new FrameParser(MAX_MESSAGE);
  private checker: InboundChecker | null = null;
  private handshakeProblems: HandshakeProblem[] = [];
  private clientClose: Transcript["clientClose"];
  private end: Transcript["end"] | null = null;

  // The non-101 answer whose body is being read.
  private response: ResponseHead | null = null;
  private body = Buffer.alloc(0);
  private bodyWant = BODY_MAX;

  /** The probe has written a close frame (its own, an echo, or a failure). */
  private closeSent = false;
  /** The server's close frame has arrived. */
  private serverClosed = false;
  /** The probe failed the connection over a frame: what follows is recorded, not acted on. */
  private failed = false;
  /** Reading stopped (after a failure, the rest of the chunk in hand was still read). */
  private deaf = false;
  private ignored = 0;
  /**
   * The server's close frame was read and the socket has not been read again since: a FIN or RST
   * now was sent with the close frame, before the server could have seen any answer.
   */
  private closeJustRead = false;
  /** The answer to the server's close, written once the socket has been read once more. */
  private pendingEcho: (() => void) | null = null;
  private tcpSeen = { server: false, client: false };

  private wait: NodeJS.Timeout | undefined;
  private drain: NodeJS.Timeout | undefined;
  private pinger: NodeJS.Timeout | undefined;
  private pings = new Map<string, number>();
  private pingCount = 0;
  private done!: (t: Transcript) => void;

  constructor(
    private readonly clock: Clock,
    private readonly socket: net.Socket | tls.TLSSocket,
    /** The TCP socket under `socket` (the same one without TLS). */
    private readonly tcp: net.Socket,
    private readonly req: UpgradeRequest,
    private readonly opts: ProbeOptions,
    private readonly base: Pick<Transcript, "url" | "offered" | "events">,
  ) {}

  run(): Promise<Transcript> {
    const s = this.socket;
    const finished = new Promise<Transcript>((r) => (this.done = r));
    s.on("data", (chunk: Buffer) => this.onData(chunk));
    s.on("end", () => this.onServerFin());
    s.on("error", (err: NodeJS.ErrnoException) => this.onError(err));
    s.on("close", () => this.onClosed());
    s.write(this.req.head, "utf8");
    this.clock.emit({ t: this.clock.now(), kind: "request", head: this.req.head });
    this.waitFor("response", this.opts.timeoutMs);
    return finished;
  }

  // ----- waits and the end ------------------------------------------------------------------

  private waitFor(what: Waiting, ms: number, onExpiry?: () => void) {
    clearTimeout(this.wait);
    this.wait = setTimeout(
      onExpiry ??
        (() => {
          if (what === "response") {
            this.handshakeProblems = ["timeout"];
            if (this.head.pending) this.clock.note(`${this.head.pending} bytes of an unfinished HTTP answer`);
          }
          this.clock.note(`no ${describe[what]} within ${this.opts.timeoutMs} ms: the probe gives up`);
          this.finish({ how: "timeout", waitingFor: what });
          this.endTcp();
        }),
      ms,
    );
  }

  /** Decides how the exchange ended (once); the socket is then drained and let go. */
  private finish(end: Omit<Transcript["end"], "t">) {
    if (this.end) return;
    this.end = { t: this.clock.now(), ...end };
    this.phase = "ended";
    clearTimeout(this.wait);
    clearInterval(this.pinger);
    if (this.socket.destroyed) return;
    this.drain = setTimeout(() => {
      const pending = this.frames.pending;
      this.clock.note(
        `the server did not end TCP within ${DRAIN_MS} ms of the end${pending ? ` (${pending} bytes of a frame unread)` : ""}: the probe lets go`,
      );
      this.socket.destroy();
    }, DRAIN_MS);
  }

  /** The probe ends its side of TCP (FIN), as a browser closing the connection. */
  private endTcp() {
    if (this.socket.destroyed || this.socket.writableEnded) return;
    this.tcpEvent("client", "fin");
    this.socket.end();
  }

  /** The probe ends TCP of its own accord: the end is "client". */
  private endByClient(note?: string) {
    if (note) this.clock.note(note);
    this.finish({ how: "client" });
    this.endTcp();
  }

  private tcpEvent(who: "server" | "client", how: "fin" | "rst") {
    if (this.tcpSeen[who]) return;
    this.tcpSeen[who] = true;
    this.clock.emit({ t: this.clock.now(), kind: "tcp", who, how });
  }

  private transcript(): Transcript {
    return {
      ...this.base,
      handshakeProblems: this.handshakeProblems,
      ...(this.clientClose ? { clientClose: this.clientClose } : {}),
      end: this.end!,
    };
  }

  // ----- socket events ----------------------------------------------------------------------

  private onData(chunk: Buffer) {
    if (this.deaf) {
      this.ignored += chunk.length;
      return;
    }
    if (this.phase === "response") this.onHead(chunk);
    else if (this.phase === "body") this.onBody(chunk);
    else if (this.checker) this.onFrames(chunk);
    else this.ignored += chunk.length;
  }

  /**
   * Server FIN. With allowHalfOpen the probe could still write: it answers a close it owes, then
   * ends its side too. libuv reports an RST that comes with the last data as an end of stream:
   * a connection that has no peer any more (getpeername fails) was reset, not half-closed.
   */
  private onServerFin() {
    if (this.tcp.remoteAddress === undefined) return this.onReset();
    if (this.phase === "body") this.emitResponse();
    this.tcpEvent("server", "fin");
    this.unfinished();
    if (!this.end) {
      if (this.phase === "response") this.noResponse();
      this.finish({ how: "server-fin", ...this.withCloseFrame() });
    }
    this.flushEcho();
    this.endTcp();
  }

  private onReset() {
    if (this.phase === "body") this.emitResponse();
    this.tcpEvent("server", "rst");
    this.unfinished();
    if (this.pendingEcho) {
      this.pendingEcho = null;
      this.clock.note("the server reset TCP before the probe could answer its close");
    }
    if (!this.end) {
      if (this.phase === "response") this.noResponse();
      this.finish({ how: "server-rst", ...this.withCloseFrame() });
    }
    if (!this.socket.destroyed) this.socket.destroy();
  }

  private onError(err: NodeJS.ErrnoException) {
    if (err.code === "ECONNRESET" || err.code === "EPIPE") {
      if (err.code === "EPIPE") this.clock.note("writing failed (EPIPE): the server has closed TCP");
      return this.onReset();
    }
    this.clock.note(`socket error: ${err.code ?? err.message}`);
    if (!this.end) {
      if (this.phase === "response") this.noResponse();
      this.finish({ how: "server-rst", ...this.withCloseFrame() });
    }
  }

  private onClosed() {
    clearTimeout(this.wait);
    clearTimeout(this.drain);
    clearInterval(this.pinger);
    if (!this.end) {
      // Not expected: every way TCP closes passes through FIN, an error or the probe's own end.
      this.clock.note("TCP closed");
      if (this.phase === "response") this.noResponse();
      this.finish({ how: "server-fin", ...this.withCloseFrame() });
    }
    if (this.ignored) this.clock.note(`${this.ignored} more bytes arrived after the probe stopped reading`);
    this.done(this.transcript());
  }

  private noResponse() {
    this.handshakeProblems = ["no-response"];
    if (this.head.pending)
      this.clock.note(`${this.head.pending} bytes of an unfinished HTTP answer before TCP ended`);
  }

  private unfinished() {
    const pending = this.frames.pending;
    if (this.checker && pending && !this.deaf)
      this.clock.note(`${pending} bytes of an unfinished frame were left when the server ended TCP`);
  }

  /**
   * withCloseFrame (set once the server's close frame has arrived): its FIN or RST came before the
   * socket was read again after the close frame — sent with it, before the probe's answer left.
   */
  private withCloseFrame(): Pick<Transcript["end"], "withCloseFrame"> {
    return this.serverClosed ? { withCloseFrame: this.closeJustRead } : {};
  }

  // ----- the HTTP answer --------------------------------------------------------------------

  private onHead(chunk: Buffer) {
    const r = this.head.push(chunk);
    if (!r) return;
    clearTimeout(this.wait);
    if (r.status !== 101) {
      this.phase = "body";
      this.response = r;
      const length = Number(headerValues(r.headers, "content-length")[0]);
      if (Number.isInteger(length) && length >= 0) this.bodyWant = Math.min(length, BODY_MAX);
      this.wait = setTimeout(() => this.bodyDone(), BODY_WAIT_MS);
      this.onBody(r.rest);
      return;
    }
    this.clock.emit({
      t: this.clock.now(),
      kind: "response",
      status: r.status,
      statusText: r.statusText,
      headers: r.headers,
    });
    const check = checkUpgrade(r, this.req);
    this.handshakeProblems = check.problems;
    if (check.problems.some((p) => p !== "protocol-missing")) {
      this.deaf = true;
      this.endByClient(
        `a browser fails the connection on this answer (${check.problems.join(", ")}): the probe ends TCP`,
      );
      return;
    }
    if (check.problems.length)
      this.clock.note(
        `the server picked none of the offered subprotocols: Chromium fails the connection here; Firefox and WebKitGTK open with protocol "", and so does the probe`,
      );
    this.phase = "open";
    this.checker = new InboundChecker(check.deflate);
    this.clock.emit({
      t: this.clock.now(),
      kind: "open",
      protocol: check.protocol,
      extensions: check.extensions,
    });
    this.waitFor("close", this.opts.timeoutMs);
    // What came with the 101 is handled first: a browser's network stack is ahead of the page.
    if (r.rest.length) this.onFrames(r.rest);
    this.afterOpen();
  }

  private onBody(chunk: Buffer) {
    if (this.body.length < BODY_MAX) this.body = Buffer.concat([this.body, chunk]);
    if (this.body.length >= this.bodyWant) this.bodyDone();
  }

  private emitResponse() {
    const r = this.response;
    if (!r) return;
    this.response = null;
    clearTimeout(this.wait);
    const chunked = headerValues(r.headers, "transfer-encoding").some((v) => /chunked/i.test(v));
    const body = (chunked ? dechunk(this.body) : this.body).subarray(0, BODY_MAX);
    this.handshakeProblems = ["status"];
    this.clock.emit({
      t: this.clock.now(),
      kind: "response",
      status: r.status,
      statusText: r.statusText,
      headers: r.headers,
      bodyStart: body.toString("utf8"),
    });
  }

  /**
   * The whole answer is in. A server that rejects an upgrade normally ends TCP itself (it said
   * Connection: close); wait for that FIN, up to DRAIN_MS, so who ended TCP is never decided by
   * how fast this machine happens to be. A server that keeps the connection open is left then.
   */
  private bodyDone() {
    if (this.phase !== "body" || !this.response) return;
    this.emitResponse();
    this.deaf = true;
    this.waitFor("tcp-end", Math.min(DRAIN_MS, this.opts.timeoutMs), () =>
      this.endByClient(`the server kept TCP open ${DRAIN_MS} ms after its answer: the probe ends it`),
    );
  }

  // ----- open -------------------------------------------------------------------------------

  private afterOpen() {
    const { send, close, pingIntervalMs } = this.opts;
    if (this.end || this.closeSent || this.serverClosed) {
      if (send.length || close) this.clock.note("the connection was closing before the probe could send");
      return;
    }
    for (const m of send) {
      const payload = m.type === "text" ? Buffer.from(m.text, "utf8") : Buffer.from(m.data);
      if (!this.sendFrame(m.type === "text" ? Opcode.text : Opcode.binary, payload)) return;
      this.clock.emit({
        t: this.clock.now(),
        kind: "message",
        dir: "out",
        type: m.type,
        length: payload.length,
        compressed: false,
        ...(m.type === "text" ? { text: m.text.slice(0, 1000) } : {}),
      });
    }
    if (close) {
      this.sendClose(close.code, close.reason);
      this.clientClose = { t: this.clock.now(), code: close.code, reason: close.reason };
      this.waitFor("server-close-reply", this.opts.timeoutMs);
    }
    if (pingIntervalMs && pingIntervalMs > 0 && !this.closeSent)
      this.pinger = setInterval(() => this.ping(), pingIntervalMs);
  }

  private ping() {
    if (this.closeSent || this.serverClosed || this.end) return clearInterval(this.pinger);
    const payload = Buffer.from(`closecodes ${++this.pingCount}`);
    this.pings.set(payload.toString("hex"), performance.now());
    this.sendFrame(Opcode.ping, payload);
  }

  private onFrames(chunk: Buffer) {
    const { frames, error, oversize } = this.frames.push(chunk);
    for (const f of frames) this.onFrame(f);
    if (oversize) this.onOversize(oversize);
    else if (error) this.clock.note(error);
    if (this.failed) this.deaf = true;
  }

  private onFrame(f: Frame) {
    const v = this.checker!.frame(f);
    const t = this.clock.now();
    this.clock.emit(frameRecord(t, "in", f, v.problems, f.rsv1 && !v.problems.includes("rsv1")));
    if (v.note) this.clock.note(v.note);
    if (v.message) this.clock.emit({ t, kind: "message", dir: "in", ...v.message });
    // After the server's close the probe only records: the connection is closing.
    const closing = this.serverClosed;
    if (f.opcode === Opcode.close && !closing) {
      this.serverClosed = true;
      this.closeJustRead = true;
      afterNextRead(() => (this.closeJustRead = false));
    }
    if (this.end || this.failed || closing) return;
    const failing = v.problems.find((p) => failureClose(p) !== null && failsEverywhere(p));
    if (failing) return this.fail(failing);
    const tolerated = v.problems.filter((p) => failureClose(p) !== null);
    if (tolerated.length)
      this.clock.note(
        `${tolerated.join(", ")}: not every measured browser engine fails the connection here; the probe carries on as the lenient one would`,
      );
    if (f.opcode === Opcode.ping && !this.closeSent && !this.serverClosed)
      this.sendFrame(Opcode.pong, f.payload);
    else if (f.opcode === Opcode.pong) this.pong(f.payload);
    else if (f.opcode === Opcode.close) this.onServerClose(v.close?.code ?? null, v.close?.reason ?? "");
  }

  private onOversize(o: OversizeFrame) {
    const problems = this.checker!.oversize(o);
    this.clock.emit(oversizeRecord(this.clock.now(), o, problems));
    this.deaf = true;
    if (this.end || this.failed) return;
    const failing = problems.find((p) => failureClose(p) !== null);
    if (failing) return this.fail(failing);
    this.clock.note(
      `a frame of ${o.length} bytes is more than the probe reads (${MAX_MESSAGE}): it closes with 1009`,
    );
    this.failed = true;
    if (!this.closeSent) this.sendClose(1009, "Message too big");
    this.endByClient();
  }

  private pong(payload: Buffer) {
    const key = payload.toString("hex");
    const sent = this.pings.get(key);
    if (sent === undefined) return;
    this.pings.delete(key);
    this.clock.emit({
      t: this.clock.now(),
      kind: "rtt",
      ms: Math.round((performance.now() - sent) * 100) / 100,
    });
  }

  /** A browser fails the connection (RFC 6455 §7.1.7): a close frame naming why, then TCP ends. */
  private fail(problem: Parameters<typeof failureClose>[0]) {
    const c = failureClose(problem)!;
    this.failed = true;
    if (!this.closeSent) this.sendClose(c.code, c.reason);
    this.endByClient(
      `${problem}: a browser fails the connection here; the probe sent close ${c.code} and ends TCP`,
    );
  }

  /**
   * The server's (conforming) close frame: echo it, or take it as the reply to ours. The echo
   * goes out once the socket has been read once more, so that a FIN or RST the server sent with
   * its close frame is seen before any answer could have reached the server (withCloseFrame).
   */
  private onServerClose(code: number | null, reason: string) {
    const handshakeDone = () =>
      // Closing handshake done: the server should end TCP first (§7.1.1); Chromium waits 2 s.
      this.waitFor("tcp-end", CHROMIUM_TCP_CLOSE_AFTER_MS, () =>
        this.endByClient(
          `the server kept TCP open ${CHROMIUM_TCP_CLOSE_AFTER_MS} ms after the closing handshake: the probe ends it, as Chromium does`,
        ),
      );
    if (this.closeSent) return handshakeDone();
    this.closeSent = true;
    clearInterval(this.pinger);
    clearTimeout(this.wait);
    this.pendingEcho = () => {
      this.pendingEcho = null;
      this.sendFrame(Opcode.close, closePayload(code, reason));
      if (!this.end) handshakeDone();
    };
    afterNextRead(() => this.flushEcho());
  }

  private flushEcho() {
    this.pendingEcho?.();
  }

  // ----- writing ----------------------------------------------------------------------------

  private sendClose(code: number | null, reason: string) {
    this.closeSent = true;
    clearInterval(this.pinger);
    this.sendFrame(Opcode.close, closePayload(code, reason));
  }

  /** Writes one masked frame and records it; false when TCP can no longer carry it. */
  private sendFrame(opcode: number, payload: Buffer): boolean {
    const s = this.socket;
    if (s.destroyed || !s.writable || s.writableEnded) {
      this.clock.note(`could not send a frame (opcode ${opcode}): TCP is closed`);
      return false;
    }
    const { wire, frame } = clientFrame(opcode, payload);
    s.write(wire);
    this.clock.emit(frameRecord(this.clock.now(), "out", frame, []));
    return true;
  }
}

/** Runs `fn` after the event loop has polled the sockets once more (two check phases on). */
function afterNextRead(fn: () => void) {
  setImmediate(() => setImmediate(fn));
}

const describe: Record<Waiting, string> = {
  connect: "connection",
  response: "answer to the upgrade request",
  close: "close from the server",
  "server-close-reply": "reply to the probe's close",
  "tcp-end": "end of TCP",
};

/** The start of a chunked body, decoded as far as it arrived (RFC 9112 §7.1). */
function dechunk(b: Buffer): Buffer {
  const out: Buffer[] = [];
  let off = 0;
  while (off < b.length) {
    const eol = b.indexOf("\r\n", off, "latin1");
    if (eol < 0) break;
    const size = parseInt(b.subarray(off, eol).toString("latin1"), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(b.subarray(eol + 2, Math.min(eol + 2 + size, b.length)));
    off = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}
