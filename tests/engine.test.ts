import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import {
  closed,
  newSid,
  nextMessage,
  opened,
  rawExchange,
  refused,
  reportWhenDone,
  sleep,
  upgradeRequest,
  waitFor,
  withServer,
} from "./support/engine";
import { get, within, type Res } from "./support/http";
import { noise } from "./support/noise";
import { encodeFrame, Opcode } from "closecodes/wire";
import type { FrameEvent } from "@/lib/wire-report";

/**
 * The scenario engine end to end, on a real http.Server on 127.0.0.1 with `ws` as the client:
 * - every refusal is a plain HTTP answer before any upgrade (400 naming the parameter, 404 for an
 *   unknown scenario, 426 for a GET, 409 for a reused session id), so a browser gets 1006 and a
 *   curl user gets the reason;
 * - each limit holds (per-IP 429, global 503, lifetime → 1008, message size → 1009, RFC 6455 §7.4.1);
 * - close codes arrive as sent, and a forbidden one fails the client;
 * - the wire report records frames both ways and says when it is final;
 * - shutdown says 1012 (Service Restart) to every open socket;
 * - hostile clients cannot take the process down. Those run against a child process that wires
 *   the engine as server.ts does, so "does not crash" means the process is still there, not
 *   that the test runner swallowed an uncaught exception.
 */
const T = { timeout: 5000 };

describe("engine: plain HTTP on /ws/ and /ws-report/", () => {
  it("answers GET /ws/close?code=abc with 400 naming the parameter", T, async () => {
    await withServer({}, async (h) => {
      const r = await h.get("/ws/close?code=abc");
      assert.equal(r.status, 400);
      assert.match(String(r.headers["content-type"]), /^text\/plain/);
      assert.match(r.body, /^close: code: must be an integer 1000–4999, got "abc"/);
    });
  });

  it("answers GET /ws/close?code=1005 with 400: valid int, but must not be sent", T, async () => {
    await withServer({}, async (h) => {
      const r = await h.get("/ws/close?code=1005");
      assert.equal(r.status, 400);
      assert.match(r.body, /code: 1005 .*must not be sent/);
    });
  });

  it("answers GET /ws/close (valid, but not an upgrade) with 426 Upgrade Required", T, async () => {
    await withServer({}, async (h) => {
      const r = await h.get("/ws/close");
      assert.equal(r.status, 426);
      assert.equal(r.headers.upgrade, "websocket");
      assert.match(r.body, /new WebSocket/);
    });
  });

  it("answers an unknown scenario with 404 listing the known ones", T, async () => {
    await withServer({}, async (h) => {
      const r = await h.get("/ws/nope");
      assert.equal(r.status, 404);
      assert.match(r.body, /unknown scenario "nope"; known: close, close-raw,/);
      assert.equal((await h.get("/ws/")).status, 404);
      assert.equal((await h.get("/elsewhere")).body, "not ours\n", "other paths are left to the caller");
    });
  });

  it("answers an unknown or malformed report id with 404 JSON", T, async () => {
    await withServer({}, async (h) => {
      for (const sid of [
        newSid(),
        "short",
        `${"a".repeat(15)}.`,
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "x".repeat(65),
      ]) {
        const r = await h.get(`/ws-report/${sid}`);
        assert.equal(r.status, 404, sid);
        assert.match(String(r.headers["content-type"]), /^application\/json/);
        assert.match((JSON.parse(r.body) as { error: string }).error, /no report/);
      }
    });
  });
});

describe("engine: upgrades refused before any upgrade", () => {
  it("refuses a bad parameter with HTTP 400 and keeps no socket and no report", T, async () => {
    await withServer({}, async (h) => {
      const sid = newSid();
      const r = await refused(h.ws(`/ws/close?code=abc&sid=${sid}`));
      assert.equal(r.status, 400);
      assert.match(r.body, /code: must be an integer/);
      assert.equal(r.headers.connection, "close");
      assert.equal(r.headers["sec-websocket-accept"], undefined);
      assert.deepEqual(h.engine.stats(), { open: 0, reports: 0 });
      assert.equal((await h.get(`/ws-report/${sid}`)).status, 404);
      // The refused request did not burn its session id.
      const ws = h.ws(`/ws/close?sid=${sid}`);
      assert.equal((await closed(ws)).code, 1000);
    });
  });

  it("refuses unknown parameters, forbidden codes and unknown scenarios", T, async () => {
    await withServer({}, async (h) => {
      const unknown = await refused(h.ws("/ws/echo?colour=red"));
      assert.equal(unknown.status, 400);
      assert.match(unknown.body, /unknown parameter "colour"/);
      const forbidden = await refused(h.ws("/ws/close?code=1006"));
      assert.equal(forbidden.status, 400);
      assert.match(forbidden.body, /1006 \(Abnormal Closure\) must not be sent.*\/ws\/close-raw/);
      const nope = await refused(h.ws("/ws/nope"));
      assert.equal(nope.status, 404);
    });
  });

  it("refuses a WebSocket version other than 13 with 426 and Sec-WebSocket-Version: 13", T, async () => {
    await withServer({}, async (h) => {
      const text = upgradeRequest("/ws/echo").replace("Version: 13", "Version: 8");
      const answer = await rawExchange(h.port, text);
      assert.match(answer, /^HTTP\/1\.1 426 Upgrade Required\r\n/);
      assert.match(answer, /\r\nSec-WebSocket-Version: 13\r\n/);
      assert.equal(h.engine.stats().open, 0);
    });
  });
});

describe("engine: close codes as the client sees them", () => {
  it('delivers /ws/close?code=4000&reason=x as close 4000 "x"', T, async () => {
    await withServer({}, async (h) => {
      const c = await closed(h.ws("/ws/close?code=4000&reason=x"));
      assert.deepEqual([c.code, c.reason, c.errors.length], [4000, "x", 0]);
    });
  });

  it("sends `after` messages before the close frame", T, async () => {
    await withServer({}, async (h) => {
      const ws = h.ws("/ws/close?code=1011&after=3&reason=");
      const got: string[] = [];
      ws.on("message", (d) => got.push(String(d)));
      const c = await closed(ws);
      assert.deepEqual(got, ["message 1", "message 2", "message 3"]);
      assert.deepEqual([c.code, c.reason], [1011, ""]);
    });
  });

  it("reports an empty close frame as 1005", T, async () => {
    await withServer({}, async (h) => {
      const c = await closed(h.ws("/ws/empty-close"));
      assert.deepEqual([c.code, c.reason, c.errors.length], [1005, "", 0]);
    });
  });

  it("fails a client that receives /ws/close-raw?code=1005 (a code that must not be sent)", T, async () => {
    await withServer({}, async (h) => {
      const c = await closed(h.ws("/ws/close-raw?code=1005"));
      assert.ok([1006, 1002].includes(c.code), `client closed with ${c.code}`);
      assert.ok(c.errors.length > 0, "ws reports an error for an invalid close code");
      assert.match(c.errors[0]!.message, /invalid status code 1005/i);
    });
  });
});

describe("engine: limits", () => {
  it(
    "refuses the third concurrent socket from one address with 429 (perIp = 2), then frees the slot",
    T,
    async () => {
      await withServer({ perIp: 2 }, async (h) => {
        const a = h.ws("/ws/echo");
        const b = h.ws("/ws/echo");
        await Promise.all([opened(a), opened(b)]);
        const r = await refused(h.ws("/ws/echo"));
        assert.equal(r.status, 429);
        assert.equal(r.headers["retry-after"], "5");
        assert.match(r.body, /limit 2/);
        assert.equal(h.engine.stats().open, 2);
        a.close(1000);
        await closed(a);
        await waitFor(() => h.engine.stats().open === 1, "the server to count the closed socket");
        await opened(h.ws("/ws/echo"));
      });
    },
  );

  it("counts a held handshake against the per-IP limit", T, async () => {
    await withServer({ perIp: 1 }, async (h) => {
      const held = net.connect(h.port, "127.0.0.1", () =>
        held.write(upgradeRequest("/ws/handshake-hang?hold=5")),
      );
      held.on("error", () => {});
      try {
        await waitFor(() => h.engine.stats().open === 1, "the held handshake");
        assert.equal((await refused(h.ws("/ws/echo"))).status, 429);
      } finally {
        held.resetAndDestroy();
      }
      await waitFor(() => h.engine.stats().open === 0, "the reset handshake to be released");
      await opened(h.ws("/ws/echo"));
    });
  });

  it(
    "releases a held handshake's slot when the client closes TCP (FIN), not when the hold ends",
    T,
    async () => {
      // HTTP server sockets allow half-open TCP; raw() answers the client's FIN with its own, and a
      // held handshake has to as well, or the slot stays taken until hold (up to 30 s) runs out.
      await withServer({ perIp: 1 }, async (h) => {
        const sid = newSid();
        const held = net.connect(h.port, "127.0.0.1", () =>
          held.write(upgradeRequest(`/ws/handshake-hang?hold=5&sid=${sid}`)),
        );
        held.on("error", () => {});
        await waitFor(() => h.engine.stats().open === 1, "the held handshake");
        held.end(); // FIN: the client gives up on the handshake
        await waitFor(() => h.engine.stats().open === 0, "the abandoned handshake to be released", 1500);
        const report = await reportWhenDone(h, sid);
        assert.ok(report.events.some((e) => e.kind === "tcp" && e.who === "client" && e.how === "fin"));
        await opened(h.ws("/ws/echo"));
      });
    },
  );

  it("refuses any socket past the global limit with 503 (global = 1)", T, async () => {
    await withServer({ global: 1 }, async (h) => {
      await opened(h.ws("/ws/echo"));
      const r = await refused(h.ws("/ws/echo"));
      assert.equal(r.status, 503);
      assert.equal(r.headers["retry-after"], "5");
      assert.match(r.body, /server busy/);
    });
  });

  it("closes a socket that outlives lifetimeMs with 1008", T, async () => {
    await withServer({ lifetimeMs: 300 }, async (h) => {
      const ws = h.ws("/ws/echo");
      const started = Date.now();
      await opened(ws);
      const c = await closed(ws);
      assert.deepEqual([c.code, c.reason], [1008, "lifetime limit reached"]);
      assert.ok(Date.now() - started >= 250, `closed after ${Date.now() - started} ms`);
      await waitFor(() => h.engine.stats().open === 0, "the socket to be released");
    });
  });

  it("echoes a message of maxMessageBytes and closes with 1009 on a larger one", T, async () => {
    await withServer({ maxMessageBytes: 1024 }, async (h) => {
      const ws = h.ws("/ws/echo");
      await opened(ws);
      const fits = randomBytes(1024);
      ws.send(fits);
      assert.deepEqual(await nextMessage(ws), fits);
      const c = closed(ws);
      ws.send(Buffer.alloc(2048, 0x61));
      assert.equal((await c).code, 1009);
    });
  });
});

describe("engine: wire reports", () => {
  it("records an echo session frame by frame, both ways, and marks it done", T, async () => {
    await withServer({}, async (h) => {
      const sid = newSid();
      const ws = h.ws(`/ws/echo?sid=${sid}`);
      await opened(ws);
      ws.send("hello");
      assert.equal(String(await nextMessage(ws)), "hello");
      const c = closed(ws);
      ws.close(1000, "done");
      assert.equal((await c).code, 1000);

      const report = await reportWhenDone(h, sid);
      assert.equal(report.session, sid);
      assert.equal(report.scenario, "echo");
      assert.deepEqual(report.params, { ping: 0 });
      assert.equal(report.request.path, `/ws/echo?sid=${sid}`);
      assert.equal(report.response?.status, 101);
      assert.equal(report.done, true);
      const frames = report.events.filter((e): e is FrameEvent => e.kind === "frame");
      assert.deepEqual(
        frames.map((f) => [f.dir, f.type, f.masked, f.length]),
        [
          ["in", "text", true, 5],
          ["out", "text", false, 5],
          ["in", "close", true, 6],
          ["out", "close", false, 6],
        ],
      );
      assert.equal(frames[0]!.text, "hello");
      assert.equal(frames[1]!.hex, "810568656c6c6f", "server text frame byte-exact (RFC 6455 §5.7 layout)");
      assert.deepEqual(frames[2]!.close, {
        code: 1000,
        reason: "done",
        reasonHex: "646f6e65",
        validUtf8: true,
        malformed: false,
      });
      assert.equal(frames[3]!.hex, "880603e8646f6e65");
      for (let i = 1; i < report.events.length; i++)
        assert.ok(report.events[i]!.t >= report.events[i - 1]!.t, "events in time order");
    });
  });

  it("records the server's close frame byte-exact: 88 05 03 e8 62 79 65", T, async () => {
    await withServer({}, async (h) => {
      const sid = newSid();
      await closed(h.ws(`/ws/close?sid=${sid}`));
      const report = await reportWhenDone(h, sid);
      const frames = report.events.filter((e): e is FrameEvent => e.kind === "frame");
      const out = frames.find((f) => f.dir === "out" && f.type === "close");
      const back = frames.find((f) => f.dir === "in" && f.type === "close");
      assert.equal(out?.hex, "880503e8627965");
      assert.equal(back?.close?.code, 1000);
      assert.equal(back?.close?.reason, "bye");
      assert.ok(
        report.events.some((e) => e.kind === "tcp"),
        "how TCP ended is recorded",
      );
    });
  });

  it("refuses a session id that was already used with 409, upgrade or GET", T, async () => {
    await withServer({}, async (h) => {
      const sid = newSid();
      await closed(h.ws(`/ws/close?sid=${sid}`));
      const r = await refused(h.ws(`/ws/close?sid=${sid}`));
      assert.equal(r.status, 409);
      assert.match(r.body, /^sid: this session id was already used/);
      const g = await h.get(`/ws/echo?sid=${sid}`);
      assert.equal(g.status, 409);
      // The first session's report is untouched.
      assert.equal((await reportWhenDone(h, sid)).scenario, "close");
    });
  });
});

describe("engine: shutdown", () => {
  it(
    "closes every open socket with 1012, through ws and through raw frames, and waits for them",
    T,
    async () => {
      await withServer({}, async (h) => {
        const echo = h.ws("/ws/echo");
        const raw = h.ws("/ws/close-raw?code=4000&delay=60000");
        await Promise.all([opened(echo), opened(raw)]);
        const c1 = closed(echo);
        const c2 = closed(raw);
        await within(h.engine.shutdown(3000), 4000, "shutdown");
        assert.deepEqual([(await c1).code, (await c1).reason], [1012, "server restarting"]);
        assert.deepEqual([(await c2).code, (await c2).reason], [1012, "server restarting"]);
        assert.equal(h.engine.stats().open, 0);
      });
    },
  );
});

/**
 * A separate process running the engine wired as server.ts wires it (engine's HTTP handler
 * first, other upgrades refused, no uncaughtException handler), so a crash is a dead process.
 */
const root = path.resolve(import.meta.dirname, "..");
const childScript = `
import http from "node:http";
const { attachScenarios } = await import(${JSON.stringify(pathToFileURL(path.join(root, "server", "engine.ts")).href)});
let engine;
const server = http.createServer((req, res) => {
  if (engine.handleHttp(req, res)) return;
  res.writeHead(404).end();
});
engine = attachScenarios(server, { limits: { lifetimeMs: 5000 } });
server.on("upgrade", (req, socket) => {
  if ((req.url ?? "").startsWith("/ws/")) return;
  socket.end("HTTP/1.1 404 Not Found\\r\\nConnection: close\\r\\nContent-Length: 0\\r\\n\\r\\n");
});
server.listen(0, "127.0.0.1", () => console.log("listening " + server.address().port));
`;

type Child = { port: number; proc: ChildProcess; stderr: () => string };

async function withChild(fn: (c: Child) => Promise<void>) {
  const proc = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", childScript], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  proc.stderr!.on("data", (d) => (err += String(d)));
  const exited = new Promise<void>((r) => proc.once("exit", () => r()));
  try {
    const port = await within(
      new Promise<number>((resolve, reject) => {
        let out = "";
        proc.stdout!.on("data", (d) => {
          out += String(d);
          const m = /listening (\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        proc.once("exit", (code) => reject(new Error(`child exited with ${code} before listening: ${err}`)));
      }),
      4000,
      "child server to listen",
    );
    await fn({ port, proc, stderr: () => err });
  } finally {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill();
    await within(exited, 2000, "child exit");
  }
}

/** The process is still running and still answers HTTP. */
async function assertAlive(c: Child) {
  await sleep(100);
  const died = () =>
    `the server process died (exit ${c.proc.exitCode ?? c.proc.signalCode}):\n${c.stderr().split("\n").slice(0, 8).join("\n")}`;
  assert.ok(c.proc.exitCode === null && c.proc.signalCode === null, died());
  let r: Res;
  try {
    r = await get(c.port, "/ws/echo");
  } catch (e) {
    assert.fail(`${(e as Error).message}; ${died()}`);
  }
  assert.equal(r.status, 426);
}

const key = Buffer.from([1, 2, 3, 4]);
/** Frames a client must never send, each against a different rule of RFC 6455 §5. */
const craftedGarbage = Buffer.concat([
  encodeFrame({ opcode: Opcode.text, payload: "unmasked" }), // §5.1: clients must mask
  encodeFrame({ opcode: Opcode.text, payload: "rsv", rsv1: true, rsv2: true, mask: key }), // §5.2
  encodeFrame({ opcode: 0x3, payload: "op", mask: key }), // reserved opcode
  encodeFrame({ opcode: Opcode.continuation, payload: "orphan", mask: key }), // §5.4
  encodeFrame({ opcode: Opcode.ping, payload: Buffer.alloc(200), mask: key }), // §5.5: control > 125
  encodeFrame({ opcode: Opcode.text, payload: Buffer.from([0xff, 0xfe]), mask: key }), // §8.1
  Buffer.from([0x88, 0x81, 1, 2, 3, 4, 0x03]), // 1-byte close body
  encodeFrame({ opcode: Opcode.close, payload: Buffer.from([0x03, 0xe8, 0xff]), mask: key }),
  Buffer.from([0x82, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]), // 2^63-byte length
]);

/** Upgrades on a raw socket, then writes `garbage` once the 101 arrives. */
function upgradeThenGarbage(port: number, target: string, garbage: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1", () => s.write(upgradeRequest(target)));
    let got = Buffer.alloc(0);
    let sent = false;
    s.on("data", (d) => {
      got = Buffer.concat([got, d]);
      if (!sent && got.includes("\r\n\r\n")) {
        sent = true;
        s.write(garbage);
      }
    });
    s.on("error", () => {});
    const done = () => {
      clearTimeout(timer);
      s.destroy();
      resolve(got.subarray(0, 12).toString("latin1"));
    };
    const timer = setTimeout(done, 600);
    s.on("close", done);
  });
}

describe("engine: hostile clients do not take the process down", () => {
  it("survives clients that vanish mid-handshake", T, async () => {
    await withChild(async (c) => {
      const probes: Array<Promise<void>> = [];
      const vanish = (text: string, how: "destroy" | "rst", afterMs = 0) =>
        probes.push(
          new Promise<void>((resolve) => {
            const s = net.connect(c.port, "127.0.0.1", () => {
              s.write(text);
              setTimeout(() => (how === "rst" ? s.resetAndDestroy() : s.destroy()), afterMs);
            });
            s.on("error", () => {});
            s.on("close", () => resolve());
          }),
        );
      const full = upgradeRequest("/ws/echo");
      vanish(full.slice(0, 40), "destroy"); // half a request line and headers
      vanish(full.slice(0, 40), "rst");
      vanish(full.slice(0, full.length - 2), "destroy", 20); // all but the final CRLF
      vanish(full, "rst"); // a complete upgrade, gone at once
      vanish(full, "destroy", 5);
      vanish(upgradeRequest("/ws/handshake-hang?hold=1"), "rst", 30); // while the server holds it
      vanish(upgradeRequest("/ws/close-raw?delay=50"), "rst", 10); // before the scenario writes
      vanish(upgradeRequest("/ws/drop?how=rst&delay=0"), "rst", 0);
      await within(Promise.all(probes), 3000, "probes");
      await sleep(100); // let the delayed scenario timers fire on dead sockets
      await assertAlive(c);
    });
  });

  it("survives garbage bytes after the upgrade, on ws-driven and raw scenarios", T, async () => {
    await withChild(async (c) => {
      const targets = [
        "/ws/echo",
        "/ws/client-close?reply=same",
        "/ws/close-raw?delay=100",
        "/ws/idle-proxy?idle=1",
      ];
      const answers = await within(
        Promise.all(
          targets.flatMap((t, i) => [
            upgradeThenGarbage(c.port, t, craftedGarbage),
            upgradeThenGarbage(c.port, t, noise(8192, 0x9e3779b9 + i)),
            upgradeThenGarbage(c.port, t, Buffer.concat([noise(64, i + 1), craftedGarbage])),
          ]),
        ),
        3000,
        "garbage probes",
      );
      for (const a of answers) assert.equal(a, "HTTP/1.1 101", "each probe got as far as the upgrade");
      await assertAlive(c);
    });
  });

  it("survives an upgrade whose request-target is not a valid URL", T, async () => {
    await withChild(async (c) => {
      // Node's HTTP parser passes an absolute-form target through; `new URL` throws on "[".
      await rawExchange(c.port, upgradeRequest("http://[/ws/echo"), 300);
      await rawExchange(c.port, upgradeRequest("http://%zz/ws/close"), 300);
      await assertAlive(c);
    });
  });

  it("survives a plain GET whose request-target is not a valid URL", T, async () => {
    await withChild(async (c) => {
      await rawExchange(c.port, "GET http://[/ws-report/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 300);
      await assertAlive(c);
    });
  });
});
