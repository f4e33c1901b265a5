import { defineConfig, devices } from "@playwright/test";
import type { EngineId } from "./packages/closecodes/src/engines/ids";
import { CHROMIUM_ARGS } from "./e2e/engines/chromium";

/**
 * e2e against the production build (`next build` first; scripts/test.sh does it), in three
 * engines from Debian's packages: the whole suite in Chromium, and the browser-truth specs
 * (every per-engine claim) also in Firefox ESR and WebKitGTK, driven by e2e/engines/. Playwright's
 * browser download is not available on every machine. The flags keep Chromium from calling home
 * on a closed network.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.CHROMIUM_PATH || undefined;
/** The specs that hold per-engine claims: they take the `engine` fixture and run everywhere. */
const everyEngine = /(browser-truth|scenarios|browser-timers|tester-engines|islands)\.spec\.ts$/;

export default defineConfig<object, { engineId: EngineId }>({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
    ...(["firefox", "webkit"] as const).map((engineId: EngineId) => ({
      name: engineId,
      testMatch: everyEngine,
      use: { engineId },
    })),
  ],
  webServer: {
    command: `npx tsx server.ts --port ${port}`,
    env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    url: `http://localhost:${port}/en`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
