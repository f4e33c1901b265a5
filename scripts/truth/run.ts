/**
 * `npm run truth`: runs every catalogue variant in every engine (Chromium, Firefox, WebKitGTK)
 * against the real scenario engine, several times, and writes what each page and the server saw
 * to lib/engines/measurements.json with the engine versions and the date. The catalogue's
 * per-engine expectations are checked against that file by tests/measurements.test.ts, and
 * proven live by the e2e suite; after a browser release, rerun this and let the test say what
 * changed.
 *
 *   npm run truth [-- --runs 3] [--engines chromium,firefox] [--only close-raw] [--out FILE]
 *
 * --engines and --only measure part of the matrix and merge it into the existing file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { launchEngine, type EngineSession } from "../../e2e/engines/index";
import { probe } from "../../e2e/engines/probe";
import { ENGINE_IDS, ENGINE_NAMES, type EngineId } from "closecodes/engines";
import type { Measurements, MeasuredEngine, MeasuredVariant, Outcome } from "@/lib/engines/measurements";
import { serverSaw } from "@/lib/engines/server-saw";
import { variants, type Variant } from "@/lib/scenarios/variants";
import { startScenarioServer } from "./server";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    engines: { type: "string", default: ENGINE_IDS.join(",") },
    only: { type: "string" },
    out: { type: "string", default: "lib/engines/measurements.json" },
  },
});
const runs = Number(args.runs);
const engines = args.engines!.split(",") as EngineId[];
for (const e of engines) if (!ENGINE_IDS.includes(e)) throw new Error(`--engines: unknown engine ${e}`);
const only = args.only?.split(",");

let seq = 0;
const sid = () => `truth${process.pid}x${Date.now().toString(36)}x${++seq}`.padEnd(16, "0");

async function measure(
  engine: EngineSession,
  srv: Awaited<ReturnType<typeof startScenarioServer>>,
  v: Variant,
) {
  const outcomes: Outcome[] = [];
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < runs; i++) {
    const id = sid();
    const q = v.query ? `${v.query}&sid=${id}` : `?sid=${id}`;
    const o = await probe(engine, {
      url: `${srv.base.replace(/^http/, "ws")}/ws/${v.scenario.id}${q}`,
      protocols: v.scenario.protocols?.(v.values) ?? [],
      action: v.scenario.pageAction?.(v.values) ?? null,
    });
    const report = await srv.report(id);
    const outcome: Outcome = {
      page: { open: o.open, error: o.error, code: o.code, reason: o.reason, wasClean: o.wasClean },
      server: report ? serverSaw(report) : { status: null, close: null },
      n: 1,
    };
    const same = outcomes.find(
      (x) => JSON.stringify([x.page, x.server]) === JSON.stringify([outcome.page, outcome.server]),
    );
    if (same) same.n++;
    else outcomes.push(outcome);
    min = Math.min(min, o.ms);
    max = Math.max(max, o.ms);
  }
  return { outcomes, ms: [min, max] as [number, number] };
}

async function main() {
  const srv = await startScenarioServer();
  const list = variants().filter((v) => !only || only.includes(v.scenario.id));
  const measured: MeasuredEngine[] = [];
  const results = new Map<string, MeasuredVariant>();
  for (const v of list)
    results.set(v.scenario.id + v.query, { scenario: v.scenario.id, query: v.query, engines: {} });
  const started = Date.now();
  await Promise.all(
    engines.map(async (id) => {
      const engine = await launchEngine(id);
      measured.push({ id, name: ENGINE_NAMES[id], version: engine.version, userAgent: engine.userAgent });
      await engine.goto(`${srv.base}/`);
      let i = 0;
      for (const v of list) {
        const r = await measure(engine, srv, v);
        results.get(v.scenario.id + v.query)!.engines[id] = r;
        const race = r.outcomes.length > 1 ? "  RACE" : "";
        console.log(
          `${id.padEnd(8)} ${++i}/${list.length} /ws/${v.scenario.id}${v.query} ${r.ms[0]}–${r.ms[1]} ms${race}`,
        );
      }
      await engine.close();
    }),
  );
  await srv.close();
  // A partial run (--engines, --only) updates its cells in the existing file and keeps the rest.
  const partial = engines.length < ENGINE_IDS.length || only !== undefined;
  const previous: Measurements | undefined =
    partial && existsSync(args.out!)
      ? (JSON.parse(readFileSync(args.out!, "utf8")) as Measurements)
      : undefined;
  for (const e of previous?.engines ?? []) if (!measured.some((m) => m.id === e.id)) measured.push(e);
  measured.sort((a, b) => ENGINE_IDS.indexOf(a.id) - ENGINE_IDS.indexOf(b.id));
  const merged = new Map((previous?.variants ?? []).map((v) => [v.scenario + v.query, v]));
  for (const [key, v] of results)
    merged.set(key, { ...v, engines: { ...merged.get(key)?.engines, ...v.engines } });
  const order = variants().map((v) => v.scenario.id + v.query);
  const out: Measurements = {
    measuredAt: new Date().toISOString().slice(0, 10),
    // What every cell has at least (a partial run with fewer runs lowers it).
    runs: Math.min(runs, previous?.runs ?? runs),
    engines: measured,
    variants: [...merged.values()].sort(
      (a, b) => order.indexOf(a.scenario + a.query) - order.indexOf(b.scenario + b.query),
    ),
  };
  writeFileSync(args.out!, JSON.stringify(out, null, 2) + "\n");
  writeMeasuredSummary(out);
  const races = out.variants.filter((v) => Object.values(v.engines).some((e) => e.outcomes.length > 1));
  console.log(
    `wrote ${args.out}: ${out.variants.length} variants × ${engines.length} engines × ${runs} runs in ${Math.round((Date.now() - started) / 1000)} s; ${races.length} with more than one outcome${races.length ? ": " + races.map((r) => r.scenario + r.query).join(", ") : ""}`,
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

/**
 * The closecodes package states which engine builds its rules were measured in (MEASURED in
 * packages/closecodes/src/engines/measured.ts): rewrite that constant from this run, so the CLI
 * and the site never disagree on versions or the date (tests/measurements.test.ts checks it).
 */
function writeMeasuredSummary(m: Measurements) {
  const file = "packages/closecodes/src/engines/measured.ts";
  const src = readFileSync(file, "utf8");
  const engines = m.engines
    .map((e) => `    { id: "${e.id}", name: "${e.name}", version: "${e.version}" },`)
    .join("\n");
  const next = src.replace(
    /export const MEASURED[^=]*= \{[\s\S]*?\n\};/,
    (decl) =>
      `${decl.slice(0, decl.indexOf("= {") + 3)}\n  measuredAt: "${m.measuredAt}",\n  engines: [\n${engines}\n  ],\n};`,
  );
  if (next === src && !src.includes(`measuredAt: "${m.measuredAt}"`))
    throw new Error(`${file}: MEASURED not found, update it by hand`);
  writeFileSync(file, next);
}
