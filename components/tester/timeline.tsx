"use client";

import type { Attempt, TesterMessages } from "./types";
import { cardClass } from "@/components/ui/card";

/**
 * The session as a picture: one row per attempt, from the constructor to the close, with open,
 * messages, error and the close code marked; gaps between rows are reconnect waits.
 */
export function Timeline({
  attempts,
  m,
  now,
}: {
  attempts: readonly Attempt[];
  m: TesterMessages;
  now: number;
}) {
  if (attempts.length === 0) return null;
  const start = attempts[0]!.t0;
  const end = Math.max(now, ...attempts.map((a) => a.tClose ?? now));
  const span = Math.max(1, end - start);
  const W = 600;
  const rowH = 28;
  const x = (t: number) => 10 + ((t - start) / span) * (W - 60);
  const H = attempts.length * rowH + 24;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="mb-1 text-sm font-semibold">
        {m.timeline}
      </h2>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className={cardClass({ padding: "none", className: "w-full bg-surface-raised text-fg" })}
        role="img"
        aria-label={attempts
          .map(
            (a) =>
              `#${a.n}: ${a.tOpen !== undefined ? "open" : "no open"}${a.error !== undefined ? ", error" : ""}${a.obs ? `, close ${a.obs.code}` : ""}`,
          )
          .join("; ")}
        data-testid="timeline"
      >
        {attempts.map((a, i) => {
          const y = 12 + i * rowH;
          const close = a.tClose ?? now;
          const prev = attempts[i - 1];
          return (
            <g key={a.n}>
              {prev?.tClose !== undefined ? (
                <line
                  x1={x(prev.tClose)}
                  y1={y - rowH + 8}
                  x2={x(a.t0)}
                  y2={y + 8}
                  stroke="currentColor"
                  strokeDasharray="3 3"
                  opacity={0.4}
                />
              ) : null}
              <rect
                x={x(a.t0)}
                y={y + 4}
                width={Math.max(1, x(a.tOpen ?? close) - x(a.t0))}
                height={8}
                fill="#a1a1aa"
              />
              {a.tOpen !== undefined ? (
                <rect
                  x={x(a.tOpen)}
                  y={y + 4}
                  width={Math.max(1, x(close) - x(a.tOpen))}
                  height={8}
                  fill="#059669"
                />
              ) : null}
              {a.messages.map((t, j) => (
                <line key={j} x1={x(t)} x2={x(t)} y1={y} y2={y + 16} stroke="#0284c7" strokeWidth={1.5} />
              ))}
              {a.error !== undefined ? <circle cx={x(a.error)} cy={y + 8} r={5} fill="#dc2626" /> : null}
              {a.obs ? (
                <>
                  <line
                    x1={x(close)}
                    x2={x(close)}
                    y1={y - 2}
                    y2={y + 18}
                    stroke="currentColor"
                    strokeWidth={2}
                  />
                  <text x={x(close) + 4} y={y + 12} fontSize={11} fill="currentColor" fontFamily="monospace">
                    {a.obs.code}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
        <text x={W - 4} y={H - 4} fontSize={10} textAnchor="end" fill="currentColor" opacity={0.6}>
          {(span / 1000).toFixed(2)} s
        </text>
      </svg>
    </section>
  );
}
