import { expect, test } from "@playwright/test";

/** The scenario server's guards: bad parameters are refused before any upgrade, with reasons. */
test("a bad scenario parameter is an HTTP 400 that names it, before any upgrade", async ({ request }) => {
  for (const [path, needle] of [
    ["/ws/close?code=abc", "code: must be an integer 1000–4999"],
    ["/ws/close?code=1006", "must not be sent in a close frame; use /ws/close-raw"],
    ["/ws/close?code=2000", "must not be sent"],
    ["/ws/close?reason=" + "x".repeat(124), "reason: at most 123 UTF-8 bytes, got 124"],
    ["/ws/close?delay=999999", "delay: must be an integer 0–60000 (ms)"],
    ["/ws/drop?how=explode", "how: must be one of fin, rst, half-frame"],
    ["/ws/close?nope=1", 'unknown parameter "nope"'],
    ["/ws/close?sid=short", "sid: must be 16–64 characters"],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.text(), path).toContain(needle);
  }
  const unknown = await request.get("/ws/nothing-here");
  expect(unknown.status()).toBe(404);
});

test("a bad parameter on a real upgrade is answered with 400, and the page sees error + 1006", async ({
  page,
  baseURL,
}) => {
  await page.goto("/en");
  const o = await page.evaluate(
    (url) =>
      new Promise<{ error: boolean; code: number }>((resolve) => {
        let error = false;
        const ws = new WebSocket(url);
        ws.onerror = () => (error = true);
        ws.onclose = (e) => resolve({ error, code: e.code });
      }),
    `${baseURL!.replace(/^http/, "ws")}/ws/close?code=1005`,
  );
  expect(o).toEqual({ error: true, code: 1006 });
});

test("wire reports are per session and unknown sessions are 404", async ({ request }) => {
  const res = await request.get("/ws-report/doesnotexist0000000");
  expect(res.status()).toBe(404);
  const bad = await request.get("/ws-report/..%2F..%2Fetc");
  expect(bad.status()).toBe(404);
});
