import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ENGINE_IDS, MEASURED } from "closecodes/engines";
import { measurements } from "@/lib/engines/measured";
import { variants } from "@/lib/scenarios/variants";

/**
 * The catalogue's per-engine expectations against what `npm run truth` measured: a rule typed
 * into the catalogue that no engine showed fails here, and so does a variant nobody measured.
 * After a browser release, rerun `npm run truth`; this test then names what changed.
 */
describe("catalogue expectations = measurements (lib/engines/measurements.json)", () => {
  test("the file names all three engines with versions and a date", () => {
    assert.deepEqual(
      measurements.engines.map((e) => e.id),
      [...ENGINE_IDS],
    );
    for (const e of measurements.engines) assert.match(e.version, /^\d+(\.\d+)+/, e.id);
    assert.match(measurements.measuredAt, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(measurements.runs >= 1);
  });

  const measured = new Map(measurements.variants.map((v) => [v.scenario + v.query, v]));
  test("at least 60 variants, every one measured in every engine", () => {
    assert.ok(variants().length >= 60, `${variants().length} variants`);
    for (const v of variants()) {
      const m = measured.get(v.scenario.id + v.query);
      assert.ok(m, `/ws/${v.scenario.id}${v.query} is not in the measurements: run npm run truth`);
      for (const e of ENGINE_IDS)
        assert.ok(m.engines[e]?.outcomes.length, `${e} /ws/${v.scenario.id}${v.query}`);
    }
  });

  for (const v of variants()) {
    const m = measured.get(v.scenario.id + v.query);
    if (!m) continue;
    for (const e of ENGINE_IDS) {
      test(`${e} /ws/${v.scenario.id}${v.query}`, () => {
        const { racy, ...expected } = v.scenario.expect(v.values)[e];
        const server = v.scenario.expectServer?.(v.values)[e];
        const outcomes = m.engines[e]!.outcomes;
        for (const o of outcomes) {
          const page: Record<string, unknown> = { ...o.page };
          const want: Record<string, unknown> = { ...expected };
          for (const k of racy ?? []) {
            delete page[k];
            delete want[k];
          }
          assert.deepEqual(
            page,
            want,
            `page (${o.n} of ${m.engines[e]!.outcomes.reduce((a, x) => a + x.n, 0)} runs)`,
          );
          if (server?.status !== undefined) assert.equal(o.server.status, server.status, "status");
          if (server?.close === null) assert.equal(o.server.close, null, "no close frame from the browser");
          else if (server?.close) {
            assert.equal(o.server.close?.code ?? null, server.close.code, "the browser's close code");
            if (server.close.reason !== undefined) assert.equal(o.server.close?.reason, server.close.reason);
          }
        }
        if (outcomes.length > 1)
          assert.ok(racy?.length, "outcomes differed between runs: the catalogue must mark the racy fields");
      });
    }
  }
});

describe("the closecodes package names the measured engines", () => {
  test("MEASURED has the date and the versions of lib/engines/measurements.json", () => {
    assert.equal(MEASURED.measuredAt, measurements.measuredAt);
    assert.deepEqual(
      MEASURED.engines,
      measurements.engines.map(({ id, name, version }) => ({ id, name, version })),
    );
  });
});
