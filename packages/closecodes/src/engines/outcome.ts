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
