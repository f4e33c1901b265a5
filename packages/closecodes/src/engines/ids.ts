/**
 * The browser engines the site measures, and how a page tells which one it runs in. One list:
 * the per-engine expectations, the measurements file, the /browsers matrix and the tester all
 * key on these ids.
 */
export const ENGINE_IDS = ["chromium", "firefox", "webkit"] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/** What each id stands for. WebKit is measured as WebKitGTK (libsoup), not Apple's Safari. */
export const ENGINE_NAMES: Record<EngineId, string> = {
  chromium: "Chromium",
  firefox: "Firefox",
  webkit: "WebKitGTK",
};

export type PerEngine<T> = Record<EngineId, T>;

/** The same value for every engine (where all three were measured to agree). */
export function allEngines<T>(v: T): PerEngine<T> {
  return { chromium: v, firefox: v, webkit: v };
}

/** A value computed for each engine. */
export function byEngine<T>(f: (id: EngineId) => T): PerEngine<T> {
  return { chromium: f("chromium"), firefox: f("firefox"), webkit: f("webkit") };
}

export function mapEngines<T, U>(v: PerEngine<T>, f: (x: T, id: EngineId) => U): PerEngine<U> {
  return {
    chromium: f(v.chromium, "chromium"),
    firefox: f(v.firefox, "firefox"),
    webkit: f(v.webkit, "webkit"),
  };
}
