/**
 * Why a probe could not even reach an HTTP exchange, with one message a person can act on.
 * Everything after the request is written is recorded in the transcript instead: a server that
 * answers badly is a finding, not an error.
 */
export type ProbeErrorKind =
  /**
   * What `new WebSocket(url, protocols)` itself refuses (SyntaxError): not a ws:// or wss:// URL,
   * a subprotocol that is not a token or is offered twice; also a header or timeout that cannot
   * be sent or used. Nothing was sent.
   */
  | "url"
  /** The host name does not resolve. */
  | "dns"
  /** The server's address refused the TCP connection. */
  | "refused"
  /** The TLS handshake failed: certificate, protocol, or the server spoke something else. */
  | "tls"
  /** Any other failure to connect: no route, network down. */
  | "connect";

export class ProbeError extends Error {
  override readonly name = "ProbeError";
  /** The Node error code behind it, when there is one (ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT…). */
  readonly code?: string;

  constructor(
    readonly kind: ProbeErrorKind,
    message: string,
    opts: { code?: string; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    if (opts.code !== undefined) this.code = opts.code;
  }
}

type NodeError = Error & { code?: string; hostname?: string };

/** host:port as people write it: [::1]:80 for IPv6. */
export function hostPort(host: string, port: number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

export function dnsError(err: NodeError, host: string): ProbeError {
  const code = err.code;
  const why =
    code === "ENOTFOUND" || code === "ENODATA"
      ? "no such host"
      : code === "EAI_AGAIN"
        ? "the DNS lookup failed for now (EAI_AGAIN)"
        : (code ?? err.message);
  return new ProbeError("dns", `cannot resolve ${host}: ${why}`, { code, cause: err });
}

export function connectError(err: NodeError, where: string): ProbeError {
  const code = err.code;
  if (code === "ECONNREFUSED")
    return new ProbeError("refused", `connection refused by ${where}`, { code, cause: err });
  const why: Record<string, string> = {
    EHOSTUNREACH: `no route to host ${where}`,
    ENETUNREACH: `network unreachable for ${where}`,
    ETIMEDOUT: `connecting to ${where} timed out`,
    ECONNRESET: `connection to ${where} was reset while connecting`,
    EADDRNOTAVAIL: `cannot connect to ${where}: address not available`,
  };
  return new ProbeError(
    "connect",
    (code && why[code]) ?? `cannot connect to ${where}: ${code ?? err.message}`,
    {
      code,
      cause: err,
    },
  );
}

const CERT_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "CERT_REVOKED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

export function tlsError(err: NodeError, where: string): ProbeError {
  const code = err.code;
  const untrusted = code !== undefined && CERT_CODES.has(code);
  const detail = `${err.message}${code && !err.message.includes(code) ? ` (${code})` : ""}`;
  const message = untrusted
    ? `TLS handshake with ${where} failed: the certificate is not trusted: ${detail}`
    : code === "ECONNRESET" || /socket disconnected/i.test(err.message)
      ? `TLS handshake with ${where} failed: the server closed the connection (does it speak TLS on this port?)`
      : `TLS handshake with ${where} failed: ${detail}`;
  return new ProbeError("tls", message, { code, cause: err });
}
