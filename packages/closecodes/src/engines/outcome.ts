/**
 * What a page's WebSocket reports for one connection: whether `open` and `error` fired, and the
 * CloseEvent's code, reason and wasClean. The scenario catalogue states it per engine, the
 * measurements record it, and the probe's verdict predicts it from a wire transcript.
 */
export type PageOutcome = {
  open: boolean;
  error: boolean;
  code: number;
  reason: string;
  wasClean: boolean;
  /**
   * Fields that depend on timing for this exchange (a race, measured to differ between runs or
   * between packets): shown as "depends on timing", never asserted.
   */
  racy?: Array<"open" | "error" | "code" | "reason" | "wasClean">;
};

/**
 * What the server gets from the browser: the close frame it sends back (code null = empty body;
 * `close: null` = no close frame at all, only the end of TCP), or the HTTP status the server
 * answered. Fields left out are not claimed.
 */
export type ServerOutcome = { close?: { code: number | null; reason?: string } | null; status?: number };

/** The connection failed after open (a violation, a refused code): error, then 1006, unclean. */
export const FAILED: PageOutcome = { open: true, error: true, code: 1006, reason: "", wasClean: false };
/** TCP ended after open without a close frame and without an error event: 1006, unclean. */
export const DROPPED: PageOutcome = { open: true, error: false, code: 1006, reason: "", wasClean: false };
/** The handshake failed: never open, error, then 1006. */
export const REJECTED: PageOutcome = { open: false, error: true, code: 1006, reason: "", wasClean: false };
/** A completed closing handshake: the code and reason as sent, wasClean true. */
export function cleanClose(code: number, reason: string): PageOutcome {
  return { open: true, error: false, code, reason, wasClean: true };
}
