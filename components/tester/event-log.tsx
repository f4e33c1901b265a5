"use client";

import type { LogEntry, TesterMessages } from "./types";
import { Card } from "@/components/ui/card";

const colour: Record<LogEntry["kind"], string> = {
  connect: "text-muted",
  open: "text-ok",
  message: "text-from-server",
  sent: "text-from-page",
  error: "text-danger",
  close: "font-semibold",
  pageClose: "text-from-page",
  threw: "text-warn",
  reconnect: "text-muted",
  noRetry: "text-muted",
};

/** The live event log. Text only: messages and reasons from the network never become HTML. */
export function EventLog({ entries, m }: { entries: readonly LogEntry[]; m: TesterMessages }) {
  return (
    <Card as="section" padding="none" aria-labelledby="log-title">
      <h2 id="log-title" className="border-b border-border px-3 py-2 text-sm font-semibold">
        {m.log}
      </h2>
      <div
        role="log"
        aria-live="polite"
        data-testid="event-log"
        className="max-h-72 min-h-24 overflow-y-auto px-3 py-2 font-mono text-xs leading-relaxed"
      >
        {entries.length === 0 ? <p className="text-faint">{m.logEmpty}</p> : null}
        {entries.map((e, i) => (
          <p key={i} className={`break-all ${colour[e.kind]}`} data-kind={e.kind}>
            <span className="mr-2 inline-block min-w-16 text-right text-faint tabular-nums">
              {e.t.toFixed(1)} ms
            </span>
            {e.text}
          </p>
        ))}
      </div>
    </Card>
  );
}
