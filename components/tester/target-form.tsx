import { getScenario } from "@/lib/scenarios/catalogue";
import type { Target } from "@/lib/tester/target";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { CliHint } from "./cli-hint";
import { ScenarioFields } from "./scenario-fields";
import type { Locale, TesterMessages } from "./types";

/**
 * The connect form: the target's fields, auto-reconnect, and the session's buttons (Connect or
 * Stop, permalink, export). The fields lock while a session runs; the reconnect box does not,
 * so a running session can be told to stop retrying. Until the session exists (`ready`) every
 * control is disabled: a choice made before then would be reset by the client's first render.
 */
export function TargetForm({
  lang,
  m,
  target,
  onTarget,
  busy,
  ready,
  reconnect,
  onReconnect,
  runPageAction,
  onRunPageAction,
  error,
  onConnect,
  onStop,
  copied,
  onCopy,
  canExport,
  onExport,
}: {
  lang: Locale;
  m: TesterMessages;
  target: Target;
  onTarget: (target: Target) => void;
  busy: boolean;
  /**
   * False until the session exists (SessionView.ready): a click before then would submit the
   * form as a plain GET or do nothing, and a field typed into would be reset.
   */
  ready: boolean;
  reconnect: boolean;
  onReconnect: (on: boolean) => void;
  runPageAction: boolean;
  onRunPageAction: (run: boolean) => void;
  error: string;
  onConnect: () => void;
  onStop: () => void;
  copied: boolean;
  onCopy: () => void;
  canExport: boolean;
  onExport: () => void;
}) {
  const scenario = target.kind === "scenario" ? getScenario(target.id) : undefined;
  const locked = busy || !ready;
  return (
    <Card
      as="form"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) onStop();
        else onConnect();
      }}
    >
      {target.kind === "url" ? (
        <>
          <Input
            label={m.urlLabel}
            hint={m.urlHint}
            mono
            value={target.url}
            onChange={(e) => onTarget({ ...target, url: e.target.value })}
            disabled={locked}
          />
          <CliHint template={m.cliHint} url={target.url} />
          <Input
            label={m.protocolsLabel}
            mono
            value={target.protocols}
            onChange={(e) => onTarget({ ...target, protocols: e.target.value })}
            disabled={locked}
          />
        </>
      ) : scenario ? (
        <ScenarioFields
          lang={lang}
          m={m}
          scenario={scenario}
          values={target.values}
          onValues={(values) => onTarget({ ...target, values })}
          disabled={locked}
          runPageAction={runPageAction}
          onRunPageAction={onRunPageAction}
        />
      ) : null}
      <label className="flex gap-2 text-sm">
        <input
          type="checkbox"
          checked={reconnect}
          onChange={(e) => onReconnect(e.target.checked)}
          disabled={!ready}
        />
        {m.reconnect}
      </label>
      {error ? (
        <p role="alert" className="text-sm text-danger" data-testid="form-error">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={busy ? "danger" : "primary"} size="lg" disabled={!ready}>
          {busy ? m.disconnect : m.connect}
        </Button>
        <Button onClick={onCopy} disabled={!ready}>
          <span aria-live="polite">{copied ? m.permalinkCopied : m.permalink}</span>
        </Button>
        <Button onClick={onExport} disabled={!canExport}>
          {m.export}
        </Button>
      </div>
    </Card>
  );
}
