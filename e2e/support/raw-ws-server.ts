import { createHash } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";

/**
 * A deliberately misbehaving WebSocket server for the browser-truth tests: it writes raw bytes
 * so it can send what conforming libraries refuse (1005/1006/1015 on the wire, codes like 0 or
 * 65535, empty close frames, RST after a close). It records the close frames it receives per
 * session so tests can check what the browser sent back.
 *
 * Paths (query `id` names the session):
 *   /close/<code>?reason=…   101, then a close frame with that code (raw), then wait for the echo
 *   /empty-close             101, then a close frame with no payload
 *   /status/<n>              HTTP <n> instead of 101
 *   /drop                    101, then TCP FIN after 100 ms, no close frame
 *   /close-then-rst          101, close 1000 "rst50", RST 50 ms later
 *   /echo                    101, then echoes the client's close frame back
 */
export type Received = { code: number | null; reason: string; ended?: "fin" | "rst" };

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"; // RFC 6455 §1.3

export function closeFrame(code: number | null, reason = ""): Buffer {
  const r = Buffer.from(reason, "utf8");
  const payload = code === null ? Buffer.alloc(0) : Buffer.concat([Buffer.from([code >> 8, code & 0xff]), r]);
  if (payload.length > 125) throw new Error("control frame payload > 125");
  return Buffer.concat([Buffer.from([0x88, payload.length]), payload]);
}

/** Parses the masked frames a browser sends; returns the close frames only. */
function parseClientFrames(buf: Buffer): { closes: Received[]; rest: Buffer } {
  const closes: Received[] = [];
  let off = 0;
  while (buf.length - off >= 2) {
    const b0 = buf[off]!;
    const b1 = buf[off + 1]!;
    let len = b1 & 0x7f;
    let hdr = 2;
    if (len === 126) {
      if (buf.length - off < 4) break;
      len = buf.readUInt16BE(off + 2);
      hdr = 4;
    } else if (len === 127) {
      if (buf.length - off < 10) break;
      len = Number(buf.readBigUInt64BE(off + 2));
      hdr = 10;
    }
    const masked = (b1 & 0x80) !== 0;
    const total = hdr + (masked ? 4 : 0) + len;
    if (buf.length - off < total) break;
    const mask = masked ? buf.subarray(off + hdr, off + hdr + 4) : null;
    const data = Buffer.from(buf.subarray(off + hdr + (masked ? 4 : 0), off + total));
    if (mask) for (let i = 0; i < data.length; i++) data[i]! ^= mask[i % 4]!;
    if ((b0 & 0x0f) === 0x8) {
      closes.push(
        data.length >= 2
          ? { code: data.readUInt16BE(0), reason: data.subarray(2).toString("utf8") }
          : { code: null, reason: "" },
      );
    }
    off += total;
  }
  return { closes, rest: buf.subarray(off) };
}

export class RawWsServer {
  private server: Server;
  readonly sessions = new Map<string, Received[]>();
  port = 0;

  constructor() {
    this.server = createServer((sock) => this.onConnection(sock));
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const addr = this.server.address();
    this.port = typeof addr === "object" && addr ? addr.port : 0;
    return this.port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  url(path: string, id: string): string {
    return `ws://127.0.0.1:${this.port}${path}${path.includes("?") ? "&" : "?"}id=${id}`;
  }

  private onConnection(sock: Socket) {
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      sock.off("data", onData);
      const text = head.subarray(0, end).toString("latin1");
      this.handle(sock, text, head.subarray(end + 4));
    };
    sock.on("data", onData);
    sock.on("error", () => {});
  }

  private handle(sock: Socket, request: string, rest: Buffer) {
    const [line = "", ...headerLines] = request.split("\r\n");
    const target = new URL(line.split(" ")[1] ?? "/", "http://x");
    const headers = new Map(
      headerLines.map((h) => [h.slice(0, h.indexOf(":")).toLowerCase(), h.slice(h.indexOf(":") + 1).trim()]),
    );
    const id = target.searchParams.get("id") ?? "anon";
    const received: Received[] = [];
    this.sessions.set(id, received);

    const status = /^\/status\/(\d{3})$/.exec(target.pathname);
    if (status) {
      sock.end(`HTTP/1.1 ${status[1]} Nope\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      return;
    }
    const accept = createHash("sha1")
      .update(`${headers.get("sec-websocket-key")}${GUID}`)
      .digest("base64");
    sock.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );

    let buf = rest;
    sock.on("data", (chunk: Buffer) => {
      const parsed = parseClientFrames(Buffer.concat([buf, chunk]));
      buf = parsed.rest;
      for (const c of parsed.closes) {
        received.push(c);
        if (target.pathname === "/echo") sock.end(closeFrame(c.code, c.reason));
        // close-then-rst must not finish the TCP close itself: the RST is the point.
        else if (target.pathname !== "/close-then-rst") sock.end();
      }
    });
    sock.on("end", () => received.push({ code: null, reason: "", ended: "fin" }));
    sock.on("error", () => received.push({ code: null, reason: "", ended: "rst" }));

    const close = /^\/close\/(\d+)$/.exec(target.pathname);
    if (close) sock.write(closeFrame(Number(close[1]), target.searchParams.get("reason") ?? ""));
    else if (target.pathname === "/empty-close") sock.write(closeFrame(null));
    else if (target.pathname === "/drop") setTimeout(() => sock.end(), 100);
    else if (target.pathname === "/close-then-rst") {
      sock.write(closeFrame(1000, "rst50"));
      setTimeout(() => sock.resetAndDestroy(), 50);
    }
  }
}
