import type { Scenario } from "@/lib/scenarios/catalogue";
import { formatParams } from "@/lib/scenarios/params";
import { parsedOrDefault } from "@/lib/tester/target";
import { ParamInput } from "./param-input";
import { fill, type Locale, type TesterMessages } from "./types";

/**
 * The chosen scenario: what it teaches, its parameters, the URL they make, and for scenarios
 * where the page has a part (client-close, echo), whether the page will call close() itself.
 */
export function ScenarioFields({
  lang,
  m,
  scenario,
  values,
  onValues,
  disabled,
  runPageAction,
  onRunPageAction,
}: {
  lang: Locale;
  m: TesterMessages;
  scenario: Scenario;
  values: Record<string, string>;
  onValues: (values: Record<string, string>) => void;
  /** While a session runs, and until it exists. */
  disabled: boolean;
  runPageAction: boolean;
  onRunPageAction: (run: boolean) => void;
}) {
  const shown = parsedOrDefault(scenario, values);
  const action = scenario.pageAction?.(shown);
  return (
    <>
      <p className="text-sm font-semibold">{scenario.title[lang]}</p>
      <p className="text-sm text-fg-soft">{scenario.teaches[lang]}</p>
      {scenario.params.length ? (
        <div className="grid gap-2 sm:grid-cols-2">
          {scenario.params.map((p) => (
            <ParamInput
              key={p.name}
              spec={p}
              lang={lang}
              value={values[p.name] ?? ""}
              disabled={disabled}
              onChange={(v) => onValues({ ...values, [p.name]: v })}
            />
          ))}
        </div>
      ) : null}
      <p className="font-mono text-xs text-muted" data-testid="scenario-url">
        /ws/{scenario.id}
        {formatParams(scenario.params, shown)}
      </p>
      {scenario.pageAction ? (
        // The checkbox sits inside its label with the text after it: tester-engines.spec.ts
        // finds it that way in every engine.
        <label className="flex gap-2 text-sm">
          <input
            type="checkbox"
            checked={runPageAction}
            onChange={(e) => onRunPageAction(e.target.checked)}
            disabled={disabled}
          />
          {action
            ? fill(m.pageWill, {
                code: action.code ?? "",
                reason: action.reason ?? "",
                ms: action.closeAfterMs,
              })
            : null}
        </label>
      ) : null}
    </>
  );
}
