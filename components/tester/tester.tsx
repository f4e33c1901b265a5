"use client";

import { useEffect, useState } from "react";
import { scenarios } from "@/lib/scenarios/catalogue";
import { exportFileName, sessionExport } from "@/lib/tester/export";
import { fromQuery } from "@/lib/tester/permalink";
import { scenarioTarget, type Target } from "@/lib/tester/target";
import { useClientEngine } from "./client-engine";
import { CloseForm } from "./close-form";
import { downloadJson } from "./download";
import { EventLog } from "./event-log";
import { ResultPanel } from "./result-panel";
import { ScenarioPicker } from "./scenario-picker";
import { SendForm } from "./send-form";
import { TargetForm } from "./target-form";
import { Timeline } from "./timeline";
import { fill, type EngineInfo, type Locale, type TesterMessages } from "./types";
import { useCopyPermalink } from "./use-copy-permalink";
import { useTesterSession } from "./use-tester-session";
import { WireReportView } from "./wire-report";

/** Only the client-close family needs the page's part to show its point; echo stays open. */
const pageActsByDefault = (t: Target) => t.kind === "scenario" && t.id === "client-close";

/**
 * The live tester: what to connect to (picker and form), the session (useTesterSession owns the
 * socket, reconnects and polling, and stops them all when the tester unmounts), and what it
 * shows (log, timeline, decoded result, the server's view).
 */
export type TesterProps = {
  lang: Locale;
  m: TesterMessages;
  limits: { perIp: number; lifetimeS: number; messageKiB: number };
  engines: EngineInfo[];
};

export function Tester({ lang, m, limits, engines }: TesterProps) {
  const [target, setTarget] = useState<Target>(() => scenarioTarget(scenarios[0]!));
  const [reconnect, setReconnect] = useState(false);
  const [runPageAction, setRunPageAction] = useState(false);
  const session = useTesterSession({ m, reconnect });
  const permalink = useCopyPermalink({ target, reconnect });
  const engine = useClientEngine();

  useEffect(() => {
    const restored = fromQuery(window.location.search);
    if (!restored) return;
    // Restoring a permalink once, on mount: the URL is only readable in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTarget(restored.target);
    setReconnect(restored.reconnect);
    setRunPageAction(pageActsByDefault(restored.target));
  }, []);

  const { status, attempts, log, ready } = session;
  const busy = status !== "idle";
  const last = attempts.at(-1);

  function exportSession() {
    const now = new Date();
    const data = sessionExport({
      target,
      log,
      attempts,
      startedAt: session.startedAt,
      userAgent: navigator.userAgent,
      now,
    });
    downloadJson(data, exportFileName(now));
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <div className="space-y-4">
        <ScenarioPicker
          lang={lang}
          m={m}
          target={target}
          disabled={busy || !ready}
          onPick={(t) => {
            setTarget(t);
            if (t.kind === "scenario") setRunPageAction(pageActsByDefault(t));
          }}
        />
      </div>

      <div className="min-w-0 space-y-4">
        <TargetForm
          lang={lang}
          m={m}
          target={target}
          onTarget={setTarget}
          busy={busy}
          ready={ready}
          reconnect={reconnect}
          onReconnect={setReconnect}
          runPageAction={runPageAction}
          onRunPageAction={setRunPageAction}
          error={session.connectError}
          onConnect={() => session.connect(target, { pageAction: runPageAction })}
          onStop={session.stop}
          copied={permalink.copied}
          onCopy={() => void permalink.copy()}
          canExport={attempts.length > 0}
          onExport={exportSession}
        />

        <div className="grid gap-3 sm:grid-cols-2">
          <SendForm m={m} canSend={status === "open"} onSend={session.send} />
          <CloseForm
            m={m}
            canClose={status === "open" || status === "connecting"}
            error={session.closeError}
            onClose={session.close}
          />
        </div>

        <EventLog entries={log} m={m} />
        <Timeline attempts={attempts} m={m} now={session.now || (last?.tClose ?? 0)} />
        <div className="grid gap-3">
          <ResultPanel
            lang={lang}
            m={m}
            obs={last?.obs}
            decoded={last?.decoded}
            expected={last?.expected}
            engine={engine}
            engines={engines}
          />
          <WireReportView report={last?.report} m={m} />
        </div>
        <p className="text-xs text-muted">
          {fill(m.limits, { perIp: limits.perIp, lifetime: limits.lifetimeS, message: limits.messageKiB })}
        </p>
      </div>
    </div>
  );
}
