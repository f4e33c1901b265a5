import { defineConfig, devices } from "@playwright/test";

/**
 * e2e in a real Chromium against the production build (`next build` first; scripts/test.sh does
 * it). Debian's chromium is used when present: Playwright's browser download is not available
 * on every machine. The flags keep Chromium from calling home on a closed network.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
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
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx tsx server.ts --port ${port}`,
    env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    url: `http://localhost:${port}/en`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
