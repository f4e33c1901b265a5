"use client";

import type { WireReport } from "@/lib/wire-report";
import { fill, type TesterMessages } from "./types";
import { Card } from "@/components/ui/card";

/** What the scenario server saw on the wire for this session, byte-exact for close frames. */
export function WireReportView({ report, m }: { report?: WireReport; m: TesterMessages }) {
  return (
    <Card as="section" aria-labelledby="wire-title" data-testid="wire-report">
      <h2 id="wire-title" className="text-sm font-semibold">
        {m.wire}
      </h2>
      {!report ? (
        <p className="mt-2 text-sm text-muted">{m.wireEmpty}</p>
      ) : (
        <div className="mt-2 space-y-2 text-xs">
          <p>
            <span className="font-semibold">{m.wireRequest}:</span>{" "}
            <code className="break-all">GET {report.request.path}</code>
            {report.request.origin ? (
              <>
                {" "}
                · Origin <code>{report.request.origin}</code>
              </>
            ) : null}
            {report.request.protocols.length ? (
              <>
                {" "}
                · Sec-WebSocket-Protocol <code>{report.request.protocols.join(", ")}</code>
              </>
            ) : null}
            {report.request.extensions.length ? (
              <>
                {" "}
                · Sec-WebSocket-Extensions{" "}
                <code className="break-all">{report.request.extensions.join(", ")}</code>
              </>
            ) : null}
          </p>
          <p>
            <span className="font-semibold">{m.wireResponse}:</span>{" "}
            <code data-testid="wire-status">{report.response ? report.response.status : "—"}</code>
            {report.response?.protocol ? (
              <>
                {" "}
                · protocol <code>{report.response.protocol}</code>
              </>
            ) : null}
            {report.response?.extensions ? (
              <>
                {" "}
                · extensions <code>{report.response.extensions}</code>
              </>
            ) : null}
          </p>
          <ol className="space-y-0.5 font-mono">
            {report.events.map((e, i) => (
              <li
                key={i}
                className="break-all"
                data-kind={e.kind}
                data-dir={e.kind === "frame" ? e.dir : undefined}
              >
                <span className="mr-2 inline-block min-w-16 text-right text-faint tabular-nums">
                  {e.t.toFixed(1)} ms
                </span>
                {e.kind === "frame" ? (
                  <>
                    <span className={e.dir === "in" ? "text-from-page" : "text-from-server"}>
                      {e.dir === "in" ? m.wireIn : m.wireOut}
                    </span>{" "}
                    {e.type}
                    {e.close ? (
                      <span data-testid="wire-close">
                        {" "}
                        {e.close.malformed
                          ? "malformed body"
                          : e.close.code === null
                            ? "(no code)"
                            : e.close.code}
                        {e.close.reason ? ` “${e.close.reason}”` : ""}
                        {!e.close.validUtf8 ? " (invalid UTF-8)" : ""}
                      </span>
                    ) : e.text !== undefined ? (
                      ` “${e.text}”`
                    ) : (
                      ` ${e.length} B`
                    )}
                    {e.rsv.some(Boolean) ? ` rsv=${e.rsv.map(Number).join("")}` : ""}
                    {e.masked ? " masked" : ""} <span className="text-faint">[{e.hex}]</span>
                  </>
                ) : e.kind === "tcp" ? (
                  <span className="font-semibold">
                    {fill(e.who === "server" ? m.wireTcpServer : m.wireTcpClient, {
                      how: e.how.toUpperCase(),
                    })}
                  </span>
                ) : e.kind === "rtt" ? (
                  fill(m.wireRtt, { ms: e.ms })
                ) : (
                  <span className="text-muted">{e.text}</span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Card>
  );
}
