import { ENGINE_IDS, type EngineId, type PerEngine } from "closecodes/engines";
import type { Expectation } from "@/lib/scenarios/catalogue";
import { fill, type EngineInfo, type TesterMessages } from "./types";

/**
 * What each measured engine reports for the scenario just run, side by side: the user sees at
 * once whether their result is specific to their browser. The current engine's row is marked.
 */
export function EngineOutcomes({
  m,
  expected,
  engines,
  current,
}: {
  m: TesterMessages;
  expected: PerEngine<Expectation>;
  engines: EngineInfo[];
  current: EngineId | undefined;
}) {
  const yesNo = (v: boolean) => (v ? m.yes : m.no);
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold">{m.otherEngines}</h3>
      <div className="overflow-x-auto">
        <table className="mt-1 w-full text-left text-sm" data-testid="engine-outcomes">
          <thead className="text-muted">
            <tr>
              <th className="py-1 pr-3 font-medium">{m.engine}</th>
              <th className="py-1 pr-3 font-medium">{m.opened}</th>
              <th className="py-1 pr-3 font-medium">{m.errorFired}</th>
              <th className="py-1 pr-3 font-medium">{m.code}</th>
              <th className="py-1 pr-3 font-medium">{m.reason}</th>
              <th className="py-1 font-medium">wasClean</th>
            </tr>
          </thead>
          <tbody>
            {ENGINE_IDS.map((id) => {
              const e = expected[id];
              const info = engines.find((x) => x.id === id);
              const racy = (k: keyof Expectation) => (e.racy?.includes(k as never) ? " ~" : "");
              return (
                <tr
                  key={id}
                  data-engine={id}
                  data-current={id === current || undefined}
                  className={id === current ? "bg-highlight font-semibold" : undefined}
                >
                  <td className="py-1 pr-3">
                    {info ? `${info.name} ${info.version}` : id}
                    {id === current ? ` (${m.yourEngine})` : ""}
                  </td>
                  <td className="py-1 pr-3">{yesNo(e.open) + racy("open")}</td>
                  <td className="py-1 pr-3">{yesNo(e.error) + racy("error")}</td>
                  <td className="py-1 pr-3 font-mono">{e.code}</td>
                  <td className="break-all py-1 pr-3 font-mono">
                    {e.reason === "" ? m.reasonEmpty : e.reason}
                  </td>
                  <td className="py-1 font-mono">{String(e.wasClean) + racy("wasClean")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {engines[0] ? (
        <p className="mt-1 text-xs text-muted">{fill(m.measuredOn, { date: engines[0].measuredAt })}</p>
      ) : null}
    </div>
  );
}
