import { useSyncExternalStore } from "react";
import { detectEngine, type DetectedEngine, type EngineId } from "closecodes/engines";

let detected: DetectedEngine | undefined;

/** The page's engine, detected once (a stable object, as useSyncExternalStore needs). */
export function clientEngine(): DetectedEngine {
  return (detected ??= detectEngine(navigator.userAgent));
}

/** The engine whose measured rules apply here, or undefined where none was measured. */
export function measuredEngine(): EngineId | undefined {
  const e = clientEngine();
  return e.measured ? e.id : undefined;
}

const noSubscribe = () => () => {};

/** The engine, known only in the browser: null in the server's HTML (and while React hydrates it). */
export function useClientEngine(): DetectedEngine | null {
  return useSyncExternalStore(noSubscribe, clientEngine, () => null);
}
