import type { WireReport } from "@/lib/wire-report";
import type { ServerSaw } from "./measurements";

/** What a wire report says the server got from the browser: its status and the close frame. */
export function serverSaw(report: WireReport): ServerSaw {
  const frame = report.events.find((e) => e.kind === "frame" && e.dir === "in" && e.type === "close");
  const close =
    frame?.kind === "frame" && frame.close ? { code: frame.close.code, reason: frame.close.reason } : null;
  return { status: report.response?.status ?? null, close };
}
