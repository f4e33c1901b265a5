import type en from "@/messages/en.json";
import type { EngineId, PerEngine } from "closecodes/engines";
import type { Expectation } from "@/lib/scenarios/catalogue";
import type { Decoded, Observation } from "closecodes/decode";
import type { WireReport } from "@/lib/wire-report";

export type TesterMessages = (typeof en)["tester"];
export type { Locale } from "closecodes/codes/types";

export type LogKind =
  | "connect"
  | "open"
  | "message"
  | "sent"
  | "error"
  | "close"
  | "pageClose"
  | "threw"
  | "reconnect"
  | "noRetry";

export type LogEntry = { t: number; kind: LogKind; text: string };

/** One connection attempt: what the page saw, what it means, and what the server saw. */
export type Attempt = {
  n: number;
  url: string;
  sid?: string;
  scenarioId?: string;
  expected?: PerEngine<Expectation>;
  /** performance.now() at the constructor; all times below are on the same clock. */
  t0: number;
  tOpen?: number;
  tClose?: number;
  messages: number[];
  error?: number;
  obs?: Observation;
  decoded?: Decoded;
  report?: WireReport;
};

/** A measured engine as the server page passes it down: name, version, and when it was measured. */
export type EngineInfo = { id: EngineId; name: string; version: string; measuredAt: string };

export { fill } from "@/lib/i18n/fill";
