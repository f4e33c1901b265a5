import { chromium } from "@playwright/test";
import type { EngineSession } from "./types";
import { pageExpression } from "./types";

/** Debian's chromium, or $CHROMIUM_PATH; the flags keep it from calling home on a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<EngineSession> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  const userAgent = await page.evaluate(() => navigator.userAgent);
  return {
    id: "chromium",
    version: browser.version(),
    userAgent,
    async goto(url) {
      await page.goto(url);
    },
    async run(fn, arg, timeoutMs = 120_000) {
      page.setDefaultTimeout(timeoutMs);
      return page.evaluate(pageExpression(fn as (a: never) => unknown, arg));
    },
    async close() {
      await browser.close();
    },
  };
}
