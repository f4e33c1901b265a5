import { scenarios, type ScenarioGroup } from "@/lib/scenarios/catalogue";
import { scenarioTarget, type Target } from "@/lib/tester/target";
import { fill, type Locale, type TesterMessages } from "./types";

/** The order groups are listed in: from what a server does on purpose to what the page does. */
const groups: ScenarioGroup[] = [
  "server-close",
  "malformed",
  "tcp",
  "handshake",
  "violation",
  "echo",
  "client-close",
];

const groupTitle = "text-xs font-semibold uppercase tracking-wide text-muted";

/**
 * One radio per scenario, by group, then "your own server". Disabled while a session runs and
 * until it exists.
 */
export function ScenarioPicker({
  lang,
  m,
  target,
  disabled,
  onPick,
}: {
  lang: Locale;
  m: TesterMessages;
  target: Target;
  disabled: boolean;
  onPick: (target: Target) => void;
}) {
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="text-sm font-semibold">{m.scenarios}</legend>
      {groups.map((g) => (
        <div key={g}>
          <p className={groupTitle}>{m.groups[g]}</p>
          <ul className="mt-1 space-y-1">
            {scenarios
              .filter((s) => s.group === g)
              .map((s) => (
                <li key={s.id}>
                  <label className="flex cursor-pointer gap-2 text-sm">
                    <input
                      type="radio"
                      name="target"
                      value={s.id}
                      checked={target.kind === "scenario" && target.id === s.id}
                      onChange={() => onPick(scenarioTarget(s))}
                    />
                    <span>
                      {s.title[lang]}{" "}
                      <a className="text-xs text-muted underline" href={`/${lang}/codes/${s.illustrates}`}>
                        {fill(m.illustrates, { code: s.illustrates })}
                      </a>
                    </span>
                  </label>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <div>
        <p className={groupTitle}>{m.ownUrl}</p>
        <label className="mt-1 flex cursor-pointer gap-2 text-sm">
          <input
            type="radio"
            name="target"
            value="url"
            checked={target.kind === "url"}
            onChange={() => onPick({ kind: "url", url: "wss://", protocols: "" })}
          />
          <span>{m.urlLabel}</span>
        </label>
      </div>
    </fieldset>
  );
}
