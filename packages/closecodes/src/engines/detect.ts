import type { EngineId } from "./ids.ts";

/**
 * Which measured engine a user agent string belongs to. Measured means: the same engine *and*
 * network stack as the one this site runs its tests in. Safari on macOS and every browser on iOS
 * use WebKit over Apple's own network stack, not WebKitGTK's libsoup, so their close behaviour
 * is not ours to claim; they, and anything unrecognised, come back as unmeasured.
 */
export type DetectedEngine =
  { measured: true; id: EngineId } | { measured: false; kind: "apple-webkit" | "unknown" };

export function detectEngine(ua: string): DetectedEngine {
  // iOS browsers all run Apple's WebKit, whatever their name says (CriOS, FxiOS, EdgiOS).
  if (/\b(iPhone|iPad|iPod)\b/.test(ua) || /\b(CriOS|FxiOS|EdgiOS)\//.test(ua))
    return { measured: false, kind: "apple-webkit" };
  if (/\bFirefox\/\d/.test(ua) && /\bGecko\/\d/.test(ua)) return { measured: true, id: "firefox" };
  if (/\b(Chrome|Chromium|HeadlessChrome)\/\d/.test(ua)) return { measured: true, id: "chromium" };
  if (/\bAppleWebKit\/\d/.test(ua)) {
    if (/\bMacintosh\b/.test(ua)) return { measured: false, kind: "apple-webkit" };
    // WebKitGTK and WPE on Linux: the engine and network stack (libsoup) we measure.
    if (/\b(X11|Linux)\b/.test(ua)) return { measured: true, id: "webkit" };
  }
  return { measured: false, kind: "unknown" };
}
