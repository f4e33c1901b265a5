import { lookup } from "node:dns/promises";
import net from "node:net";
import tls from "node:tls";
import { connectError, dnsError, hostPort, ProbeError, tlsError } from "./errors.ts";

/**
 * Getting to the point where an upgrade request can be written: the URL as a browser reads it,
 * DNS, TCP, TLS. Failures throw ProbeError with one clear message; running out of time is not an
 * error but an outcome (TIMEOUT), recorded in the transcript like any other.
 */

export const TIMEOUT = Symbol("timeout");

/** The URL rules of `new WebSocket(url)` (WHATWG WebSockets), for ws: and wss: only. */
export function parseWsUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ProbeError("url", `not a valid URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "ws:" && url.protocol !== "wss:")
    throw new ProbeError("url", `${raw}: the scheme must be ws:// or wss://, not ${url.protocol}//`);
  if (url.hash !== "" || raw.includes("#"))
    throw new ProbeError("url", `${raw}: a WebSocket URL may not have a fragment (#…)`);
  if (url.hostname === "") throw new ProbeError("url", `${raw}: no host`);
  return url;
}

/** The host to resolve and connect to: IPv6 literals without their brackets. */
export function hostOf(url: URL): string {
  const h = url.hostname;
  return h.startsWith("[") && h.endsWith("]") ? h.slice(1, -1) : h;
}

export function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === "wss:" ? 443 : 80;
}

function within<T>(p: Promise<T>, ms: number, onTimeout: () => void = () => {}): Promise<T | typeof TIMEOUT> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      resolve(TIMEOUT);
    }, ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export type Address = { address: string; family: 4 | 6 };

/** Every address of the host, in the resolver's order (getaddrinfo, as browsers use). */
export async function resolve(host: string, timeoutMs: number): Promise<Address[] | typeof TIMEOUT> {
  const family = net.isIP(host);
  if (family) return [{ address: host, family: family as 4 | 6 }];
  const found = lookup(host, { all: true }).catch((err: Error) => {
    throw dnsError(err, host);
  });
  found.catch(() => {}); // a lookup that fails after the timeout must not be unhandled
  const r = await within(found, timeoutMs);
  if (r === TIMEOUT) return r;
  if (r.length === 0) throw new ProbeError("dns", `cannot resolve ${host}: no addresses`);
  return r.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
}

/** A TCP connection that stays half-open when the server sends FIN, so that FIN can be seen. */
export function connectTcp(
  a: Address,
  port: number,
  timeoutMs: number,
): Promise<net.Socket | typeof TIMEOUT> {
  const socket = net.connect({ host: a.address, port, family: a.family, allowHalfOpen: true });
  const where = hostPort(a.address, port);
  return within(
    new Promise<net.Socket>((resolve, reject) => {
      const onError = (err: Error) => reject(connectError(err, where));
      socket.once("error", onError);
      socket.once("connect", () => {
        socket.removeListener("error", onError);
        socket.setNoDelay(true);
        resolve(socket);
      });
    }),
    timeoutMs,
    () => socket.destroy(),
  );
}

export type TlsOptions = {
  /** The URL's host: the name sent in SNI (unless an IP address) and checked in the certificate. */
  host: string;
  port: number;
  insecure?: boolean;
  ca?: string | Buffer;
};

/** TLS over a connected socket, as a browser would: SNI, ALPN http/1.1, the system's roots (plus `ca`). */
export function startTls(
  socket: net.Socket,
  o: TlsOptions,
  timeoutMs: number,
): Promise<tls.TLSSocket | typeof TIMEOUT> {
  const options: tls.ConnectionOptions & { allowHalfOpen: boolean } = {
    socket,
    host: o.host,
    rejectUnauthorized: !o.insecure,
    ALPNProtocols: ["http/1.1"],
    allowHalfOpen: true,
  };
  // RFC 6066 §3: SNI carries host names only, never an address literal.
  if (!net.isIP(o.host)) options.servername = o.host;
  // `ca` replaces Node's roots: keep them and add the extra one.
  if (o.ca !== undefined) options.ca = [...tls.rootCertificates, o.ca];
  const t = tls.connect(options);
  const where = hostPort(o.host, o.port);
  return within(
    new Promise<tls.TLSSocket>((resolve, reject) => {
      const onError = (err: Error) => reject(tlsError(err, where));
      t.once("error", onError);
      t.once("secureConnect", () => {
        t.removeListener("error", onError);
        resolve(t);
      });
    }),
    timeoutMs,
    () => t.destroy(),
  );
}
