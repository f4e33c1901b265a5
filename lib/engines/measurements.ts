import type { EngineId } from "closecodes/engines";

/**
 * The shape of lib/engines/measurements.json, written by `npm run truth`: what each engine's
 * page and the scenario server saw for every catalogue variant, over several runs. More than
 * one outcome for a variant means a race; the catalogue must not claim one outcome for it.
 */
export type PageSaw = { open: boolean; error: boolean; code: number; reason: string; wasClean: boolean };

/** The server's side: the handshake status it sent, and the browser's close frame (or none). */
export type ServerSaw = {
  status: number | null;
  /** The browser's close frame: code null is an empty body. null: no close frame came. */
  close: { code: number | null; reason: string } | null;
};

export type Outcome = { page: PageSaw; server: ServerSaw; n: number };

export type MeasuredEngine = { id: EngineId; name: string; version: string; userAgent: string };

export type MeasuredVariant = {
  scenario: string;
  query: string;
  engines: Partial<Record<EngineId, { outcomes: Outcome[]; ms: [number, number] }>>;
};

export type Measurements = {
  /** YYYY-MM-DD */
  measuredAt: string;
  runs: number;
  engines: MeasuredEngine[];
  variants: MeasuredVariant[];
};
