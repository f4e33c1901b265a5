import { ENGINE_IDS } from "closecodes/engines";
import { defaultValues, scenarios } from "../lib/scenarios/catalogue";
import { formatParams } from "../lib/scenarios/params";
import { expect, test } from "./engines/fixture";

/**
 * The tester in each engine (this spec runs in the chromium, firefox and webkit projects): for
 * every scenario, the tester page itself connects, and what it shows must be true for the engine
 * it runs in — every field marked ✓ against that engine's expectation, no ✗, that engine's row
 * marked in the table of all three, and the diagnosis that holds in that engine.
 */
type Shown = {
  marks: string[];
  code: string | null;
  producer: string | null;
  diagnosis: string | null;
  diagnosisText: string;
  unmeasured: boolean;
  rows: string[];
  current: string | null;
};

/**
 * Clicks Connect on the tester page and waits for the decoded result, all inside the page. With
 * `pageAction`, first ticks "After open, the page will call close(…)" (the echo needs it to end).
 */
function runTester({ timeoutMs, pageAction }: { timeoutMs: number; pageAction: boolean }): Promise<Shown> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const q = (sel: string) => document.querySelector<HTMLElement>(sel);
    let clicked = false;
    const tick = () => {
      if (Date.now() - t0 > timeoutMs) return reject(new Error("the tester showed no result in time"));
      if (!clicked) {
        if (pageAction) {
          const box = [...document.querySelectorAll<HTMLInputElement>('label input[type="checkbox"]')].find(
            (i) => i.parentElement?.textContent?.includes("the page will call close("),
          );
          // Disabled until the tester's session exists: a tick before then would be reset.
          if (!box || box.disabled) return void setTimeout(tick, 50);
          // As a user's two clicks would be: separate tasks. Preact renders a state change in a
          // microtask, which does not run between two click()s in one script.
          if (!box.checked) return void (box.click(), setTimeout(tick, 50));
        }
        const button = [...document.querySelectorAll("button")].find(
          (b) => b.textContent?.trim() === "Connect",
        );
        if (button && !button.disabled) {
          button.click();
          clicked = true;
        }
        return void setTimeout(tick, 50);
      }
      const result = q('[data-testid="result"]');
      if (!result || !q('[data-testid="engine-outcomes"]')) return void setTimeout(tick, 50);
      resolve({
        marks: [...result.querySelectorAll<HTMLElement>("[data-mark]")].map((e) => e.dataset.mark!),
        code: q('[data-testid="result-code"]')?.textContent ?? null,
        producer: q('[data-testid="result-producer"]')?.dataset.producer ?? null,
        diagnosis: q('[data-testid="result-diagnosis"]')?.dataset.diagnosis ?? null,
        diagnosisText: q('[data-testid="result-diagnosis"]')?.textContent ?? "",
        unmeasured: q('[data-testid="result-unmeasured"]') !== null,
        rows: [
          ...document.querySelectorAll<HTMLElement>('[data-testid="engine-outcomes"] tr[data-engine]'),
        ].map((r) => r.dataset.engine!),
        current: q('[data-testid="engine-outcomes"] tr[data-current]')?.dataset.engine ?? null,
      });
    };
    tick();
  });
}

/** The diagnosis each engine must get where the engines differ in what the page can know. */
const diagnoses: Record<string, Partial<Record<(typeof ENGINE_IDS)[number], string>>> = {
  "drop?how=rst": {
    chromium: "dropped-after-open",
    firefox: "violation-or-reset",
    webkit: "violation-or-reset",
  },
  "violation?kind=rsv1": {
    chromium: "protocol-violation",
    firefox: "violation-or-reset",
    webkit: "violation-or-reset",
  },
  "handshake-status": {
    chromium: "handshake-rejected",
    firefox: "handshake-rejected",
    webkit: "handshake-rejected",
  },
  "handshake-protocol?answer=none": {
    chromium: "handshake-rejected",
    firefox: "dropped-after-open",
    webkit: "dropped-after-open",
  },
};

const cases = [
  ...scenarios.map((s) => ({ s, query: formatParams(s.params, defaultValues(s)) })),
  ...Object.keys(diagnoses)
    .filter((k) => k.includes("?"))
    .map((k) => ({ s: scenarios.find((x) => x.id === k.split("?")[0])!, query: `?${k.split("?")[1]}` })),
];

for (const { s, query } of cases) {
  test(`tester: /ws/${s.id}${query} is marked ✓ for the engine it runs in`, async ({ engine, baseURL }) => {
    const values = { ...defaultValues(s), ...Object.fromEntries(new URLSearchParams(query)) };
    const duration = s.durationMs?.(values) ?? 0;
    test.setTimeout(40_000 + duration * 1.5);
    await engine.goto(`${baseURL}/en/tester?s=${s.id}${query ? `&${query.slice(1)}` : ""}`);
    const pageAction = s.pageAction !== undefined && s.id !== "client-close";
    const shown = await engine.run(
      runTester,
      { timeoutMs: duration + 30_000, pageAction },
      duration + 35_000,
    );
    const expected = s.expect(values)[engine.id];
    expect(shown.unmeasured, "a measured engine is recognised").toBe(false);
    expect(
      shown.marks.filter((m) => m === "wrong"),
      JSON.stringify(shown),
    ).toEqual([]);
    expect(shown.marks.length, "open, error, code, reason and wasClean are all marked").toBe(5);
    expect(shown.code).toBe(String(expected.code));
    expect(shown.rows).toEqual([...ENGINE_IDS]);
    expect(shown.current).toBe(engine.id);
    const want = diagnoses[s.id + query]?.[engine.id];
    if (want) expect(shown.diagnosis).toBe(want);
    if (shown.diagnosis === "handshake-timeout" || shown.diagnosis === "close-timeout")
      expect(shown.diagnosisText).toContain(
        engine.id === "webkit" ? "WebKitGTK" : engine.id === "firefox" ? "Firefox" : "Chromium",
      );
  });
}
