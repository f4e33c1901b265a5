import type { Target } from "./target";

/**
 * The tester session as a JSON file to attach to a bug report: what was targeted, the log, and
 * every attempt with its times relative to the session's start (performance.now() values mean
 * nothing outside the page).
 */
export function sessionExport<A extends { t0: number }, L>(input: {
  target: Target;
  log: readonly L[];
  attempts: readonly A[];
  startedAt: number;
  userAgent: string;
  now: Date;
}) {
  return {
    tool: "closecodes tester",
    exportedAt: input.now.toISOString(),
    userAgent: input.userAgent,
    target: input.target,
    log: input.log,
    attempts: input.attempts.map((a) => ({ ...a, t0: a.t0 - input.startedAt })),
  };
}

export function exportFileName(now: Date): string {
  return `websocket-session-${now.toISOString().replace(/[:.]/g, "-")}.json`;
}
