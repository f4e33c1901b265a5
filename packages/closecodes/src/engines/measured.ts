import type { EngineId } from "./ids.ts";

/**
 * The engine builds every per-engine rule in this package was measured in, and when. The site's
 * `npm run truth` writes its full measurements (lib/engines/measurements.json) and this summary
 * together; a test checks the two agree.
 */
export type MeasuredEngine = { id: EngineId; name: string; version: string };

export const MEASURED: { measuredAt: string; engines: readonly MeasuredEngine[] } = {
  measuredAt: "2026-12-04",
  engines: [
    { id: "chromium", name: "Chromium", version: "156.0.8078.114" },
    { id: "firefox", name: "Firefox", version: "153.8.0" },
    { id: "webkit", name: "WebKitGTK", version: "2.50.6" },
  ],
};

export function measuredVersion(id: EngineId): string {
  const e = MEASURED.engines.find((x) => x.id === id);
  if (!e) throw new Error(`no measured version for ${id}`);
  return e.version;
}
