import { createHash, randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { ProbeError } from "./errors.ts";
import type { HandshakeProblem } from "./transcript.ts";

/**
 * The opening handshake as a browser does it (RFC 6455 §4.1): the request the probe writes, an
 * incremental parser for the server's answer, and the checks a browser makes on a 101 before it
 * fires `open` — every one of them, so the transcript names all that is wrong, not only the first.
 */

/** RFC 6455 §1.3: the accept key is base64(SHA-1(key + GUID)). */
const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

export function acceptFor(key: string): string {
  return createHash("sha1")
    .update(key + GUID)
    .digest("base64");
}

/** The package's version, from the package.json two levels up from both src/probe and dist/probe. */
export const VERSION: string = (createRequire(import.meta.url)("../../package.json") as { version: string })
  .version;

/** What browsers offer (Chromium, Firefox and WebKitGTK all send exactly this). */
export const DEFLATE_OFFER = "permessage-deflate; client_max_window_bits";

export type RequestOptions = {
  protocols: string[];
  headers: Array<[string, string]>;
  origin?: string;
  offerDeflate?: boolean;
};

export type UpgradeRequest = {
  /** The request head, CRLFs included, as written on the wire. */
  head: string;
  /** The Sec-WebSocket-Key sent (a user header may replace the random one). */
  key: string;
  /** What was offered, read back from the headers actually sent. */
  offered: { protocols: string[]; extensions: string };
};

/** RFC 7230 §3.2.6 token: what a header name and a subprotocol must be. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function buildRequest(url: URL, opts: RequestOptions): UpgradeRequest {
  const seen = new Set<string>();
  for (const p of opts.protocols) {
    // new WebSocket(url, protocols) throws SyntaxError for these (WHATWG WebSockets).
    if (!TOKEN.test(p)) throw new ProbeError("url", `subprotocol ${JSON.stringify(p)} is not a token`);
    if (seen.has(p)) throw new ProbeError("url", `subprotocol ${JSON.stringify(p)} is offered twice`);
    seen.add(p);
  }
  for (const [name, value] of opts.headers) {
    if (!TOKEN.test(name)) throw new ProbeError("url", `header name ${JSON.stringify(name)} is not a token`);
    if (/[\r\n\0]/.test(value))
      throw new ProbeError("url", `header ${name}: the value may not contain CR, LF or NUL`);
  }
  if (opts.origin !== undefined && /[\r\n\0]/.test(opts.origin))
    throw new ProbeError("url", "origin: may not contain CR, LF or NUL");

  const headers: Array<[string, string]> = [
    ["Host", url.host],
    ["Upgrade", "websocket"],
    ["Connection", "Upgrade"],
    ["Sec-WebSocket-Key", randomBytes(16).toString("base64")],
    ["Sec-WebSocket-Version", "13"],
  ];
  if (opts.origin !== undefined) headers.push(["Origin", opts.origin]);
  if (opts.protocols.length) headers.push(["Sec-WebSocket-Protocol", opts.protocols.join(", ")]);
  if (opts.offerDeflate !== false) headers.push(["Sec-WebSocket-Extensions", DEFLATE_OFFER]);
  headers.push(["User-Agent", `closecodes/${VERSION}`]);
  // A user header replaces ours of the same name in place (to test a server with another key,
  // version or offer); any other is added at the end.
  const defaults = headers.length;
  const replaced = new Set<number>();
  for (const [name, value] of opts.headers) {
    const lower = name.toLowerCase();
    const i = headers.findIndex(([n], j) => j < defaults && !replaced.has(j) && n.toLowerCase() === lower);
    if (i >= 0) {
      headers[i] = [name, value];
      replaced.add(i);
    } else headers.push([name, value]);
  }
  const get = (n: string) => headers.find(([k]) => k.toLowerCase() === n)?.[1];
  const head =
    `GET ${url.pathname}${url.search} HTTP/1.1\r\n` +
    headers.map(([k, v]) => `${k}: ${v}\r\n`).join("") +
    "\r\n";
  return {
    head,
    key: get("sec-websocket-key") ?? "",
    offered: {
      protocols: splitList(get("sec-websocket-protocol") ?? ""),
      extensions: get("sec-websocket-extensions") ?? "",
    },
  };
}

export type ResponseHead = {
  /** 0 when the first line is not an HTTP status line. */
  status: number;
  statusText: string;
  /** In the order received, names as the server wrote them. */
  headers: Array<[string, string]>;
  /** Bytes after the head (frames after a 101, the body otherwise). */
  rest: Buffer;
};

/** A response head larger than this is not waited for (browsers cap it too: Chromium at 256 KiB). */
const MAX_HEAD = 64 * 1024;

/** Collects the server's answer until the blank line that ends its head (CRLF or bare LF). */
export class ResponseHeadParser {
  private buf: Buffer = Buffer.alloc(0);

  /** Bytes received so far without a complete head. */
  get pending(): number {
    return this.buf.length;
  }

  push(chunk: Buffer): ResponseHead | null {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const end = headEnd(this.buf);
    if (end === null) {
      if (this.buf.length <= MAX_HEAD) return null;
      return {
        status: 0,
        statusText: `no end of the response head in the first ${MAX_HEAD} bytes`,
        headers: [],
        rest: Buffer.alloc(0),
      };
    }
    const text = this.buf.subarray(0, end.head).toString("latin1");
    const rest = this.buf.subarray(end.body);
    this.buf = Buffer.alloc(0);
    return { ...parseHead(text), rest };
  }
}

function headEnd(b: Buffer): { head: number; body: number } | null {
  for (let i = 0; i < b.length; i++) {
    if (b[i] !== 0x0a) continue;
    if (b[i + 1] === 0x0a) return { head: i, body: i + 2 };
    if (b[i + 1] === 0x0d && b[i + 2] === 0x0a) return { head: i, body: i + 3 };
  }
  return null;
}

function parseHead(text: string): Omit<ResponseHead, "rest"> {
  const lines = text.split(/\r?\n/);
  const first = lines.shift() ?? "";
  const m = /^HTTP\/\d(?:\.\d)? (\d{3})(?: (.*))?$/.exec(first);
  const headers: Array<[string, string]> = [];
  for (const line of lines) {
    if (line === "") continue;
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  if (!m) return { status: 0, statusText: first.slice(0, 200), headers };
  return { status: Number(m[1]), statusText: m[2] ?? "", headers };
}

export function headerValues(headers: Array<[string, string]>, name: string): string[] {
  const n = name.toLowerCase();
  return headers.filter(([k]) => k.toLowerCase() === n).map(([, v]) => v);
}

/** A comma-separated header list, commas inside quoted strings kept. */
export function splitList(v: string, sep = ","): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '"') quoted = !quoted;
    else if (c === "\\" && quoted) {
      cur += c + (v[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === sep && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** permessage-deflate as negotiated (RFC 7692 §7.1): what the probe's inflater must honour. */
export type DeflateParams = {
  serverNoContextTakeover: boolean;
  clientNoContextTakeover: boolean;
  serverMaxWindowBits: number;
  clientMaxWindowBits: number;
};

export type UpgradeCheck = {
  problems: HandshakeProblem[];
  /** The subprotocol the server picked ("" for none). */
  protocol: string;
  /** The extensions header as answered ("" for none). */
  extensions: string;
  /** Set when permessage-deflate was negotiated with acceptable parameters. */
  deflate: DeflateParams | null;
};

/**
 * The checks a browser makes on a 101 (RFC 6455 §4.1 client steps 1–6, RFC 7692 §7.1), in the
 * order Chromium makes them; all problems are collected, not only the first.
 */
export function checkUpgrade(res: ResponseHead, req: UpgradeRequest): UpgradeCheck {
  const problems: HandshakeProblem[] = [];
  const h = (n: string) => headerValues(res.headers, n);

  const upgrade = h("upgrade");
  if (upgrade.length !== 1 || upgrade[0]!.toLowerCase() !== "websocket") problems.push("no-upgrade");

  const connection = h("connection").flatMap((v) => splitList(v).map((t) => t.toLowerCase()));
  if (!connection.includes("upgrade")) problems.push("no-connection");

  const accept = h("sec-websocket-accept");
  if (accept.length !== 1 || accept[0] !== acceptFor(req.key)) problems.push("bad-accept");

  // One header with one offered token; a list or a repeated header is a pick of no offered value.
  const proto = h("sec-websocket-protocol");
  const protocol = proto.join(", ");
  if (protocol !== "") {
    if (proto.length !== 1 || !req.offered.protocols.includes(protocol))
      problems.push("protocol-not-offered");
  } else if (req.offered.protocols.length > 0) problems.push("protocol-missing");

  const extensions = h("sec-websocket-extensions").join(", ");
  const ext = checkExtensions(extensions, req.offered.extensions);
  if (ext.notOffered) problems.push("extension-not-offered");
  if (ext.badParams) problems.push("extension-bad-params");

  return { problems, protocol, extensions, deflate: ext.notOffered || ext.badParams ? null : ext.deflate };
}

function parseExtensions(v: string): Array<{ name: string; params: Array<[string, string | null]> }> {
  return splitList(v).map((e) => {
    const [name = "", ...params] = splitList(e, ";");
    return {
      name: name.toLowerCase(),
      params: params.map((p): [string, string | null] => {
        const eq = p.indexOf("=");
        if (eq < 0) return [p.trim().toLowerCase(), null];
        let value = p.slice(eq + 1).trim();
        if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
        return [p.slice(0, eq).trim().toLowerCase(), value];
      }),
    };
  });
}

function checkExtensions(
  answer: string,
  offer: string,
): { notOffered: boolean; badParams: boolean; deflate: DeflateParams | null } {
  const offered = parseExtensions(offer);
  const deflateOffer = offered.find((e) => e.name === "permessage-deflate");
  let notOffered = false;
  let badParams = false;
  let deflate: DeflateParams | null = null;
  for (const e of parseExtensions(answer)) {
    if (e.name !== "permessage-deflate" || !deflateOffer) {
      notOffered = true;
      continue;
    }
    // A second permessage-deflate in the answer: Chromium fails it as a bad negotiation.
    if (deflate) {
      badParams = true;
      continue;
    }
    const d: DeflateParams = {
      serverNoContextTakeover: false,
      clientNoContextTakeover: false,
      serverMaxWindowBits: 15,
      clientMaxWindowBits: 15,
    };
    const seen = new Set<string>();
    for (const [k, v] of e.params) {
      if (seen.has(k)) badParams = true;
      seen.add(k);
      if (k === "server_no_context_takeover" || k === "client_no_context_takeover") {
        if (v !== null) badParams = true;
        if (k === "server_no_context_takeover") d.serverNoContextTakeover = true;
        else d.clientNoContextTakeover = true;
      } else if (k === "server_max_window_bits" || k === "client_max_window_bits") {
        const bits = v !== null && /^(?:[89]|1[0-5])$/.test(v) ? Number(v) : null;
        if (bits === null) badParams = true;
        // The server may limit the client's window only if the client said it can (§7.1.2.2).
        if (k === "client_max_window_bits" && !deflateOffer.params.some(([n]) => n === k)) badParams = true;
        if (k === "server_max_window_bits") d.serverMaxWindowBits = bits ?? 15;
        else d.clientMaxWindowBits = bits ?? 15;
      } else badParams = true;
    }
    deflate = d;
  }
  return { notOffered, badParams, deflate };
}
