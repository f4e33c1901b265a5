import { decodeClosePayload, Opcode, type DecodedClose, type Frame } from "./frames";

/**
 * The wire report: what the server saw for one session, for the tester to show beside what the
 * browser reported. Times are milliseconds since the upgrade request arrived.
 */
export type FrameEvent = {
  t: number;
  kind: "frame";
  dir: "in" | "out";
  opcode: number;
  type: string;
  fin: boolean;
  rsv: [boolean, boolean, boolean];
  masked: boolean;
  length: number;
  /** Header bytes and up to 32 payload bytes, hex: close frames are shown byte-exact. */
  hex: string;
  text?: string;
  close?: DecodedClose;
};

export type ReportEvent =
  | FrameEvent
  | { t: number; kind: "rtt"; ms: number }
  | { t: number; kind: "tcp"; who: "server" | "client"; how: "fin" | "rst" }
  | { t: number; kind: "note"; text: string };

export type WireReport = {
  session: string;
  scenario: string;
  params: Record<string, string | number>;
  startedAt: string;
  request: {
    path: string;
    origin: string | null;
    protocols: string[];
    extensions: string[];
    userAgent: string | null;
  };
  response: { status: number; protocol?: string; extensions?: string } | null;
  events: ReportEvent[];
  /** True once TCP is gone on both sides: the report will not change any more. */
  done: boolean;
};

const names: Record<number, string> = {
  [Opcode.continuation]: "continuation",
  [Opcode.text]: "text",
  [Opcode.binary]: "binary",
  [Opcode.close]: "close",
  [Opcode.ping]: "ping",
  [Opcode.pong]: "pong",
};

const MAX_EVENTS = 500;

export class Recorder {
  readonly report: WireReport;
  private readonly t0 = performance.now();
  private pings = new Map<string, number>();

  constructor(init: Omit<WireReport, "events" | "done" | "startedAt" | "response">) {
    this.report = { ...init, startedAt: new Date().toISOString(), response: null, events: [], done: false };
  }

  now(): number {
    return Math.round((performance.now() - this.t0) * 10) / 10;
  }

  private push(e: ReportEvent) {
    if (this.report.events.length < MAX_EVENTS) this.report.events.push(e);
    else if (this.report.events.length === MAX_EVENTS) {
      this.report.events.push({
        t: this.now(),
        kind: "note",
        text: `event log truncated at ${MAX_EVENTS} entries`,
      });
    }
  }

  frame(dir: "in" | "out", f: Frame) {
    const e: FrameEvent = {
      t: this.now(),
      kind: "frame",
      dir,
      opcode: f.opcode,
      type: names[f.opcode] ?? `unknown (0x${f.opcode.toString(16)})`,
      fin: f.fin,
      rsv: [f.rsv1, f.rsv2, f.rsv3],
      masked: f.masked,
      length: f.payload.length,
      hex: Buffer.concat([f.header, f.payload.subarray(0, 32)]).toString("hex"),
    };
    if (f.opcode === Opcode.close) e.close = decodeClosePayload(f.payload);
    if (f.opcode === Opcode.text) e.text = f.payload.subarray(0, 200).toString("utf8");
    this.push(e);
    // Round-trip time of a server ping: matched by payload when the pong comes back.
    if (f.opcode === Opcode.ping && dir === "out")
      this.pings.set(f.payload.toString("hex"), performance.now());
    if (f.opcode === Opcode.pong && dir === "in") {
      const sent = this.pings.get(f.payload.toString("hex"));
      if (sent !== undefined) {
        this.pings.delete(f.payload.toString("hex"));
        this.push({ t: this.now(), kind: "rtt", ms: Math.round((performance.now() - sent) * 100) / 100 });
      }
    }
  }

  tcp(who: "server" | "client", how: "fin" | "rst") {
    const already = this.report.events.some((e) => e.kind === "tcp" && e.who === who);
    if (!already) this.push({ t: this.now(), kind: "tcp", who, how });
  }

  note(text: string) {
    this.push({ t: this.now(), kind: "note", text });
  }
}

/**
 * In-memory report store with a TTL and a size cap (oldest first out). One instance is enough
 * for one process; a shared store can replace it behind the same two methods.
 */
export class ReportStore {
  private map = new Map<string, { report: WireReport; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  has(session: string): boolean {
    return this.get(session) !== undefined;
  }

  put(report: WireReport) {
    this.sweep();
    while (this.map.size >= this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
    this.map.set(report.session, { report, expires: Date.now() + this.ttlMs });
  }

  get(session: string): WireReport | undefined {
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
