import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

/** RFC 6455 §1.3 / §4.2.2: the accept key is base64(SHA-1(key + GUID)). */
const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

export function acceptKey(key: string): string {
  return createHash("sha1")
    .update(key + GUID)
    .digest("base64");
}

export function listHeader(v: string | undefined): string[] {
  return (v ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

const reasons: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  426: "Upgrade Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

/** Answers an upgrade request with a plain HTTP response and closes the socket. */
export function rejectUpgrade(
  socket: Duplex,
  status: number,
  message: string,
  extra: Record<string, string> = {},
) {
  if (socket.destroyed || socket.writableEnded) return;
  const body = Buffer.from(`${message}\n`, "utf8");
  const headers = {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(body.length),
    Connection: "close",
    "Cache-Control": "no-store",
    ...extra,
  };
  const head =
    `HTTP/1.1 ${status} ${reasons[status] ?? "Status"}\r\n` +
    Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("") +
    "\r\n";
  socket.end(Buffer.concat([Buffer.from(head, "latin1"), body]));
}

/** A 101 response written by hand, so scenarios can get it wrong on purpose. */
export function switchingProtocols(
  req: IncomingMessage,
  opts: {
    accept?: string | null;
    protocol?: string;
    extensions?: string;
    /** Leave out a header the handshake requires (RFC 6455 §4.1, client steps 2–3). */
    omit?: "upgrade" | "connection";
  } = {},
): string {
  const key = req.headers["sec-websocket-key"] ?? "";
  const accept = opts.accept === undefined ? acceptKey(String(key)) : opts.accept;
  let head = "HTTP/1.1 101 Switching Protocols\r\n";
  if (opts.omit !== "upgrade") head += "Upgrade: websocket\r\n";
  if (opts.omit !== "connection") head += "Connection: Upgrade\r\n";
  if (accept !== null) head += `Sec-WebSocket-Accept: ${accept}\r\n`;
  if (opts.protocol) head += `Sec-WebSocket-Protocol: ${opts.protocol}\r\n`;
  if (opts.extensions) head += `Sec-WebSocket-Extensions: ${opts.extensions}\r\n`;
  return `${head}\r\n`;
}
