import { expect, test, type Page } from "@playwright/test";
import { allCodes, allRanges, getCode } from "../lib/close-codes";
import { RawWsServer } from "./support/raw-ws-server";

/**
 * Browser truth: every rule the site renders from the registry (<BrowserRules />, range pages,
 * facts boxes, decoder) is checked here against a real Chromium talking to a real socket.
 * The expectations are read from the registry, so a wrong row fails this suite.
 */
type Observed = {
  opened: boolean;
  error: boolean;
  code: number | null;
  reason: string;
  wasClean: boolean | null;
};

const server = new RawWsServer();
test.beforeAll(async () => {
  await server.start();
});
test.afterAll(async () => {
  await server.stop();
});

let seq = 0;
const sid = () => `s${process.pid}-${++seq}-${Date.now()}`;

/** Opens a socket in the page and resolves with what the page observed when it closed. */
async function observe(
  page: Page,
  url: string,
  closeWith?: { code?: number; reason?: string },
): Promise<Observed> {
  return page.evaluate(
    ([u, c]) =>
      new Promise<Observed>((resolve) => {
        const o: Observed = { opened: false, error: false, code: null, reason: "", wasClean: null };
        const ws = new WebSocket(u);
        ws.onopen = () => {
          o.opened = true;
          if (c && c.code === undefined) ws.close();
          else if (c) ws.close(c.code, c.reason);
        };
        ws.onerror = () => (o.error = true);
        ws.onclose = (e) => resolve({ ...o, code: e.code, reason: e.reason, wasClean: e.wasClean });
      }),
    [url, closeWith] as const,
  );
}

async function waitForServer(id: string, n = 1) {
  await expect
    .poll(() => server.sessions.get(id)?.filter((r) => !r.ended).length ?? 0)
    .toBeGreaterThanOrEqual(n);
  return server.sessions.get(id)!.filter((r) => !r.ended);
}

test.beforeEach(async ({ page }) => {
  await page.goto("/en");
});

test.describe("codes a server sends reach CloseEvent.code", () => {
  for (const c of allCodes().filter((x) => x.inCloseEvent === "from-peer")) {
    test(`${c.code} from the server: page sees ${c.code}, wasClean true, no error`, async ({ page }) => {
      const id = sid();
      const o = await observe(page, server.url(`/close/${c.code}?reason=bye+${c.code}`, id));
      expect(o).toEqual({
        opened: true,
        error: false,
        code: c.code,
        reason: `bye ${c.code}`,
        wasClean: true,
      });
      const back = await waitForServer(id);
      expect(back[0]).toEqual({ code: c.code, reason: `bye ${c.code}` }); // Chromium echoes code and reason
    });
  }

  for (const r of allRanges().filter((x) => x.id !== "protocol")) {
    for (const n of new Set([r.from, r.to, Math.floor((r.from + r.to) / 2)])) {
      if (getCode(n)) continue;
      test(`unregistered ${n} (${r.id}) passes through unchanged`, async ({ page }) => {
        const o = await observe(page, server.url(`/close/${n}?reason=x`, sid()));
        expect(o).toEqual({ opened: true, error: false, code: n, reason: "x", wasClean: true });
      });
    }
  }
});

test.describe("codes the browser makes up", () => {
  test("an empty close frame is reported as 1005", async ({ page }) => {
    const o = await observe(page, server.url("/empty-close", sid()));
    expect(o).toEqual({ opened: true, error: false, code: 1005, reason: "", wasClean: true });
  });

  for (const c of allCodes().filter((x) => x.onWire === "forbidden")) {
    test(`${c.code} in a close frame fails the connection: error + 1006, server gets 1002`, async ({
      page,
    }) => {
      const id = sid();
      const o = await observe(page, server.url(`/close/${c.code}?reason=x`, id));
      expect(o).toEqual({ opened: true, error: true, code: 1006, reason: "", wasClean: false });
      const back = await waitForServer(id);
      expect(back[0]?.code).toBe(1002);
    });
  }

  for (const status of [401, 403, 404, 500, 503]) {
    test(`HTTP ${status} instead of 101: never opens, error, then 1006`, async ({ page }) => {
      const o = await observe(page, server.url(`/status/${status}`, sid()));
      expect(o).toEqual({ opened: false, error: true, code: 1006, reason: "", wasClean: false });
    });
  }

  test("TCP closed after open without a close frame: 1006, no error event", async ({ page }) => {
    const o = await observe(page, server.url("/drop", sid()));
    expect(o).toEqual({ opened: true, error: false, code: 1006, reason: "", wasClean: false });
  });

  test("a close frame followed by a TCP reset keeps its code but wasClean is false", async ({ page }) => {
    const o = await observe(page, server.url("/close-then-rst", sid()));
    expect(o).toMatchObject({ opened: true, error: false, code: 1000, reason: "rst50", wasClean: false });
  });
});

test.describe("what a page may send with close()", () => {
  const candidates = [...allCodes().map((c) => c.code), 0, 999, 2999, 3001, 4004, 4999, 5000, 65535];
  for (const code of candidates) {
    const sendable =
      getCode(code)?.sendableByPage ??
      allRanges().find((r) => code >= r.from && code <= r.to)!.sendableByPage;
    test(`close(${code}) ${sendable ? "is sent as is" : "throws InvalidAccessError and sends nothing"}`, async ({
      page,
    }) => {
      const id = sid();
      const thrown = await page.evaluate(
        ([u, code]) =>
          new Promise<string>((resolve) => {
            const ws = new WebSocket(u);
            ws.onopen = () => {
              try {
                ws.close(code, "t");
                resolve("none");
              } catch (e) {
                resolve((e as DOMException).name);
                ws.close(1000, "after");
              }
            };
          }),
        [server.url("/echo", id), code] as const,
      );
      expect(thrown).toBe(sendable ? "none" : "InvalidAccessError");
      const back = await waitForServer(id);
      expect(back[0]).toEqual(sendable ? { code, reason: "t" } : { code: 1000, reason: "after" });
    });
  }

  test("a reason over 123 UTF-8 bytes throws SyntaxError; 123 bytes is fine", async ({ page }) => {
    const result = await page.evaluate(
      (u) => {
        return new Promise<string[]>((resolve) => {
          const ws = new WebSocket(u);
          ws.onopen = () => {
            const out: string[] = [];
            try {
              ws.close(1000, "é".repeat(62)); // 124 bytes, 62 characters
            } catch (e) {
              out.push((e as DOMException).name);
            }
            ws.close(1000, "a".repeat(123));
            out.push("sent");
            resolve(out);
          };
        });
      },
      server.url("/echo", sid()),
    );
    expect(result).toEqual(["SyntaxError", "sent"]);
  });

  test("close() without a code sends an empty close frame; both sides see 1005", async ({ page }) => {
    const id = sid();
    const o = await observe(page, server.url("/echo", id), {});
    expect(o).toEqual({ opened: true, error: false, code: 1005, reason: "", wasClean: true });
    const back = await waitForServer(id);
    expect(back[0]).toEqual({ code: null, reason: "" });
  });

  test("the page's CloseEvent carries the server's reply to its own close", async ({ page }) => {
    const o = await observe(page, server.url("/echo", sid()), { code: 4001, reason: "mine" });
    expect(o).toEqual({ opened: true, error: false, code: 4001, reason: "mine", wasClean: true });
  });
});

test("leaving the page sends 1001 with an empty reason", async ({ page }) => {
  const id = sid();
  await page.evaluate(
    (u) =>
      new Promise<void>((resolve) => {
        const ws = new WebSocket(u);
        (window as unknown as { __ws: WebSocket }).__ws = ws;
        ws.onopen = () => resolve();
      }),
    server.url("/echo", id),
  );
  await page.goto("/en/codes");
  const back = await waitForServer(id);
  expect(back[0]).toEqual({ code: 1001, reason: "" });
});
