"use client";

import type { LogEntry, TesterMessages } from "./types";

const colour: Record<LogEntry["kind"], string> = {
  connect: "text-zinc-600 dark:text-zinc-400",
  open: "text-emerald-700 dark:text-emerald-400",
  message: "text-sky-700 dark:text-sky-400",
  sent: "text-violet-700 dark:text-violet-400",
  error: "text-red-700 dark:text-red-400",
  close: "font-semibold",
  pageClose: "text-violet-700 dark:text-violet-400",
  threw: "text-amber-700 dark:text-amber-400",
  reconnect: "text-zinc-600 dark:text-zinc-400",
  noRetry: "text-zinc-600 dark:text-zinc-400",
};

/** The live event log. Text only: messages and reasons from the network never become HTML. */
export function EventLog({ entries, m }: { entries: LogEntry[]; m: TesterMessages }) {
  return (
    <section aria-labelledby="log-title" className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <h2
        id="log-title"
        className="border-b border-zinc-200 px-3 py-2 text-sm font-semibold dark:border-zinc-800"
      >
        {m.log}
      </h2>
      <div
        role="log"
        aria-live="polite"
        data-testid="event-log"
        className="max-h-72 min-h-24 overflow-y-auto px-3 py-2 font-mono text-xs leading-relaxed"
      >
        {entries.length === 0 ? <p className="text-zinc-500">{m.logEmpty}</p> : null}
        {entries.map((e, i) => (
          <p key={i} className={`break-all ${colour[e.kind]}`} data-kind={e.kind}>
            <span className="mr-2 inline-block min-w-16 text-right text-zinc-500 tabular-nums">
              {e.t.toFixed(1)} ms
            </span>
            {e.text}
          </p>
        ))}
      </div>
    </section>
  );
}
