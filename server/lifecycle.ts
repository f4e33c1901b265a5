import type { Server } from "node:http";
import type { Engine } from "./engine";

/**
 * A restart must not cut sockets silently: on SIGTERM/SIGINT the server stops accepting, every
 * open scenario socket gets a close 1012 (Service Restart), and the process exits once they are
 * gone or after `graceMs`, and pending wire reports are saved. A second signal exits at once.
 */
export function installSignalHandlers(server: Server, engine: Engine, graceMs = 3000) {
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, async () => {
      if (stopping) process.exit(1);
      stopping = true;
      server.close();
      await engine.shutdown(graceMs);
      // Reports of the sockets just closed, written out to a shared store before we go.
      await Promise.race([engine.close(), new Promise((r) => setTimeout(r, 1000))]);
      process.exit(0);
    });
  }
}
