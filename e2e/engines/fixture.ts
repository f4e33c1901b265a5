import { test as base } from "@playwright/test";
import type { EngineId } from "closecodes/engines";
import { launchEngine, type EngineSession } from "./index";

/**
 * The browser-truth fixture: `engine` is a page in the project's engine (Chromium through
 * Playwright, Firefox through WebDriver BiDi, WebKitGTK through WebDriver), opened on the site's
 * own origin, one browser per worker. Specs that use it run in all three projects.
 */
type WorkerFixtures = { engineId: EngineId; engineSession: EngineSession };

export const test = base.extend<{ engine: EngineSession }, WorkerFixtures>({
  engineId: ["chromium", { option: true, scope: "worker" }],
  engineSession: [
    async ({ engineId }, provide) => {
      const session = await launchEngine(engineId);
      await provide(session);
      await session.close();
    },
    { scope: "worker", timeout: 60_000 },
  ],
  engine: async ({ engineSession, baseURL }, provide) => {
    // A fresh document per test: sockets a previous test left open go away with it.
    await engineSession.goto(`${baseURL}/en/api`);
    await provide(engineSession);
  },
});

export { expect } from "@playwright/test";
