/**
 * One process, one port: Next serves the site; the scenario engine (server/engine.ts) owns
 * WebSocket upgrades on /ws/… and wire reports on /ws-report/…. Run with `npm start`
 * (production build) or `npm run dev` (hot reload).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { parseArgs } from "node:util";
import compression from "compression";
import next from "next";
import { RewriteCache, rewriteHtmlResponses } from "./lib/serve/rewrite-html";
import { prepareForServing } from "./lib/serve/client-runtime";
import { attachScenarios, WS_PREFIX } from "./server/engine";
import { installSignalHandlers } from "./server/lifecycle";

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

// Compression is done here, not by Next (next.config.ts: compress: false), so that it wraps the
// response before the HTML rewrite does and the rewrite sees plain HTML.
const compress = compression() as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;
// Production pages are served without Next's client runtime, or with it loaded after the first
// paint when they need it (lib/serve/client-runtime.ts); dev keeps it as it is, for hot reload.
const prepared = new RewriteCache();

const server = createServer((req, res) => {
  if (engine.handleHttp(req, res)) return;
  compress(req, res, () => {
    if (!dev) rewriteHtmlResponses(req, res, prepareForServing, prepared);
    handle(req, res).catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500).end("Internal Server Error");
    });
  });
});

const engine = attachScenarios(server);

// Next registers its own 'upgrade' listener on the first request, and it ends every upgrade
// whose path matches a page — and app/[lang]/[...rest] matches "/ws/close". Listeners added
// from here on (Next's) only ever see upgrades outside the scenario engine's prefix.
const addListener = server.on.bind(server);
server.on = ((event: string, listener: (...args: unknown[]) => void) => {
  if (event !== "upgrade") return addListener(event, listener);
  return addListener(event, (req: IncomingMessage, ...rest: unknown[]) => {
    if (!(req.url ?? "").startsWith(WS_PREFIX)) listener(req, ...rest);
  });
}) as typeof server.on;

// Next adds its own upgrade listener for HMR (/_next/…) in dev. Anything that is neither the
// scenario engine's nor HMR is refused, so a stray upgrade never hangs.
server.on("upgrade", (req: IncomingMessage, socket: Duplex) => {
  const url = req.url ?? "";
  if (url.startsWith(WS_PREFIX)) return;
  if (dev && url.startsWith("/_next/")) return;
  socket.on("error", () => {});
  if (!socket.writableEnded)
    socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
});

server.listen(port, values.host, () => {
  console.log(`> ${dev ? "dev" : "production"} server on http://localhost:${port}`);
});

// A restart must not cut sockets silently: every open scenario socket gets 1012 first.
installSignalHandlers(server, engine);
