import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Lets server.ts rewrite the HTML pages Next sends (lib/serve/client-runtime.ts) without touching
 * Next: the response's write/end are wrapped so an HTML body is collected, rewritten once it is
 * complete, and sent with its new length. Anything else (scripts, CSS, JSON, RSC payloads,
 * redirects, 304s) passes through untouched, chunk by chunk.
 *
 * Headers are held back while a body is collected (Next may flush them first), so the new
 * Content-Length can still be set. Compression must wrap the response *before* this does
 * (server.ts), so what is collected here is still plain HTML.
 */
export type HtmlRewrite = (html: string) => string | null;

/** Rewritten pages by URL and ETag: a prerendered page is rewritten once per process. */
export class RewriteCache {
  private readonly map = new Map<string, string | null>();
  constructor(private readonly max = 200) {}
  get(key: string) {
    const hit = this.map.get(key);
    if (hit === undefined) return undefined;
    this.map.delete(key); // re-insert: Map order is the LRU order
    this.map.set(key, hit);
    return hit;
  }
  set(key: string, value: string | null) {
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

export function rewriteHtmlResponses(
  req: IncomingMessage,
  res: ServerResponse,
  rewrite: HtmlRewrite,
  cache?: RewriteCache,
): void {
  // Only full-page loads: the client router's RSC requests (on a page that keeps Next's runtime)
  // carry an `rsc` header.
  if (req.method !== "GET" || req.headers.rsc !== undefined) return;
  const original = {
    write: res.write,
    end: res.end,
    writeHead: res.writeHead,
    flushHeaders: res.flushHeaders,
  };
  const chunks: Buffer[] = [];
  let collecting: boolean | undefined;

  const restore = () => Object.assign(res, original);
  const decide = () => {
    if (collecting === undefined) {
      const type = String(res.getHeader("content-type") ?? "");
      collecting =
        (res.statusCode === 200 || res.statusCode === 404) &&
        type.startsWith("text/html") &&
        res.getHeader("content-encoding") === undefined;
      if (!collecting) restore();
    }
    return collecting;
  };

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    this.statusCode = status;
    const headers = rest.find((r) => typeof r === "object" && r !== null);
    const message = rest.find((r) => typeof r === "string");
    if (typeof message === "string") this.statusMessage = message;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2)
        this.appendHeader(String(headers[i]), String(headers[i + 1]));
    } else if (headers) {
      for (const [k, v] of Object.entries(headers)) if (v !== undefined) this.setHeader(k, v as string);
    }
    if (!decide()) original.writeHead.call(this, this.statusCode);
    return this;
  } as ServerResponse["writeHead"];

  res.flushHeaders = function (this: ServerResponse) {
    if (!decide()) original.flushHeaders.call(this);
  };

  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!decide()) return (original.write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    const encoding = typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : undefined;
    chunks.push(toBuffer(chunk, encoding));
    const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    if (cb) process.nextTick(cb);
    return true;
  } as ServerResponse["write"];

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!decide()) return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
    const chunk = typeof args[0] === "function" ? undefined : args[0];
    const encoding = typeof args[1] === "string" ? (args[1] as BufferEncoding) : undefined;
    const cb = args.find((a) => typeof a === "function") as (() => void) | undefined;
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    restore();
    const body = Buffer.concat(chunks);
    const payload = body.length === 0 ? body : rewritten(body);
    this.setHeader("content-length", payload.length);
    return cb ? this.end(payload, cb) : this.end(payload);
  } as ServerResponse["end"];

  function rewritten(body: Buffer): Buffer {
    const etag = res.getHeader("etag");
    const key = etag === undefined ? undefined : `${req.url} ${String(etag)}`;
    let out = key === undefined ? undefined : cache?.get(key);
    if (out === undefined) {
      try {
        out = rewrite(body.toString("utf8"));
      } catch (err) {
        // A page the rewrite cannot handle is still a page: send it as Next made it.
        console.error(`HTML rewrite failed for ${req.url}:`, err);
        out = null;
      }
      if (key !== undefined) cache?.set(key, out);
    }
    return out === null ? body : Buffer.from(out, "utf8");
  }
}

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === "string") return Buffer.from(chunk, encoding ?? "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk); // a copy: the sender may reuse its buffer
  throw new TypeError(`unexpected response chunk: ${typeof chunk}`);
}
