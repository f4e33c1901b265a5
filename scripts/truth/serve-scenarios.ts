/**
 * The scenario engine alone on a loopback port, for trying the CLI by hand:
 *   npx tsx scripts/truth/serve-scenarios.ts   → prints ws://127.0.0.1:PORT; Ctrl-C stops it
 *   npx tsx packages/closecodes/src/cli/main.ts probe "ws://127.0.0.1:PORT/ws/close-raw?code=1005"
 */
import { startScenarioServer } from "./server";

startScenarioServer().then((s) => {
  console.log(s.base.replace("http", "ws"));
  const stop = () => void s.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
});
