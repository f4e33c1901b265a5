import { expect, test } from "@playwright/test";
import { scenarios } from "../lib/scenarios/catalogue";
import { backoffDelay, MAX_ATTEMPTS, retryPolicy } from "../lib/tester/reconnect";

/** Tester journeys in a real Chromium against the real scenario server on the same port. */
test("connect, send, receive the echo, close with a code: decoded as the page's own close echoed", async ({
  page,
}) => {
  await page.goto("/en/tester?s=echo");
  await page.getByRole("button", { name: "Connect" }).click();
  const log = page.getByTestId("event-log");
  await expect(log).toContainText("open");
  await page.getByRole("textbox", { name: "Message" }).fill("hello <b>world</b>");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(log).toContainText("message: hello <b>world</b>");
  await expect(page.locator("b", { hasText: "world" })).toHaveCount(0); // shown as text, never as HTML
  await page.getByLabel("Code", { exact: true }).fill("4000");
  await page.getByLabel("Reason", { exact: true }).fill("done here");
  await page.getByRole("button", { name: "close()" }).click();
  await expect(page.getByTestId("result-code")).toHaveText("4000");
  await expect(page.getByTestId("result-producer")).toHaveAttribute("data-producer", "page-echo");
  // The wire report shows the page's close frame and the server's echo.
  const wire = page.getByTestId("wire-report");
  await expect(wire.locator('[data-dir="in"]', { hasText: "close 4000" })).toBeVisible();
  await expect(wire.locator('[data-dir="out"]', { hasText: "close 4000" })).toBeVisible();
  await expect(page.getByTestId("timeline")).toBeVisible();
});

test("close with an invalid code is explained and nothing is sent", async ({ page }) => {
  await page.goto("/en/tester?s=echo");
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page.getByTestId("event-log")).toContainText("open");
  await page.getByLabel("Code", { exact: true }).fill("1001");
  await page.getByRole("button", { name: "close()" }).click();
  await expect(page.getByTestId("close-error")).toContainText("InvalidAccessError");
  // The rule in the message comes from its one home (closecodes/codes/rules), filled in.
  await expect(page.getByTestId("close-error")).toContainText("a page may only send 1000 or 3000–4999");
  await expect(page.getByTestId("event-log")).toContainText("would throw InvalidAccessError");
  await page.getByLabel("Code", { exact: true }).fill("1000");
  await page.getByLabel("Reason", { exact: true }).fill("é".repeat(62));
  await page.getByRole("button", { name: "close()" }).click();
  await expect(page.getByTestId("close-error")).toContainText("124 UTF-8 bytes, the limit is 123");
  await expect(page.getByText("124 of 123 bytes")).toBeVisible();
  // The socket is still open: a valid close now works.
  await page.getByLabel("Reason", { exact: true }).fill("ok");
  await page.getByRole("button", { name: "close()" }).click();
  await expect(page.getByTestId("result-code")).toHaveText("1000");
});

test("a permalink restores the scenario and its parameters", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/en/tester");
  // The tester starts after the first paint; its controls are disabled until its session exists.
  await expect(page.getByRole("button", { name: "Connect" })).toBeEnabled();
  await page.getByRole("radio", { name: /HTTP status instead of 101/ }).check();
  await page.getByRole("textbox", { name: "status" }).fill("429");
  await page.getByRole("button", { name: "Copy permalink" }).click();
  await expect(page).toHaveURL(/\?s=handshake-status&status=429$/);
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole("radio", { name: /HTTP status instead of 101/ })).toBeChecked();
  await expect(other.getByRole("textbox", { name: "status" })).toHaveValue("429");
  await other.getByRole("button", { name: "Connect" }).click();
  await expect(other.getByTestId("result-diagnosis")).toHaveAttribute("data-diagnosis", "handshake-rejected");
  await expect(other.getByTestId("wire-status")).toHaveText("429");
});

test("export downloads the whole session as JSON", async ({ page }) => {
  await page.goto("/en/tester?s=close&code=4004&reason=bye");
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page.getByTestId("result-code")).toHaveText("4004");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const path = await download.path();
  const data = JSON.parse(await (await import("node:fs/promises")).readFile(path!, "utf8"));
  expect(data.target).toMatchObject({ kind: "scenario", id: "close" });
  expect(data.attempts[0].obs).toMatchObject({ code: 4004, reason: "bye", wasClean: true });
  expect(data.log.some((e: { kind: string }) => e.kind === "close")).toBe(true);
});

test("auto-reconnect backs off on 1006 and stops on a policy code", async ({ page }) => {
  await page.goto("/en/tester?s=drop&delay=50&reconnect=1");
  await page.getByRole("button", { name: "Connect" }).click();
  const log = page.getByTestId("event-log");
  await expect(log).toContainText("reconnecting in");
  await expect(log.locator('[data-kind="connect"]')).toHaveCount(3, { timeout: 15_000 });
  await page.getByRole("button", { name: "Stop" }).click();

  await page.goto("/en/tester?s=close&code=1008&reconnect=1");
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(log).toContainText("no reconnect: 1008");
  await expect(log.locator('[data-kind="connect"]')).toHaveCount(1);
});

test("a bad parameter is refused in the form with the server's own message", async ({ page }) => {
  await page.goto("/en/tester?s=close&code=1005");
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page.getByTestId("form-error")).toContainText("must not be sent in a close frame");
  await expect(page.getByTestId("event-log")).not.toContainText("new WebSocket");
});

test("the tester works in Russian and on a phone", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await page.goto("/ru/tester?s=idle-proxy&idle=1");
  await page.getByRole("button", { name: "Подключиться" }).click();
  await expect(page.getByTestId("result-code")).toHaveText("1006", { timeout: 10_000 });
  await expect(page.getByTestId("result-producer")).toContainText("Сам браузер");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await ctx.close();
});

test("every code page links to the tester, and the link reproduces the code", async ({ page }) => {
  await page.goto("/en/codes/1005");
  const link = page.getByTestId("try-live").getByRole("link").first();
  await link.click();
  await expect(page).toHaveURL(/\/en\/tester\?s=/);
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page.getByTestId("result-code")).toHaveText("1005");
});

test("the catalogue is served as JSON with open CORS", async ({ request }) => {
  const res = await request.get("/api/scenarios.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  const data = await res.json();
  expect(data.scenarios.map((s: { id: string }) => s.id)).toEqual(scenarios.map((s) => s.id));
  // The contract: engines with ids and versions, and per variant an expectation per engine.
  expect(data.engines.map((e: { id: string }) => e.id)).toEqual(["chromium", "firefox", "webkit"]);
  for (const e of data.engines) expect(e.version).toMatch(/^\d+\.\d+/);
  type Variant = {
    query: string;
    url: string;
    expected: Record<string, Record<string, unknown>>;
    racy?: Record<string, string[]>;
  };
  const all: Variant[] = data.scenarios.flatMap((s: { variants: Variant[] }) => s.variants);
  expect(all.length).toBeGreaterThanOrEqual(60);
  for (const v of all)
    for (const id of ["chromium", "firefox", "webkit"])
      expect(Object.keys(v.expected[id]!).sort(), `${v.url} ${id}`).toEqual([
        "code",
        "error",
        "open",
        "reason",
        "wasClean",
      ]);
  // Timing-dependent fields are named beside `expected`, never inside it.
  const fin = data.scenarios.find((s: { id: string }) => s.id === "close-then-fin").variants[0] as Variant;
  expect(fin.racy).toEqual({ firefox: ["wasClean"] });
  const close = data.scenarios.find((s: { id: string }) => s.id === "close");
  expect(close).toMatchObject({ url: "/ws/close", illustrates: { code: 1000 } });
  const v1012 = close.variants.find((v: Variant) => v.query === "?code=1012");
  expect(v1012.expected.chromium).toMatchObject({ code: 1012, wasClean: true });
  expect(v1012.expected.webkit).toMatchObject({ error: true, code: 1006 });
});

test("server pings and the browser's pongs show up live with round-trip times", async ({ page }) => {
  await page.goto("/en/tester?s=echo&ping=1");
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page.getByTestId("event-log")).toContainText("open");
  // No close yet: the wire report refreshes while the socket is open.
  await expect(page.getByTestId("wire-report")).toContainText("pong after", { timeout: 8_000 });
  await expect(
    page.getByTestId("wire-report").locator('[data-dir="out"]', { hasText: "ping" }).first(),
  ).toBeVisible();
  await page.getByRole("button", { name: "close()" }).click();
  await expect(page.getByTestId("result-code")).toHaveText("1000");
});

test.describe("an engine this site has not measured", () => {
  // Safari on macOS: WebKit over Apple's network stack, not the WebKitGTK this site measures.
  test.use({
    userAgent:
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  });

  test("gets no ✓ or ✗, a note saying why, and all three measured outcomes", async ({ page }) => {
    await page.goto("/en/tester?s=close-raw&code=1012");
    await page.getByRole("button", { name: "Connect" }).click();
    await expect(page.getByTestId("result-code")).toHaveText("1012");
    await expect(page.getByTestId("result-unmeasured")).toContainText("Apple's own network stack");
    await expect(page.getByTestId("result").locator("[data-mark]")).toHaveCount(0);
    const rows = page.getByTestId("engine-outcomes").locator("tr[data-engine]");
    await expect(rows).toHaveCount(3);
    await expect(page.getByTestId("engine-outcomes").locator("tr[data-current]")).toHaveCount(0);
    // WebKitGTK fails on 1012; Chromium and Firefox pass it on.
    await expect(rows.nth(2)).toContainText("1006");
    await expect(rows.nth(0)).toContainText("1012");
  });
});

test("your own server: the tester says how to see what the browser hides, with the URL filled in", async ({
  page,
}) => {
  await page.goto("/en/tester");
  await expect(page.getByRole("button", { name: "Connect" })).toBeEnabled();
  await page.getByRole("radio", { name: "WebSocket URL" }).check();
  const url = page.getByRole("textbox", { name: "WebSocket URL" });
  await url.fill("wss://example.test/socket?<b>x</b>");
  const hint = page.getByTestId("cli-hint");
  await expect(hint).toContainText("a 403 on the upgrade is just 1006 here");
  await expect(hint.locator("code")).toHaveText("npx closecodes probe wss://example.test/socket?<b>x</b>");
  await expect(hint.locator("b")).toHaveCount(0); // the URL is text, never markup
  await page.goto("/ru/tester");
  await expect(page.getByRole("button", { name: "Подключиться" })).toBeEnabled();
  await page.getByRole("radio", { name: "URL WebSocket" }).check();
  await expect(page.getByTestId("cli-hint")).toContainText("403 на апгрейд здесь — просто 1006");
});

test("leaving the tester mid-reconnect stops it: the next page opens no socket and polls nothing", async ({
  page,
}) => {
  // Every attempt at handshake-status gets a 403: the page sees 1006, and 1006 is retried.
  const policy = retryPolicy(1006);
  expect(policy).not.toBeNull();
  if (policy === null) return;
  // The longest wait the tester can have pending when the user leaves: the last retry's delay
  // with the jitter at its top (backoffDelay draws random() from [0, 1)).
  const longest = Math.max(
    ...Array.from({ length: MAX_ATTEMPTS - 1 }, (_, attempt) => backoffDelay(policy, attempt, () => 1)),
  );
  const margin = 1_500; // a due timer's socket would show up in a few ms; this allows a slow machine
  test.setTimeout(longest + margin + 30_000);

  const sockets: string[] = [];
  const reports: string[] = [];
  page.on("websocket", (ws) => sockets.push(ws.url()));
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/ws-report/")) reports.push(r.url());
  });

  await page.goto("/en/tester?s=handshake-status&reconnect=1");
  await page.getByRole("button", { name: "Connect" }).click();
  // A retry is now pending (or a later attempt is under way): leave through the header, as a
  // user would. The header's links are plain links (reference pages have no client router), so
  // this is a full page load; the claim checked is what the user sees: nothing of the tester
  // keeps running once they have left it.
  await expect(page.getByTestId("event-log").locator('[data-kind="reconnect"]').first()).toBeVisible();
  expect(sockets.length).toBeGreaterThan(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Codes" }).click();
  await expect(page).toHaveURL(/\/en\/codes$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const socketsAtLeave = sockets.length;
  const reportsAtLeave = reports.length;

  // Nothing to await here: the claim is that no event comes. Watch for longer than any delay
  // the tester could have pending.
  await page.waitForTimeout(longest + margin);
  expect(sockets.slice(socketsAtLeave), "sockets opened after leaving the tester").toEqual([]);
  expect(reports.slice(reportsAtLeave), "wire reports polled after leaving the tester").toEqual([]);
  await expect(page.getByTestId("event-log")).toHaveCount(0);
});
