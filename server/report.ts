import { decodeClosePayload, Opcode, type Frame, type OversizeFrame } from "closecodes/wire";

// The wire report is the contract between the scenario server and the tester: its types live
// in lib/wire-report.ts, which both import.
import type { FrameEvent, ReportEvent, WireReport } from "@/lib/wire-report";

export type { FrameEvent, ReportEvent, WireReport };

const names: Record<number, string> = {
  [Opcode.continuation]: "continuation",
  [Opcode.text]: "text",
  [Opcode.binary]: "binary",
  [Opcode.close]: "close",
  [Opcode.ping]: "ping",
  [Opcode.pong]: "pong",
};

const MAX_EVENTS = 500;
const MAX_NOTES = 50;

/**
 * What the scenarios tell about a session. Recording is opt-in per session id: a socket opened
 * without `sid` has no report anyone could read, so it gets NO_RECORD and costs nothing.
 */
export interface Rec {
  /** False for NO_RECORD: callers skip work (frame parsing, wrappers) that only feeds a report. */
  readonly on: boolean;
  frame(dir: "in" | "out", f: Frame): void;
  /** A frame too long to read (its header states the length): recorded from its header. */
  oversize(dir: "in" | "out", o: OversizeFrame): void;
  tcp(who: "server" | "client", how: "fin" | "rst"): void;
  note(text: string): void;
  respond(response: NonNullable<WireReport["response"]>): void;
  /** TCP is gone on both sides: the report will not change any more. */
  finish(): void;
}

const noop = () => {};
export const NO_RECORD: Rec = {
  on: false,
  frame: noop,
  oversize: noop,
  tcp: noop,
  note: noop,
  respond: noop,
  finish: noop,
};

export class Recorder implements Rec {
  readonly on = true;
  readonly report: WireReport;
  private readonly t0 = performance.now();
  private pings = new Map<string, number>();

  /** `changed` is told after every change (a shared store saves it; the memory store needs nothing). */
  constructor(
    init: Omit<WireReport, "events" | "done" | "startedAt" | "response">,
    private readonly changed: (r: WireReport) => void = noop,
  ) {
    this.report = { ...init, startedAt: new Date().toISOString(), response: null, events: [], done: false };
  }

  now(): number {
    return Math.round((performance.now() - this.t0) * 10) / 10;
  }

  private truncated = false;

  /**
   * Frames and round trips stop at MAX_EVENTS (a chatty echo could fill memory); notes and TCP
   * events, which say how the session ended, are still kept, up to MAX_NOTES more.
   */
  private push(e: ReportEvent) {
    const n = this.report.events.length;
    const bulk = e.kind === "frame" || e.kind === "rtt";
    if (bulk && (this.truncated || n >= MAX_EVENTS)) {
      if (this.truncated) return;
      this.truncated = true;
      e = {
        t: this.now(),
        kind: "note",
        text: `frames after the first ${MAX_EVENTS} events are not recorded`,
      };
    } else if (n >= MAX_EVENTS + MAX_NOTES) return;
    this.report.events.push(e);
    this.changed(this.report);
  }

  respond(response: NonNullable<WireReport["response"]>) {
    this.report.response = response;
    this.changed(this.report);
  }

  finish() {
    if (this.report.done) return;
    this.report.done = true;
    this.changed(this.report);
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

  oversize(dir: "in" | "out", o: OversizeFrame) {
    const b0 = o.header[0] ?? 0;
    this.push({
      t: this.now(),
      kind: "frame",
      dir,
      opcode: b0 & 0x0f,
      type: names[b0 & 0x0f] ?? `unknown (0x${(b0 & 0x0f).toString(16)})`,
      fin: (b0 & 0x80) !== 0,
      rsv: [(b0 & 0x40) !== 0, (b0 & 0x20) !== 0, (b0 & 0x10) !== 0],
      masked: ((o.header[1] ?? 0) & 0x80) !== 0,
      length: Number(o.length),
      hex: Buffer.concat([o.header, o.after]).toString("hex"),
    });
  }

  tcp(who: "server" | "client", how: "fin" | "rst") {
    const already = this.report.events.some((e) => e.kind === "tcp" && e.who === who);
    if (!already) this.push({ t: this.now(), kind: "tcp", who, how });
  }

  note(text: string) {
    this.push({ t: this.now(), kind: "note", text });
  }
}
