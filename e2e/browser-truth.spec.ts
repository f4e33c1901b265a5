import { allCodes, allRanges, getCode } from "closecodes/codes";
import {
  answerTo,
  passesToPage,
  reasonWithoutCode,
  teardownClose,
  TLS_FAILURE_CODE,
} from "closecodes/engines";
import { serverSaw } from "../lib/engines/server-saw";
import { rstAfterCloseUnclean, rstFiresError } from "../lib/scenarios/engine-facts";
import type { WireReport } from "../lib/wire-report";
import { expect, test } from "./engines/fixture";
import { probe, REPORT_DONE_MS } from "./engines/probe";
import type { EngineSession } from "./engines/types";
import type { APIRequestContext } from "@playwright/test";

/**
 * Browser truth: every rule the reference pages render from the registry and the per-engine
 * rules (<BrowserRules />, range pages, facts boxes, the decoder) is checked here in the
 * project's engine — Chromium, Firefox and WebKitGTK — against the real scenario server.
 * Expectations are read from the closecodes package, so a wrong rule fails this suite in that engine.
 */
let seq = 0;
const sid = () => `truth${process.pid}x${Date.now().toString(36)}x${++seq}`;

function wsUrl(baseURL: string, path: string, id: string) {
  return `${baseURL.replace(/^http/, "ws")}${path}${path.includes("?") ? "&" : "?"}sid=${id}`;
}

const page = (o: { open: boolean; error: boolean; code: number; reason: string; wasClean: boolean }) => ({
  open: o.open,
  error: o.error,
  code: o.code,
  reason: o.reason,
  wasClean: o.wasClean,
});
const failed = { open: true, error: true, code: 1006, reason: "", wasClean: false };

/** The server's view once the session is over: the browser's close frame (or none). */
async function server(request: APIRequestContext, id: string) {
  let report: WireReport | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get(`/ws-report/${id}`);
        report = res.ok() ? ((await res.json()) as WireReport) : undefined;
        return report?.done ?? false;
      },
      { timeout: REPORT_DONE_MS },
    )
    .toBe(true);
  return serverSaw(report!);
}

async function run(
  engine: EngineSession,
  url: string,
  action: { closeAfterMs: number; code?: number; reason?: string } | null = null,
) {
  return probe(engine, { url, protocols: [], action });
}

test.describe("a code in a server's close frame", () => {
  const codes = new Set<number>(allCodes().map((c) => c.code));
  for (const r of allRanges()) for (const n of [r.from, r.to, Math.floor((r.from + r.to) / 2)]) codes.add(n);
  for (const code of [...codes].sort((a, b) => a - b)) {
    test(`${code}${getCode(code) ? "" : " (unregistered)"}: reaches the page or fails, as the engine's rule says`, async ({
      engine,
      request,
      baseURL,
    }) => {
      const id = sid();
      const reason = `bye ${code}`;
      const o = await run(engine, wsUrl(baseURL!, `/ws/close-raw?code=${code}&reason=bye+${code}`, id));
      const passes = passesToPage(engine.id, code);
      expect(page(o), `${engine.id} ${passes ? "passes" : "fails on"} ${code}`).toEqual(
        passes ? { open: true, error: false, code, reason, wasClean: true } : failed,
      );
      const back = (await server(request, id)).close;
      const answer = answerTo(engine.id, code, reason);
      expect(back).toEqual({ code: answer.code, reason: answer.reason });
    });
  }
});

test.describe("codes the browser makes up", () => {
  test("an empty close frame is reported as 1005", async ({ engine, baseURL }) => {
    const o = await run(engine, wsUrl(baseURL!, "/ws/empty-close", sid()));
    expect(page(o)).toEqual({ open: true, error: false, code: 1005, reason: "", wasClean: true });
  });

  for (const status of [401, 403, 404, 500, 503]) {
    test(`HTTP ${status} instead of 101: never opens, error, then 1006`, async ({ engine, baseURL }) => {
      const o = await run(engine, wsUrl(baseURL!, `/ws/handshake-status?status=${status}`, sid()));
      expect(page(o)).toEqual({ open: false, error: true, code: 1006, reason: "", wasClean: false });
    });
  }

  test("TCP closed with FIN after open, without a close frame: 1006, no error event", async ({
    engine,
    baseURL,
  }) => {
    const o = await run(engine, wsUrl(baseURL!, "/ws/drop", sid()));
    expect(page(o)).toEqual({ open: true, error: false, code: 1006, reason: "", wasClean: false });
  });

  test("TCP reset after open: 1006; error fires only in the engines the pages name", async ({
    engine,
    baseURL,
  }) => {
    const o = await run(engine, wsUrl(baseURL!, "/ws/drop?how=rst", sid()));
    const error = rstFiresError().includes(engine.id);
    expect(page(o)).toEqual({ open: true, error, code: 1006, reason: "", wasClean: false });
  });

  test("a close frame followed by a TCP reset: wasClean false only where the pages say so", async ({
    engine,
    baseURL,
  }) => {
    const o = await run(engine, wsUrl(baseURL!, "/ws/close-then-rst?reason=rst", sid()));
    const wasClean = !rstAfterCloseUnclean().includes(engine.id);
    expect(page(o)).toEqual({ open: true, error: false, code: 1000, reason: "rst", wasClean });
  });
});

test.describe("what a page may send with close()", () => {
  const candidates = [...allCodes().map((c) => c.code), 0, 999, 2999, 3001, 4004, 4999, 5000, 65535];
  for (const code of candidates) {
    const sendable =
      getCode(code)?.sendableByPage ??
      allRanges().find((r) => code >= r.from && code <= r.to)!.sendableByPage;
    test(`close(${code}) ${sendable ? "is sent as is" : "throws InvalidAccessError and sends nothing"}`, async ({
      engine,
      request,
      baseURL,
    }) => {
      const id = sid();
      const thrown = await engine.run(
        ([u, c]) =>
          new Promise<string>((resolve) => {
            const ws = new WebSocket(u);
            ws.onopen = () => {
              try {
                ws.close(c, "t");
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
      const back = (await server(request, id)).close;
      expect(back).toEqual(sendable ? { code, reason: "t" } : { code: 1000, reason: "after" });
    });
  }

  test("a reason over 123 UTF-8 bytes throws SyntaxError; 123 bytes is fine", async ({
    engine,
    request,
    baseURL,
  }) => {
    const id = sid();
    const result = await engine.run(
      (u: string) =>
        new Promise<string[]>((resolve) => {
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
        }),
      wsUrl(baseURL!, "/ws/echo", id),
    );
    expect(result).toEqual(["SyntaxError", "sent"]);
    expect((await server(request, id)).close).toEqual({ code: 1000, reason: "a".repeat(123) });
  });

  test("close() without a code sends an empty close frame; both sides see 1005", async ({
    engine,
    request,
    baseURL,
  }) => {
    const id = sid();
    const o = await run(engine, wsUrl(baseURL!, "/ws/echo", id), { closeAfterMs: 0 });
    expect(page(o)).toEqual({ open: true, error: false, code: 1005, reason: "", wasClean: true });
    expect((await server(request, id)).close).toEqual({ code: null, reason: "" });
  });

  test("close(undefined, reason): Chromium throws; Firefox and WebKitGTK drop the reason", async ({
    engine,
    request,
    baseURL,
  }) => {
    const id = sid();
    const thrown = await engine.run(
      (u: string) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(u);
          ws.onopen = () => {
            try {
              ws.close(undefined, "x");
              resolve("none");
            } catch (e) {
              resolve((e as DOMException).name);
              ws.close(1000, "after");
            }
          };
        }),
      wsUrl(baseURL!, "/ws/echo", id),
    );
    const rule = reasonWithoutCode(engine.id);
    expect(thrown).toBe(rule === "throws" ? "InvalidAccessError" : "none");
    expect((await server(request, id)).close).toEqual(
      rule === "throws" ? { code: 1000, reason: "after" } : { code: null, reason: "" },
    );
  });

  test("close() while the socket is still connecting: error, then 1006", async ({ engine, baseURL }) => {
    const o = await engine.run(
      (u: string) =>
        new Promise<{ error: boolean; code: number; wasClean: boolean; opened: boolean }>((resolve) => {
          const ws = new WebSocket(u);
          let error = false;
          let opened = false;
          ws.onopen = () => (opened = true);
          ws.onerror = () => (error = true);
          ws.onclose = (e) => resolve({ error, code: e.code, wasClean: e.wasClean, opened });
          ws.close();
        }),
      wsUrl(baseURL!, "/ws/echo", sid()),
    );
    expect(o).toEqual({ error: true, code: 1006, wasClean: false, opened: false });
  });

  test("the page's CloseEvent carries the server's reply to its own close", async ({ engine, baseURL }) => {
    const o = await run(
      engine,
      wsUrl(baseURL!, "/ws/client-close?reply=different&code=4001&reason=mine", sid()),
      {
        closeAfterMs: 0,
        code: 1000,
        reason: "bye",
      },
    );
    expect(page(o)).toEqual({ open: true, error: false, code: 4001, reason: "mine", wasClean: true });
  });
});

test.describe("page teardown", () => {
  for (const how of ["navigate", "reload"] as const) {
    test(`${how === "navigate" ? "navigating away" : "reloading"} sends 1001 (WebKitGTK names its suspension)`, async ({
      engine,
      request,
      baseURL,
    }) => {
      const id = sid();
      await engine.run(
        (u: string) =>
          new Promise<void>((resolve) => {
            const ws = new WebSocket(u);
            (window as unknown as { __ws: WebSocket }).__ws = ws;
            ws.onopen = () => resolve();
          }),
        wsUrl(baseURL!, "/ws/echo", id),
      );
      if (how === "navigate") await engine.goto(`${baseURL}/en/codes`);
      else {
        await engine.run(() => void setTimeout(() => location.reload(), 10), null);
        // Wait for the reloaded document before the test ends, or the reload would still be
        // under way when the next test navigates (a race, not a finding). A script that runs
        // while the old document unloads fails: that is the reload in progress.
        await expect
          .poll(() =>
            engine
              .run(() => !("__ws" in window) && document.readyState === "complete", null, 5000)
              .catch(() => false),
          )
          .toBe(true);
      }
      expect((await server(request, id)).close).toEqual(teardownClose(engine.id, how));
    });
  }
});

test.describe("TLS", () => {
  test("a certificate the browser does not trust: never opens, error, then the engine's TLS code", async ({
    engine,
  }) => {
    // A wss:// server on loopback with a self-signed certificate made for this test: the TLS
    // handshake fails before any upgrade: the case RFC 6455 reserves 1015 for.
    const { execFileSync } = await import("node:child_process");
    const { mkdtempSync, readFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const https = await import("node:https");
    const dir = mkdtempSync(join(tmpdir(), "tls-"));
    try {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "ec",
          "-pkeyopt",
          "ec_paramgen_curve:prime256v1",
          "-nodes",
          "-keyout",
          join(dir, "key.pem"),
          "-out",
          join(dir, "cert.pem"),
          "-days",
          "1",
          "-subj",
          "/CN=localhost",
          "-addext",
          "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        { stdio: "ignore" },
      );
      let handshakes = 0;
      const server = https.createServer({
        key: readFileSync(join(dir, "key.pem")),
        cert: readFileSync(join(dir, "cert.pem")),
      });
      server.on("secureConnection", () => handshakes++);
      server.on("upgrade", (_req, socket) => socket.destroy());
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      const port = (server.address() as { port: number }).port;
      try {
        const o = await run(engine, `wss://127.0.0.1:${port}/`);
        const code = TLS_FAILURE_CODE[engine.id];
        expect(page(o)).toEqual({ open: false, error: true, code, reason: "", wasClean: false });
        expect(handshakes, "no TLS session was established").toBe(0);
      } finally {
        server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
