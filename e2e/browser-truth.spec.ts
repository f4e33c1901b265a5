import { expect, test, type Page } from "@playwright/test";
import { allCodes, allRanges, getCode } from "../lib/close-codes";
import type { WireReport } from "../server/report";

/**
 * Browser truth: every rule the reference pages render from the registry (<BrowserRules />,
 * range pages, facts boxes, the decoder) is checked here against a real Chromium talking to the
 * real scenario server. Expectations are read from the registry, so a wrong row fails this suite.
 */
type Observed = {
  opened: boolean;
  error: boolean;
  code: number | null;
  reason: string;
  wasClean: boolean | null;
};

let seq = 0;
const sid = () => `truth${process.pid}x${Date.now().toString(36)}x${++seq}`;

function wsUrl(baseURL: string, path: string, id: string) {
  return `${baseURL.replace(/^http/, "ws")}${path}${path.includes("?") ? "&" : "?"}sid=${id}`;
}

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

/** The close frames the browser sent, from the server's wire report. */
async function browserCloses(page: Page, id: string) {
  let report: WireReport | undefined;
  await expect
    .poll(async () => {
      const res = await page.request.get(`/ws-report/${id}`);
      report = res.ok() ? ((await res.json()) as WireReport) : undefined;
      return report?.events.some((e) => e.kind === "frame" && e.dir === "in" && e.type === "close") ?? false;
    })
    .toBe(true);
  return report!.events.flatMap((e) => (e.kind === "frame" && e.dir === "in" && e.close ? [e.close] : []));
}

test.beforeEach(async ({ page }) => {
  await page.goto("/en");
});

test.describe("codes a server sends reach CloseEvent.code", () => {
  for (const c of allCodes().filter((x) => x.inCloseEvent === "from-peer")) {
    test(`${c.code} from the server: page sees ${c.code}, wasClean true, no error; Chromium echoes it`, async ({
      page,
      baseURL,
    }) => {
      const id = sid();
      const o = await observe(page, wsUrl(baseURL!, `/ws/close-raw?code=${c.code}&reason=bye+${c.code}`, id));
      expect(o).toEqual({
        opened: true,
        error: false,
        code: c.code,
        reason: `bye ${c.code}`,
        wasClean: true,
      });
      const [back] = await browserCloses(page, id);
      expect(back).toMatchObject({ code: c.code, reason: `bye ${c.code}` });
    });
  }

  for (const r of allRanges().filter((x) => x.id !== "protocol")) {
    for (const n of new Set([r.from, r.to, Math.floor((r.from + r.to) / 2)])) {
      if (getCode(n)) continue;
      test(`unregistered ${n} (${r.id}) passes through unchanged`, async ({ page, baseURL }) => {
        const o = await observe(page, wsUrl(baseURL!, `/ws/close-raw?code=${n}&reason=x`, sid()));
        expect(o).toEqual({ opened: true, error: false, code: n, reason: "x", wasClean: true });
      });
    }
  }
});

test.describe("codes the browser makes up", () => {
  test("an empty close frame is reported as 1005", async ({ page, baseURL }) => {
    const o = await observe(page, wsUrl(baseURL!, "/ws/empty-close", sid()));
    expect(o).toEqual({ opened: true, error: false, code: 1005, reason: "", wasClean: true });
  });

  for (const c of allCodes().filter((x) => x.onWire === "forbidden")) {
    test(`${c.code} in a close frame fails the connection: error + 1006, server gets 1002`, async ({
      page,
      baseURL,
    }) => {
      const id = sid();
      const o = await observe(page, wsUrl(baseURL!, `/ws/close-raw?code=${c.code}&reason=x`, id));
      expect(o).toEqual({ opened: true, error: true, code: 1006, reason: "", wasClean: false });
      const [back] = await browserCloses(page, id);
      expect(back?.code).toBe(1002);
    });
  }

  for (const status of [401, 403, 404, 500, 503]) {
    test(`HTTP ${status} instead of 101: never opens, error, then 1006`, async ({ page, baseURL }) => {
      const o = await observe(page, wsUrl(baseURL!, `/ws/handshake-status?status=${status}`, sid()));
      expect(o).toEqual({ opened: false, error: true, code: 1006, reason: "", wasClean: false });
    });
  }

  test("TCP closed after open without a close frame: 1006, no error event", async ({ page, baseURL }) => {
    const o = await observe(page, wsUrl(baseURL!, "/ws/drop", sid()));
    expect(o).toEqual({ opened: true, error: false, code: 1006, reason: "", wasClean: false });
  });

  test("a close frame followed by a TCP reset keeps its code but wasClean is false", async ({
    page,
    baseURL,
  }) => {
    const o = await observe(page, wsUrl(baseURL!, "/ws/close-then-rst?reason=rst", sid()));
    expect(o).toEqual({ opened: true, error: false, code: 1000, reason: "rst", wasClean: false });
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
      baseURL,
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
        [wsUrl(baseURL!, "/ws/echo", id), code] as const,
      );
      expect(thrown).toBe(sendable ? "none" : "InvalidAccessError");
      const [back] = await browserCloses(page, id);
      expect(back).toMatchObject(sendable ? { code, reason: "t" } : { code: 1000, reason: "after" });
    });
  }

  test("a reason over 123 UTF-8 bytes throws SyntaxError; 123 bytes is fine", async ({ page, baseURL }) => {
    const id = sid();
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
      wsUrl(baseURL!, "/ws/echo", id),
    );
    expect(result).toEqual(["SyntaxError", "sent"]);
    const [back] = await browserCloses(page, id);
    expect(back).toMatchObject({ code: 1000, reason: "a".repeat(123) });
  });

  test("close() without a code sends an empty close frame; both sides see 1005", async ({
    page,
    baseURL,
  }) => {
    const id = sid();
    const o = await observe(page, wsUrl(baseURL!, "/ws/echo", id), {});
    expect(o).toEqual({ opened: true, error: false, code: 1005, reason: "", wasClean: true });
    const [back] = await browserCloses(page, id);
    expect(back).toMatchObject({ code: null, reason: "" });
  });

  test("the page's CloseEvent carries the server's reply to its own close", async ({ page, baseURL }) => {
    const o = await observe(
      page,
      wsUrl(baseURL!, "/ws/client-close?reply=different&code=4001&reason=mine", sid()),
      {
        code: 1000,
        reason: "bye",
      },
    );
    expect(o).toEqual({ opened: true, error: false, code: 4001, reason: "mine", wasClean: true });
  });
});

test("leaving the page sends 1001 with an empty reason", async ({ page, baseURL }) => {
  const id = sid();
  await page.evaluate(
    (u) =>
      new Promise<void>((resolve) => {
        const ws = new WebSocket(u);
        (window as unknown as { __ws: WebSocket }).__ws = ws;
        ws.onopen = () => resolve();
      }),
    wsUrl(baseURL!, "/ws/echo", id),
  );
  await page.goto("/en/codes");
  const [back] = await browserCloses(page, id);
  expect(back).toMatchObject({ code: 1001, reason: "" });
});
