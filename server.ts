/**
 * One process, one port: Next serves the site; WebSocket upgrades are routed here (the scenario
 * engine attaches to the same http.Server). Run with `npm start` (production build) or
 * `npm run dev` (hot reload).
 */
import { createServer, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import next from "next";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    host: { type: "string", default: process.env.HOST ?? "0.0.0.0" },
  },
});

const dev = values.dev;
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer 0–65535, got ${JSON.stringify(values.port)}`);
  process.exit(2);
}

const app = next({ dev, hostname: "localhost", port });
const handle = app.getRequestHandler();

await app.prepare();

const server = createServer((req, res) => {
  handle(req, res).catch((err: unknown) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500).end("Internal Server Error");
  });
});

// Next adds its own upgrade listener for HMR (/_next/…) in dev; every other upgrade that no
// handler claims is refused here so a stray socket never hangs.
server.on("upgrade", (req: IncomingMessage, socket: Duplex) => {
  const url = req.url ?? "";
  if (dev && url.startsWith("/_next/")) return;
  if (socket.listenerCount("data") === 0 && !socket.destroyed) {
    socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  }
});

server.listen(port, values.host, () => {
  const addr = server.address();
  const actual = typeof addr === "object" && addr ? addr.port : port;
  console.log(`> ${dev ? "dev" : "production"} server on http://localhost:${actual}`);
});

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    server.close();
    process.exit(0);
  });
}
