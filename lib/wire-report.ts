import type { DecodedClose } from "closecodes/wire";

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
