import { expect, test } from "./engines/fixture";
import { probe, REPORT_DONE_MS } from "./engines/probe";
import { serverSaw } from "../lib/engines/server-saw";
import { variants } from "../lib/scenarios/variants";
import type { WireReport } from "../lib/wire-report";

/**
 * Browser truth for the scenario catalogue, in every engine (this spec runs in the chromium,
 * firefox and webkit projects): for every variant worth proving, the engine's page connects to
 * the real scenario server on the site's own port, and its CloseEvent (code, reason, wasClean),
 * `error` and `open` must equal the catalogue's expectation for that engine; the wire report
 * must show what the server expects to get back from that engine.
 */
let n = 0;
const sid = () => `e2e${process.pid}x${Date.now().toString(36)}x${++n}`.padEnd(16, "0");

for (const v of variants()) {
  const { scenario: s, values, query } = v;
  const duration = s.durationMs?.(values) ?? 0;
  test(`/ws/${s.id}${query}`, async ({ engine, request, baseURL }) => {
    test.setTimeout(30_000 + duration * 1.5);
    const { racy, ...expected } = s.expect(values)[engine.id];
    const id = sid();
    const wsUrl = `${baseURL!.replace(/^http/, "ws")}/ws/${s.id}${query}${query ? "&" : "?"}sid=${id}`;
    const o = await probe(
      engine,
      { url: wsUrl, protocols: s.protocols?.(values) ?? [], action: s.pageAction?.(values) ?? null },
      duration + 25_000,
    );
    const seen: Record<string, unknown> = {
      open: o.open,
      error: o.error,
      code: o.code,
      reason: o.reason,
      wasClean: o.wasClean,
    };
    const want: Record<string, unknown> = { ...expected };
    for (const k of racy ?? []) {
      delete seen[k];
      delete want[k];
    }
    expect(seen, `${engine.id}: what the page saw (${o.order.join(" → ")}, ${o.ms} ms)`).toEqual(want);

    // The server's side of the same session.
    let report: WireReport | undefined;
    // Done means TCP is gone on both sides. Normally that is milliseconds after the close event,
    // but the server bounds it only by its own close timeout: wait that long before judging.
    await expect
      .poll(
        async () => {
          const res = await request.get(`/ws-report/${id}`);
          report = res.ok() ? ((await res.json()) as WireReport) : undefined;
          return report?.done;
        },
        { timeout: REPORT_DONE_MS },
      )
      .toBe(true);
    expect(report!.scenario).toBe(s.id);
    const server = s.expectServer?.(values)[engine.id];
    const got = serverSaw(report!);
    if (server?.status) expect(got.status).toBe(server.status);
    if (server?.close === null) expect(got.close, `${engine.id} sends no close frame`).toBeNull();
    else if (server?.close) {
      expect(got.close, `${engine.id}'s close frame`).not.toBeNull();
      expect(got.close?.code ?? null).toBe(server.close.code);
      if (server.close.reason !== undefined) expect(got.close?.reason).toBe(server.close.reason);
    }
    if (s.id === "echo" && Number(values.ping) > 0) {
      expect(report!.events.filter((e) => e.kind === "rtt").length).toBeGreaterThanOrEqual(1);
    }
  });
}
