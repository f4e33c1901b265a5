import { Redis } from "ioredis";
import type { WireReport } from "./report";

/**
 * Where wire reports live between the socket that produced them and the page that reads them.
 * One process: in memory (nothing to install). Several instances behind a load balancer: in
 * Redis (REDIS_URL), so the instance that answers GET /ws-report/<sid> need not be the one that
 * held the socket.
 */
export interface ReportStore {
  /** Stores a new report; false when its session id was already used (within the TTL). */
  claim(report: WireReport): Promise<boolean>;
  /** The report changed (a new event, done): a shared store writes it out, soon. */
  changed(report: WireReport): void;
  get(session: string): Promise<WireReport | undefined>;
  has(session: string): Promise<boolean>;
  /** Reports held in this process (memory store), or null when they live elsewhere. */
  readonly size: number | null;
  close(): Promise<void>;
}

/** TTL and a size cap (oldest first out). The report objects are the recorders' own, so live. */
export class MemoryReportStore implements ReportStore {
  private map = new Map<string, { report: WireReport; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  async claim(report: WireReport): Promise<boolean> {
    if (this.peek(report.session)) return false;
    this.sweep();
    while (this.map.size >= this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
    this.map.set(report.session, { report, expires: Date.now() + this.ttlMs });
    return true;
  }

  changed() {}

  async get(session: string): Promise<WireReport | undefined> {
    return this.peek(session);
  }

  async has(session: string): Promise<boolean> {
    return this.peek(session) !== undefined;
  }

  async close() {
    this.map.clear();
  }

  private peek(session: string): WireReport | undefined {
    const e = this.map.get(session);
    if (!e) return undefined;
    if (e.expires < Date.now()) {
      this.map.delete(session);
      return undefined;
    }
    return e.report;
  }

  private sweep() {
    const now = Date.now();
    for (const [k, v] of this.map) {
      if (v.expires >= now) break; // insertion order = expiry order
      this.map.delete(k);
    }
  }
}

/** How long a changed report may wait before it is written: one write carries many events. */
const FLUSH_MS = 100;
/** After a failed write (Redis down), the next attempt. */
const RETRY_MS = 1000;

/**
 * Reports as JSON strings under `<prefix><sid>` with a TTL (PX), renewed on every write.
 * A new session id is claimed with SET … NX, so two instances can never both own one.
 */
export class RedisReportStore implements ReportStore {
  readonly size = null;
  private readonly redis: Redis;
  /**
   * This instance's reports until they are final and written: get() reads them first (fresher
   * than Redis by up to FLUSH_MS).
   */
  private local = new Map<string, WireReport>();
  /** Reports changed since their last write: a flush writes only these, not every live one. */
  private dirty = new Set<WireReport>();
  private timer: NodeJS.Timeout | undefined;
  private warned = false;

  constructor(
    url: string,
    private readonly ttlMs: number,
    private readonly prefix = "closecodes:report:",
  ) {
    // Fail fast instead of queueing forever: a tester that cannot keep a report says so (503).
    this.redis = new Redis(url, {
      maxRetriesPerRequest: 1,
      connectTimeout: 3000,
      enableOfflineQueue: true,
      lazyConnect: false,
    });
    this.redis.on("error", (err: Error) => this.warn(`redis: ${err.message}`));
  }

  private warn(message: string) {
    // One line per outage, not one per command: the error repeats on every reconnect attempt.
    if (this.warned) return;
    this.warned = true;
    console.error(`report store: ${message}`);
    setTimeout(() => (this.warned = false), 30_000).unref();
  }

  async claim(report: WireReport): Promise<boolean> {
    const ok = await this.redis.set(
      this.prefix + report.session,
      JSON.stringify(report),
      "PX",
      this.ttlMs,
      "NX",
    );
    return ok === "OK";
  }

  changed(report: WireReport) {
    this.local.set(report.session, report);
    this.dirty.add(report);
    // A finished report is written at once: the page asks for it right after its close event.
    if (report.done) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  async get(session: string): Promise<WireReport | undefined> {
    const local = this.local.get(session);
    if (local) return local;
    const s = await this.redis.get(this.prefix + session);
    return s === null ? undefined : (JSON.parse(s) as WireReport);
  }

  async has(session: string): Promise<boolean> {
    if (this.local.has(session)) return true;
    return (await this.redis.exists(this.prefix + session)) === 1;
  }

  private async flush() {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.dirty.size === 0) return;
    const batch = [...this.dirty];
    this.dirty.clear();
    const multi = this.redis.multi();
    for (const r of batch) multi.set(this.prefix + r.session, JSON.stringify(r), "PX", this.ttlMs);
    try {
      await multi.exec();
      // A final report that has not changed since it was written is Redis's alone now.
      for (const r of batch) if (r.done && !this.dirty.has(r)) this.local.delete(r.session);
    } catch (err) {
      this.warn(`could not save reports: ${(err as Error).message}`);
      // Try again in a while; a report older than the TTL would have expired anyway: drop it.
      const oldest = Date.now() - this.ttlMs;
      for (const r of batch) {
        if (Date.parse(r.startedAt) < oldest) this.local.delete(r.session);
        else this.dirty.add(r);
      }
      this.timer ??= setTimeout(() => void this.flush(), RETRY_MS);
    }
  }

  async close() {
    await this.flush();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function reportStoreFromEnv(limits: { reportTtlMs: number; maxReports: number }): ReportStore {
  const url = process.env.REDIS_URL;
  if (url) return new RedisReportStore(url, limits.reportTtlMs);
  return new MemoryReportStore(limits.reportTtlMs, limits.maxReports);
}
