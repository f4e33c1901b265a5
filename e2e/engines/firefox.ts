import puppeteer from "puppeteer-core";
import type { EngineSession } from "./types";
import { pageExpression } from "./types";

/**
 * Debian's firefox-esr over WebDriver BiDi (puppeteer-core). Playwright 1.65's Firefox channel
 * starts ESR 153 but cannot open a page (it sends a BiDi command ESR does not know). The prefs
 * keep Firefox off the closed network; the only one that touches WebSockets is the reconnect
 * delay below, which changes when a socket starts, never how it ends.
 */
export async function launchFirefox(opts: { failDelay?: boolean } = {}): Promise<EngineSession> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX_PATH || "/usr/bin/firefox-esr",
    headless: true,
    protocolTimeout: 300_000,
    extraPrefsFirefox: {
      "app.update.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "extensions.update.enabled": false,
      // Firefox makes a new socket to a host:port whose last attempt failed wait, 200 ms at first
      // and growing 1.5× per failure up to 60 s. Back-to-back failing scenarios would wait ever
      // longer, so measurements and tests turn it off; e2e/browser-timers.spec.ts measures it on.
      "network.websocket.delay-failed-reconnects": opts.failDelay ?? false,
    },
  });
  const page = await browser.newPage();
  const userAgent = await page.evaluate(() => navigator.userAgent);
  const version = (await browser.version()).replace(/^firefox\//i, "");
  return {
    id: "firefox",
    version,
    userAgent,
    async goto(url) {
      await page.goto(url);
    },
    async run(fn, arg, timeoutMs = 120_000) {
      page.setDefaultTimeout(timeoutMs);
      return page.evaluate(pageExpression(fn as (a: never) => unknown, arg)) as never;
    },
    async close() {
      await browser.close();
    },
  };
}
