/**
 * Probe given scenario URLs in given engines and print what each page saw and what the server
 * got back (a measurement by hand, beside `npm run truth`). After a URL, `|close:MS:CODE:REASON`
 * makes the page call close() MS after open, and a third `|a,b` field lists subprotocols:
 *   npx tsx scripts/truth/adhoc.ts firefox,webkit "/ws/close-raw?code=1012" "/ws/echo|close:50:1000:x"
 */
import { launchEngine } from "../../e2e/engines/index";
import { probe } from "../../e2e/engines/probe";
import { ENGINE_IDS, type EngineId } from "closecodes/engines";
import { startScenarioServer } from "./server";

async function main() {
  const [engines, ...paths] = process.argv.slice(2);
  const ids = (engines ?? "").split(",");
  if (!engines || paths.length === 0 || ids.some((id) => !ENGINE_IDS.includes(id as EngineId))) {
    console.error(
      `usage: adhoc.ts ${ENGINE_IDS.join(",")} "/ws/<scenario>?<params>[|close:MS:CODE:REASON[|protocols]]" …`,
    );
    process.exit(2);
  }
  const srv = await startScenarioServer();
  let n = 0;
  await Promise.all(
    ids.map(async (id) => {
      const e = await launchEngine(id as EngineId);
      await e.goto(srv.base + "/");
      for (const spec of paths) {
        const [path, act, protos] = spec.split("|");
        const a = act?.split(":");
        const sid = `adhoc${Date.now().toString(36)}x${++n}`.padEnd(16, "0");
        const url = `${srv.base.replace("http", "ws")}${path}${path!.includes("?") ? "&" : "?"}sid=${sid}`;
        const o = await probe(
          e,
          {
            url,
            protocols: protos ? protos.split(",") : [],
            action: a
              ? { closeAfterMs: Number(a[1]), code: a[2] ? Number(a[2]) : undefined, reason: a[3] }
              : null,
          },
          200_000,
        );
        const r = await srv.report(sid);
        const back = r?.events
          .filter((x) => x.kind === "frame" && x.dir === "in")
          .map((x) =>
            x.kind === "frame"
              ? `${x.type}${x.close ? JSON.stringify({ c: x.close.code, r: x.close.reason }) : ""}`
              : "",
          );
        const tcp = r?.events
          .filter((x) => x.kind === "tcp" || x.kind === "note")
          .map((x) =>
            x.kind === "tcp"
              ? `${x.who}:${x.how}@${Math.round(x.t)}`
              : x.kind === "note"
                ? `note:${x.text.slice(0, 60)}`
                : "",
          );
        console.log(
          `${id.padEnd(8)} ${spec} → ${o.order.join(">")} code=${o.code} reason=${JSON.stringify(o.reason)} clean=${o.wasClean} ms=${o.ms}${o.threw ? " threw=" + o.threw : ""} | in=${back?.join(",")} status=${r?.response?.status} ${tcp?.join(",")}`,
        );
      }
      await e.close();
    }),
  );
  await srv.close();
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
