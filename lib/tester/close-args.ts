import { MAX_REASON_BYTES, pageMaySend } from "closecodes/codes/rules";
import { reasonWithoutCode } from "closecodes/engines";
import type { EngineId } from "closecodes/engines";

/**
 * The checks a browser applies in WebSocket.close(code, reason) (WHATWG close() steps 1–2),
 * done before the call so the tester can explain them instead of throwing. Engines differ on a
 * reason without a code; for an engine nobody measured, Chromium's stricter rule applies.
 */
export type CloseArgsCheck =
  | { ok: true; code?: number; reason: string; reasonBytes: number }
  | { ok: false; error: "InvalidAccessError" | "SyntaxError" | "NotAnInteger"; reasonBytes: number };

export function checkCloseArgs(
  codeText: string,
  reason: string,
  engine: EngineId = "chromium",
): CloseArgsCheck {
  const reasonBytes = new TextEncoder().encode(reason).length;
  const trimmed = codeText.trim();
  if (trimmed === "") {
    // close() without a code: the browser sends an empty close frame (the peer sees 1005).
    // A reason without a code throws in Chromium; Firefox and WebKitGTK drop the reason.
    if (reason !== "" && reasonWithoutCode(engine) === "throws")
      return { ok: false, error: "InvalidAccessError", reasonBytes };
    return { ok: true, reason, reasonBytes };
  }
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: "NotAnInteger", reasonBytes };
  const code = Number(trimmed);
  if (!pageMaySend(code)) return { ok: false, error: "InvalidAccessError", reasonBytes };
  if (reasonBytes > MAX_REASON_BYTES) return { ok: false, error: "SyntaxError", reasonBytes };
  return { ok: true, code, reason, reasonBytes };
}
