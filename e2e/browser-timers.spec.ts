import net from "node:net";
import { expect, test, type Page } from "@playwright/test";

/**
 * Chromium's own timers and its endpoint lock, which the site describes on /codes/1006, the 1006
 * guide and several comparisons. They take minutes of real time: each test waits for the browser
 * itself, from one of the site's pages (a loopback origin: Chromium refuses loopback sockets from
 * about:blank), against a TCP server in this process
 * that reads the upgrade request and never answers it (the scenario server caps held handshakes
 * at 30 s, on purpose), or against the scenario server's client-close?reply=never.
 */

type Outcome = { opened: boolean; errored: boolean; code: number; wasClean: boolean; seconds: number };

/** Opens a socket in the page, runs `then` once it is open, and reports how it ended. */
function socketOutcome(page: Page, url: string, closeWhenOpen: boolean): Promise<Outcome> {
  return page.evaluate(
    ([u, closeIt]) =>
      new Promise<Outcome>((resolve) => {
        const t0 = performance.now();
        let opened = false;
        let errored = false;
        const ws = new WebSocket(u);
        ws.onopen = () => {
          opened = true;
          if (closeIt) ws.close(1000, "page closes");
        };
        ws.onerror = () => (errored = true);
        ws.onclose = (e) =>
          resolve({
            opened,
            errored,
            code: e.code,
            wasClean: e.wasClean,
            seconds: (performance.now() - t0) / 1000,
          });
      }),
    [url, closeWhenOpen] as const,
  );
}

/** A TCP server that reads every upgrade request and answers none of them. */
async function silentServer() {
  const requests: number[] = [];
  const sockets = new Set<net.Socket>();
  const t0 = performance.now();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on("error", () => {});
    s.once("data", () => requests.push(performance.now() - t0));
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/`,
    requests,
    sockets,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

test.describe("Chromium's timers", () => {
  test.describe.configure({ mode: "parallel" });

  test("an upgrade nobody answers fails after 240 s, with error and 1006", async ({ page }) => {
    test.setTimeout(300_000);
    const server = await silentServer();
    try {
      await page.goto("/en/api");
      const o = await socketOutcome(page, server.url, false);
      expect(o).toMatchObject({ opened: false, errored: true, code: 1006, wasClean: false });
      expect(o.seconds).toBeGreaterThan(238);
      expect(o.seconds).toBeLessThan(246);
    } finally {
      server.close();
    }
  });

  test("a close() the server never answers ends after about 60 s, with 1006 and no error", async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await page.goto("/en/api");
    const ws = baseURL!.replace(/^http/, "ws");
    const t0 = Date.now();
    const o = await socketOutcome(page, `${ws}/ws/client-close?reply=never`, true);
    expect(o).toMatchObject({ opened: true, errored: false, code: 1006, wasClean: false });
    // Measured from the constructor: the open takes milliseconds, the wait is Chromium's.
    expect(o.seconds).toBeGreaterThan(59);
    expect(o.seconds).toBeLessThan(63);
    expect(Date.now() - t0).toBeLessThan(70_000);
  });
});

test("one pending handshake per host and port: a second socket waits behind a hung upgrade", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const same = await silentServer();
  const other = await silentServer();
  try {
    await page.goto("/en/api");
    await page.evaluate(
      ([a, b]) => {
        const w = window as unknown as { held: WebSocket[] };
        w.held = [new WebSocket(a), new WebSocket(a), new WebSocket(b)];
      },
      [same.url, other.url] as const,
    );
    // The other endpoint gets its upgrade at once; the same endpoint's second one never comes
    // while the first is pending.
    await expect.poll(() => other.requests.length, { timeout: 5000 }).toBe(1);
    await expect.poll(() => same.requests.length, { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(3000);
    expect(same.requests.length, "the second upgrade to the same endpoint is held back").toBe(1);
    // Once the pending handshake fails (the server drops it), the queued socket goes ahead.
    for (const s of same.sockets) s.destroy();
    await expect.poll(() => same.requests.length, { timeout: 5000 }).toBe(2);
  } finally {
    same.close();
    other.close();
  }
});
