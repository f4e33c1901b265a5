import { getCode } from "closecodes/codes/lookup";

/**
 * Whether and how soon to reconnect after a close, by the code's class (the registry's
 * `reconnect` column): never after a normal close or a policy/auth refusal, later after
 * 1012/1013, with exponential backoff and jitter otherwise.
 */
export type RetryPolicy = "stop" | "retry" | "retry-later";

export function retryPolicy(code: number): RetryPolicy {
  const entry = getCode(code);
  if (entry) {
    if (entry.reconnect === "no" || entry.reconnect === "fix-first") return "stop";
    if (entry.reconnect === "later") return "retry-later";
    return "retry";
  }
  // Unregistered codes mean what the server's protocol says; retry, with backoff, and let the
  // attempt cap stop a loop.
  return "retry";
}

export const BACKOFF = {
  retry: { baseMs: 500, capMs: 30_000 },
  "retry-later": { baseMs: 5_000, capMs: 60_000 },
} as const;

export const MAX_ATTEMPTS = 6;

/**
 * "Equal jitter": half the exponential delay fixed, half random, so clients that lost the
 * same server do not come back in lockstep. `attempt` starts at 0.
 */
export function backoffDelay(
  policy: Exclude<RetryPolicy, "stop">,
  attempt: number,
  random: () => number = Math.random,
): number {
  const { baseMs, capMs } = BACKOFF[policy];
  const exp = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(exp / 2 + random() * (exp / 2));
}
