// Dev helper (not part of the suite): page-side close() rules and the endpoint lock, per engine.
import net from "node:net";
import { launchEngine } from "../../e2e/engines/index";
import { ENGINE_IDS } from "@/lib/engines/ids";
import { startScenarioServer } from "./server";

async function main() {
  const srv = await startScenarioServer();
  const ws = srv.base.replace("http", "ws");
  const silent = net.createServer((s) => {
    s.on("error", () => {});
    s.once("data", () => hits.push(Date.now()));
  });
  const hits: number[] = [];
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
  const sport = (silent.address() as net.AddressInfo).port;
  for (const id of ENGINE_IDS) {
    const e = await launchEngine(id);
    await e.goto(srv.base + "/");
    const r = await e.run(
      (u: string) =>
        new Promise((resolve) => {
          const out: Record<string, unknown> = {};
          const ws1 = new WebSocket(u);
          ws1.onopen = () => {
            try {
              ws1.close(undefined, "x");
              out.undefReason = "none";
            } catch (err) {
              out.undefReason = (err as Error).name;
            }
            setTimeout(() => {
              const ws2 = new WebSocket(u);
              let err = false;
              ws2.onerror = () => (err = true);
              ws2.onclose = (ev) => {
                out.whileConnecting = { error: err, code: ev.code, clean: ev.wasClean, reason: ev.reason };
                resolve(out);
              };
              ws2.close();
            }, 300);
          };
        }),
      `${ws}/ws/echo?sid=pagerules${id}000000000`,
    );
    const report = await srv.report(`pagerules${id}000000000`);
    const back = report?.events
      .filter((x) => x.kind === "frame" && x.dir === "in")
      .map((x) => (x.kind === "frame" ? JSON.stringify(x.close) : ""));
    hits.length = 0;
    await e.run((u1: string) => {
      (window as unknown as { held: WebSocket[] }).held = [new WebSocket(u1), new WebSocket(u1)];
    }, `ws://127.0.0.1:${sport}/`);
    await new Promise((r) => setTimeout(r, 3000));
    console.log(
      id,
      JSON.stringify(r),
      "back:",
      back,
      "lock: upgrades seen for 2 sockets to one silent host:port =",
      hits.length,
    );
    await e.close();
  }
  silent.close();
  await srv.close();
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
