import { getCode } from "closecodes/codes/lookup";
import { backoffDelay as delayFor, BACKOFF as CLASSES, retries } from "closecodes/reconnect";

/**
 * The tester's auto-reconnect, on the registry's reconnect rule for the code and the backoff
 * numbers of closecodes/reconnect (the one home of both): stop where the rule says not to
 * reconnect, start later after 1012/1013, back off with jitter otherwise.
 */
export type RetryPolicy = "stop" | "retry" | "retry-later";

export function retryPolicy(code: number): RetryPolicy {
  // Unregistered codes mean what the server's protocol says ("app"): retry with backoff, and let
  // the attempt cap stop a loop.
  const r = retries(getCode(code)?.reconnect ?? "app");
  return r === null ? "stop" : r === "later" ? "retry-later" : "retry";
}

export const BACKOFF = { retry: CLASSES.backoff, "retry-later": CLASSES.later } as const;

export const MAX_ATTEMPTS = 6;

/** The wait before retry number `attempt` (from 0). */
export function backoffDelay(
  policy: Exclude<RetryPolicy, "stop">,
  attempt: number,
  random: () => number = Math.random,
): number {
  return delayFor(policy === "retry" ? "backoff" : "later", attempt, random);
}
