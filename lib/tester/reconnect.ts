import { getCode } from "closecodes/codes/lookup";
import { retries, type Retrying } from "closecodes/reconnect";

export { backoffDelay } from "closecodes/reconnect";

/**
 * The tester's auto-reconnect, in the registry's vocabulary (closecodes/reconnect, the one home
 * of the rule and the backoff numbers): the class to back off by after `code`, or null where the
 * registry says not to reconnect on one's own. An unregistered code means what the server's
 * protocol says ("app"): the tester backs off, and the attempt cap stops a loop.
 */
export function retryPolicy(code: number): Retrying | null {
  return retries(getCode(code)?.reconnect ?? "app");
}

export const MAX_ATTEMPTS = 6;
