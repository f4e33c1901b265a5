import type { Localized } from "../codes/types.ts";
import type { PerEngine } from "../engines/ids.ts";
import type { PageOutcome, ServerOutcome } from "../engines/outcome.ts";
import type { Match } from "../facts/idle-timeouts.ts";

/** One engine's verdict on a transcript: what its page would report, and why. */
export type EngineVerdict = {
  /** null: the connection was still open when the probe stopped (no CloseEvent yet). */
  page: PageOutcome | null;
  /** What this engine would send the server (its close frame, or none). */
  server: ServerOutcome;
  /** The rule that decided it, in words, in both locales. */
  why: Localized;
  /**
   * When the engine would fire close, if not at the moment the transcript ended: its own
   * opening or closing timeout (ms since connecting), or null when that limit is not known.
   */
  closesAtMs?: number | null;
};

export type Verdict = {
  engines: PerEngine<EngineVerdict>;
  /** A 1006 after open with no close frame: proxies and platforms whose idle or lifetime limit matches the timing. */
  timing?: { sinceTrafficMs: number; sinceOpenMs: number; matches: Match[] };
};
