import { SERVER_CLOSE_TIMEOUT_MS } from "@/lib/scenarios/catalogue";
/**
 * The scenario server's limits. A public tester is a public server: every resource a URL can
 * claim is bounded. Defaults can be changed with environment variables (documented in README).
 */
export type Limits = {
  /** Open sockets (and held handshakes) per client IP. */
  perIp: number;
  /** Open sockets in the whole process. */
  global: number;
  /** A socket older than this is closed by the server with 1008. */
  lifetimeMs: number;
  /** Largest message the echo accepts; bigger ones are closed with 1009. */
  maxMessageBytes: number;
  /**
   * How long the server waits for the client's answer after its own close frame (or a frame
   * the client must fail the connection on) before it drops TCP: a client that never answers
   * must not hold a slot until the lifetime limit.
   */
  closeTimeoutMs: number;
  /** Bytes the echo may have waiting for a client that does not read; beyond, close 1008. */
  maxBufferedBytes: number;
  /** Wire reports kept in memory, and for how long. */
  reportTtlMs: number;
  maxReports: number;
  /**
   * Behind a reverse proxy every socket comes from the proxy's address: take the client's from
   * the last X-Forwarded-For hop instead (the one the proxy appended). Only safe when clients
   * cannot reach the server except through that proxy.
   */
  trustProxy: boolean;
};

const int = (name: string, def: number) => {
  const v = process.env[name];
  if (v === undefined || v === "") return def;
  if (!/^\d+$/.test(v)) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(v);
};

const bool = (name: string) => {
  const v = process.env[name];
  if (v === undefined || v === "" || v === "0") return false;
  if (v === "1") return true;
  throw new Error(`${name} must be 0 or 1, got ${JSON.stringify(v)}`);
};

export function limitsFromEnv(): Limits {
  return {
    perIp: int("WS_MAX_PER_IP", 64),
    global: int("WS_MAX_SOCKETS", 20_000),
    lifetimeMs: int("WS_MAX_LIFETIME_S", 600) * 1000,
    maxMessageBytes: int("WS_MAX_MESSAGE_BYTES", 65_536),
    // The default lives in the catalogue: Firefox's expectation for a masked frame depends on it.
    closeTimeoutMs: int("WS_CLOSE_TIMEOUT_S", SERVER_CLOSE_TIMEOUT_MS / 1000) * 1000,
    maxBufferedBytes: int("WS_MAX_BUFFERED_BYTES", 1_048_576),
    reportTtlMs: int("WS_REPORT_TTL_S", 600) * 1000,
    maxReports: int("WS_MAX_REPORTS", 20_000),
    trustProxy: bool("WS_TRUST_PROXY"),
  };
}
