import type { EngineId } from "closecodes/engines";

/**
 * One running browser, driven by whatever that engine's automation speaks: Playwright for
 * Chromium, WebDriver BiDi (puppeteer-core) for Firefox, classic WebDriver for WebKitGTK. The
 * tests and `npm run truth` only need to load a page and run a script in it.
 */
export type EngineSession = {
  id: EngineId;
  /** The engine's own version, as the driver reports it (e.g. "156.0.8078.114"). */
  version: string;
  userAgent: string;
  goto(url: string): Promise<void>;
  /**
   * Runs `fn(arg)` in the page and resolves with its (JSON-serialisable) result. `fn` is sent as
   * source text, so it must not close over anything outside itself.
   */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A, timeoutMs?: number): Promise<R>;
  close(): Promise<void>;
};

/**
 * The expression each driver evaluates. esbuild (tsx) may wrap named functions in `__name(…)`
 * calls that exist only in Node; the shim makes the same source run in a page.
 */
export function pageExpression(fn: (arg: never) => unknown, arg: unknown): string {
  return `(() => { var __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}
