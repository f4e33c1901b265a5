"use client";

import type { DetectedEngine } from "closecodes/engines";
import type { PerEngine } from "closecodes/engines";
import type { Expectation } from "@/lib/scenarios/catalogue";
import type { Decoded, Observation } from "closecodes/decode";
import { CLOSE_TIMEOUT_MS, HANDSHAKE_TIMEOUT_MS } from "closecodes/engines";
import { EngineOutcomes } from "./engine-outcomes";
import { fill, type EngineInfo, type Locale, type TesterMessages } from "./types";
import { Card } from "@/components/ui/card";

const ms = (v: number | undefined) =>
  v === undefined ? "—" : v >= 10_000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`;

/** The decoded close: every field the page can observe, who produced the code, and why. */
export function ResultPanel({
  lang,
  m,
  obs,
  decoded,
  expected: perEngine,
  engine,
  engines,
}: {
  lang: Locale;
  m: TesterMessages;
  obs?: Observation;
  decoded?: Decoded;
  expected?: PerEngine<Expectation>;
  /** The engine this page runs in; null until detected (in the browser). */
  engine: DetectedEngine | null;
  engines: EngineInfo[];
}) {
  if (!obs || !decoded) {
    return (
      <Card as="section" aria-labelledby="result-title" className="min-w-0">
        <h2 id="result-title" className="text-sm font-semibold">
          {m.result}
        </h2>
        <p className="mt-2 text-sm text-muted">{m.resultEmpty}</p>
      </Card>
    );
  }
  const name = decoded.entry ? decoded.entry.name[lang] : decoded.range.name[lang];
  const meaning = decoded.entry ? decoded.entry.meaning[lang] : decoded.range.meaning[lang];
  const actual = {
    open: obs.opened,
    error: obs.errorFired,
    code: obs.code,
    reason: obs.reason,
    wasClean: obs.wasClean,
  };
  // ✓/✗ only against the engine this page runs in, and only where it was measured.
  const engineId = engine?.measured ? engine.id : undefined;
  const expected = engineId && perEngine ? perEngine[engineId] : undefined;
  const engineName = engines.find((e) => e.id === engineId)?.name ?? "";
  type Field = keyof typeof actual;
  const same = (k: Field) => !expected || expected[k] === actual[k];
  const mark = (k: Field) =>
    expected ? (
      expected.racy?.includes(k) ? (
        <span className="ml-2 text-muted" data-mark="racy">
          ~ {m.racy}
        </span>
      ) : (
        <span data-mark={same(k) ? "ok" : "wrong"} className={same(k) ? "ml-2 text-ok" : "ml-2 text-danger"}>
          {same(k) ? "✓" : `✗ ${fill(m.expected, { engine: engineName })}: ${String(expected[k])}`}
        </span>
      )
    ) : null;
  const rows: Array<[string, React.ReactNode]> = [
    [
      m.code,
      <>
        <span className="font-mono text-lg font-bold" data-testid="result-code">
          {obs.code}
        </span>
        {mark("code")}
      </>,
    ],
    [m.name, name],
    [m.meaning, meaning],
    [
      m.reason,
      <>
        {obs.reason === "" ? (
          <span className="text-faint">{m.reasonEmpty}</span>
        ) : (
          <span className="break-all font-mono" data-testid="result-reason">
            {obs.reason}
          </span>
        )}
        {mark("reason")}
      </>,
    ],
    [
      m.wasClean,
      <>
        <code>{String(obs.wasClean)}</code>
        {mark("wasClean")}
      </>,
    ],
    [
      m.errorFired,
      <>
        {obs.errorFired ? m.yes : m.no}
        {mark("error")}
      </>,
    ],
    [
      m.opened,
      <>
        {obs.opened ? m.yes : m.no}
        {mark("open")}
      </>,
    ],
    [m.sinceOpen, ms(decoded.sinceOpen)],
    [m.sinceTraffic, ms(decoded.sinceTraffic)],
  ];
  const d = decoded.diagnosis;
  const components = d?.matches.map((x) => x.component).join(", ") ?? "";
  // Timer figures are the measured engine's; an unmeasured engine gets Chromium's, said as such.
  const timerEngine = engineId ?? "chromium";
  const timerName = engines.find((e) => e.id === timerEngine)?.name ?? "Chromium";
  const seconds =
    d?.kind === "handshake-timeout"
      ? (HANDSHAKE_TIMEOUT_MS[timerEngine] ?? 0) / 1000
      : d?.kind === "close-timeout"
        ? CLOSE_TIMEOUT_MS[timerEngine] / 1000
        : (d?.matches[0]?.seconds ?? 0);
  return (
    <Card
      as="section"
      aria-labelledby="result-title"
      aria-live="polite"
      className="min-w-0"
      data-testid="result"
    >
      <h2 id="result-title" className="text-sm font-semibold">
        {m.result}
      </h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-muted">{k}</dt>
            <dd className="min-w-0">{v}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-3 text-sm font-semibold">{m.who}</h3>
      <p className="text-sm" data-testid="result-producer" data-producer={decoded.producer}>
        {fill(m.producers[decoded.producer], { code: obs.code })}
      </p>
      {d ? (
        <>
          <h3 className="mt-3 text-sm font-semibold">{m.diagnosis}</h3>
          <p className="text-sm" data-testid="result-diagnosis" data-diagnosis={d.kind}>
            {fill(m.diagnoses[d.kind], { components, seconds, engine: timerName })}
          </p>
          {d.kind === "violation-or-reset" && engineId && engineId !== "chromium" ? (
            <p className="text-sm">{m.violationAnswer[engineId]}</p>
          ) : null}
        </>
      ) : null}
      {engine && !engine.measured ? (
        <p className="mt-3 text-sm" data-testid="result-unmeasured">
          {m.unmeasured[engine.kind]}
        </p>
      ) : null}
      {perEngine ? <EngineOutcomes m={m} expected={perEngine} engines={engines} current={engineId} /> : null}
      <p className="mt-3 text-sm">
        <a className="font-medium underline" href={`/${lang}/codes/${obs.code}`}>
          {fill(m.readMore, { code: obs.code })}
        </a>
      </p>
    </Card>
  );
}
