import { expect, test } from "@playwright/test";
import { variants } from "../lib/scenarios/variants";
import type { WireReport } from "../server/report";

/**
 * Browser truth for the scenario catalogue: for every scenario (and the variants worth proving),
 * a real Chromium connects to the real scenario server on the site's own port, and its
 * CloseEvent (code, reason, wasClean), `error` and `open` must equal the expectation stored with
 * the scenario; the wire report must show what the server expects to see from Chromium.
 */
type Observed = { opened: boolean; error: boolean; code: number; reason: string; wasClean: boolean };

let n = 0;
const sid = () => `e2e${process.pid}x${Date.now().toString(36)}x${++n}`.padEnd(16, "0");

for (const v of variants()) {
  const { scenario: s, values, query } = v;
  const expected = s.expect(values);
  const duration = s.durationMs?.(values) ?? 0;
  test(`/ws/${s.id}${query} → ${expected.open ? "open, " : "never open, "}${expected.error ? "error, " : ""}${expected.code}`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(30_000 + duration * 1.5);
    await page.goto("/en");
    const id = sid();
    const wsUrl = `${baseURL!.replace(/^http/, "ws")}/ws/${s.id}${query}${query ? "&" : "?"}sid=${id}`;
    const action = s.pageAction?.(values);
    const protocols = s.protocols?.(values) ?? [];
    const o = await page.evaluate(
      ([url, protocols, action]) =>
        new Promise<Observed>((resolve) => {
          const r = { opened: false, error: false };
          const ws = new WebSocket(url, protocols);
          ws.onopen = () => {
            r.opened = true;
            if (action) setTimeout(() => ws.close(action.code, action.reason), action.closeAfterMs);
          };
          ws.onerror = () => (r.error = true);
          ws.onclose = (e) => resolve({ ...r, code: e.code, reason: e.reason, wasClean: e.wasClean });
        }),
      [wsUrl, protocols, action ?? null] as const,
    );
    expect({ open: o.opened, error: o.error, code: o.code, reason: o.reason, wasClean: o.wasClean }).toEqual(
      expected,
    );

    // The server's side of the same session.
    let report: WireReport | undefined;
    await expect
      .poll(async () => {
        const res = await page.request.get(`/ws-report/${id}`);
        report = res.ok() ? ((await res.json()) as WireReport) : undefined;
        return report?.done;
      })
      .toBe(true);
    expect(report!.scenario).toBe(s.id);
    const server = s.expectServer?.(values);
    if (server?.status) expect(report!.response?.status).toBe(server.status);
    if (server?.close) {
      const got = report!.events.find((e) => e.kind === "frame" && e.dir === "in" && e.type === "close");
      expect(got, "the browser's close frame").toBeTruthy();
      if (got?.kind === "frame") {
        expect(got.close?.code ?? null).toBe(server.close.code);
        if (server.close.reason !== undefined) expect(got.close?.reason).toBe(server.close.reason);
      }
    }
    if (s.id === "echo" && Number(values.ping) > 0) {
      expect(report!.events.filter((e) => e.kind === "rtt").length).toBeGreaterThanOrEqual(1);
    }
  });
}

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
