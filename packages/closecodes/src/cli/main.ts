#!/usr/bin/env node
/**
 * `closecodes` — the entry point. Each command is loaded only when asked for, so explaining a
 * code starts as fast as Node itself does (the probe's networking code is never loaded for it).
 */
import { EXIT } from "./exit-codes.ts";

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "probe") {
    const { probeCommand } = await import("./probe-command.ts");
    return probeCommand(argv.slice(1));
  }
  const { explainCommand } = await import("./explain-command.ts");
  return explainCommand(argv);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not bad input: say so in one line (set CLOSECODES_DEBUG=1 for the stack).
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`closecodes: internal error: ${msg}\n`);
    if (process.env.CLOSECODES_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = EXIT.internal;
  },
);
