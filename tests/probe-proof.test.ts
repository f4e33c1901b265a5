import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { ENGINE_IDS, type PageOutcome } from "closecodes/engines";
import type { FrameRecord, Transcript } from "closecodes/probe";
import type { Verdict } from "closecodes/verdict";
import { variants } from "@/lib/scenarios/variants";
import type { FrameEvent, WireReport } from "@/lib/wire-report";
import { startScenarioServer } from "../scripts/truth/server";
import { buildPackage } from "../scripts/package/build";

/**
 * The proof that the CLI's verdict is the catalogue's truth: the built `closecodes` binary probes
 * every catalogue variant on the real scenario server, and
 * - its wire view agrees with the server's own wire report for the same sid (handshake status,
 *   every frame both ways, who ended TCP and how);
 * - its per-engine verdict equals the catalogue's per-engine expectation — the expectation the
 *   e2e suite proves in real Chromium, Firefox and WebKitGTK — field by field, except fields
 *   either side marks as timing-dependent.
 */
const run = promisify(execFile);

/** The server drops a client that never answers after this (the default is 10 s: too slow here). */
const CLOSE_TIMEOUT_MS = 3000;

let srv: Awaited<ReturnType<typeof startScenarioServer>>;
let CLI = "";
before(async () => {
  CLI = (await buildPackage()).cli;
  srv = await startScenarioServer({ closeTimeoutMs: CLOSE_TIMEOUT_MS });
});
after(async () => {
  await srv?.close();
});

type Probed = { transcript: Transcript; verdict: Verdict };

let n = 0;
async function probe(path: string, args: string[], timeoutS: number): Promise<{ sid: string; out: Probed }> {
  const sid = `proof${String(process.pid).padStart(8, "0")}x${String(++n).padStart(4, "0")}`;
  const url = `${srv.base.replace("http", "ws")}${path}${path.includes("?") ? "&" : "?"}sid=${sid}`;
  const { stdout } = await run(
    process.execPath,
    [CLI, "probe", url, "--json", "--timeout", String(timeoutS), ...args],
    {
      timeout: (timeoutS + 20) * 1000,
    },
  ).catch((err: { stdout?: string; code?: number }) => {
    // Exit 4 (the server never answered the upgrade) still prints the transcript.
    if (err.code === 4 && err.stdout) return { stdout: err.stdout };
    throw err;
  });
  return { sid, out: JSON.parse(stdout) as Probed };
}

/** Compares what the page sees, leaving out the fields either side calls timing-dependent. */
function comparable(p: PageOutcome | null, racy: Set<string>): Record<string, unknown> | null {
  if (!p) return null;
  const out: Record<string, unknown> = {};
  for (const k of ["open", "error", "code", "reason", "wasClean"] as const) if (!racy.has(k)) out[k] = p[k];
  return out;
}

const frameView = (f: {
  opcode: number;
  fin: boolean;
  rsv: boolean[];
  masked: boolean;
  length: number;
  hex: string;
}) => ({
  opcode: f.opcode,
  fin: f.fin,
  rsv: f.rsv,
  masked: f.masked,
  length: f.length,
  hex: f.hex,
});

function assertWireAgrees(t: Transcript, r: WireReport, label: string) {
  const response = t.events.find((e) => e.kind === "response");
  assert.equal(response?.status ?? null, r.response?.status ?? null, `${label}: handshake status`);
  const probeFrames = t.events.filter((e): e is FrameRecord => e.kind === "frame");
  const serverFrames = r.events.filter((e): e is FrameEvent => e.kind === "frame");
  // The server's "out" is the probe's "in", and the other way round.
  for (const [probeDir, serverDir] of [
    ["in", "out"],
    ["out", "in"],
  ] as const) {
    const a = probeFrames.filter((f) => f.dir === probeDir).map(frameView);
    const b = serverFrames.filter((f) => f.dir === serverDir).map(frameView);
    assert.deepEqual(a, b, `${label}: frames ${probeDir === "in" ? "server → probe" : "probe → server"}`);
  }
  // Who ended TCP first and how: the server's FIN or RST is in both views.
  const serverTcp = r.events.find((e) => e.kind === "tcp" && e.who === "server");
  if (t.end.how === "server-fin" || t.end.how === "server-rst")
    assert.deepEqual(
      serverTcp && serverTcp.kind === "tcp" ? serverTcp.how : null,
      t.end.how === "server-fin" ? "fin" : "rst",
      `${label}: how the server ended TCP`,
    );
  if (t.end.how === "client")
    assert.ok(
      r.events.some((e) => e.kind === "tcp" && e.who === "client"),
      `${label}: the server saw the probe end TCP`,
    );
}

describe("closecodes probe against every catalogue scenario", { concurrency: 6 }, () => {
  const all = variants();

  it("covers every scenario of the catalogue", () => {
    const ids = new Set(all.map((v) => v.scenario.id));
    assert.ok(ids.size >= 17, `${ids.size} scenarios`);
  });

  for (const v of all) {
    const path = `/ws/${v.scenario.id}${v.query}`;
    it(
      `${path}: wire view = server's report, verdict = catalogue, per engine`,
      { timeout: 60_000 },
      async () => {
        const args: string[] = [];
        for (const p of v.scenario.protocols?.(v.values) ?? []) args.push("--protocol", p);
        const action = v.scenario.pageAction?.(v.values);
        if (action) args.push("--close", String(action.code ?? 1000), action.reason ?? "");
        // Long enough for the scenario itself and the server's close timeout; a close() the server
        // never answers is judged by each engine's own timer, which the verdict knows.
        const durationS = Math.ceil(((v.scenario.durationMs?.(v.values) ?? 0) + CLOSE_TIMEOUT_MS) / 1000) + 2;
        const timeoutS =
          v.scenario.id === "client-close" && v.values.reply === "never" ? 2 : Math.min(durationS, 20);
        const { sid, out } = await probe(path, args, timeoutS);

        const expected = v.scenario.expect(v.values);
        const expectedServer = v.scenario.expectServer?.(v.values);
        for (const e of ENGINE_IDS) {
          const got = out.verdict.engines[e];
          const racy = new Set([...(expected[e].racy ?? []), ...(got.page?.racy ?? [])]);
          assert.deepEqual(
            comparable(got.page, racy),
            comparable(expected[e], racy),
            `${path} in ${e}: ${got.why.en}`,
          );
          const s = expectedServer?.[e];
          if (s?.close !== undefined)
            assert.deepEqual(got.server.close, s.close, `${path} in ${e}: the close the server gets`);
          if (s?.status !== undefined)
            assert.equal(got.server.status, s.status, `${path} in ${e}: the status`);
        }
        const report = await srv.report(sid);
        assert.ok(report, `${path}: the server's wire report for ${sid}`);
        assertWireAgrees(out.transcript, report, path);
      },
    );
  }
});
