import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import net, { type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { WebSocketServer } from "ws";
import { VIOLATION_KINDS } from "closecodes/engines";
import {
  failsEverywhere,
  failureClose,
  ProbeError,
  runProbe,
  type FrameRecord,
  type ProbeEvent,
  type ProbeOptions,
  type Transcript,
} from "closecodes/probe";
import type { FrameEvent } from "@/lib/wire-report";
import { startScenarioServer } from "@/scripts/truth/server";

/**
 * The probe's transport against the real scenario engine over real loopback sockets: for each
 * way a scenario misbehaves, the transcript names it (the first problem is the scenario's own),
 * the probe answers as a browser would (echo, 1002/1007, pong), and says who ended TCP and how.
 * The server's wire report for the same session shows what the probe put on the wire.
 */
const T = { timeout: 5000 };

let server: Awaited<ReturnType<typeof startScenarioServer>>;
let ws: string;
before(async () => {
  server = await startScenarioServer({ closeTimeoutMs: 3000 });
  ws = server.base.replace(/^http/, "ws");
});
after(() => server.close());

const sid = () => randomBytes(16).toString("base64url");

function probe(p: string, o: Partial<ProbeOptions> = {}, events?: ProbeEvent[]): Promise<Transcript> {
  return runProbe(
    { url: `${ws}${p}`, protocols: [], headers: [], send: [], timeoutMs: 2000, ...o },
    events && ((e) => events.push(e)),
  );
}

const frames = (t: Transcript, dir: "in" | "out") =>
  t.events.filter((e): e is FrameRecord => e.kind === "frame" && e.dir === dir);
const problems = (t: Transcript) => frames(t, "in").flatMap((f) => f.problems);
const closeOut = (t: Transcript) => frames(t, "out").find((f) => f.opcode === 8)?.close;
const closeIn = (t: Transcript) => frames(t, "in").find((f) => f.opcode === 8);
const kinds = (t: Transcript) => t.events.map((e) => e.kind);
const response = (t: Transcript) => t.events.find((e) => e.kind === "response");

async function rejects(p: Promise<unknown>, kind: ProbeError["kind"], message: RegExp) {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof ProbeError, `a ProbeError, got ${String(err)}`);
    assert.equal(err.kind, kind);
    assert.match(err.message, message);
    return true;
  });
}

describe("probe: the handshake answer", () => {
  it("records a 403 with its headers and the start of its body", T, async () => {
    const t = await probe("/ws/handshake-status?status=403");
    const r = response(t);
    assert.ok(r && r.kind === "response");
    assert.equal(r.status, 403);
    assert.equal(r.statusText, "Forbidden");
    assert.ok(r.headers.some(([k, v]) => k === "Content-Type" && v.startsWith("text/plain")));
    assert.match(r.bodyStart ?? "", /^scenario handshake-status: answering 403 instead of 101\n$/);
    assert.deepEqual(t.handshakeProblems, ["status"]);
    assert.ok(!kinds(t).includes("open"));
    assert.deepEqual(kinds(t).slice(0, 4), ["resolved", "connected", "request", "response"]);
    // The server sends FIN with its answer (Connection: close): seen before the probe ends TCP.
    assert.equal(t.end.how, "server-fin");
  });

  it("writes a browser-like upgrade request", T, async () => {
    const t = await probe("/ws/handshake-status?status=404", {
      protocols: ["chat", "superchat"],
      origin: "https://example.test",
      headers: [["X-Probe", "1"]],
    });
    const req = t.events.find((e) => e.kind === "request");
    assert.ok(req && req.kind === "request");
    assert.match(
      req.head,
      /^GET \/ws\/handshake-status\?status=404 HTTP\/1\.1\r\nHost: 127\.0\.0\.1:\d+\r\n/,
    );
    for (const h of [
      /\r\nUpgrade: websocket\r\n/,
      /\r\nConnection: Upgrade\r\n/,
      /\r\nSec-WebSocket-Key: [A-Za-z0-9+/]{22}==\r\n/,
      /\r\nSec-WebSocket-Version: 13\r\n/,
      /\r\nOrigin: https:\/\/example\.test\r\n/,
      /\r\nSec-WebSocket-Protocol: chat, superchat\r\n/,
      /\r\nSec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n/,
      /\r\nUser-Agent: closecodes\/\d+\.\d+\.\d+/,
      /\r\nX-Probe: 1\r\n\r\n$/,
    ])
      assert.match(req.head, h);
    assert.deepEqual(t.offered, {
      protocols: ["chat", "superchat"],
      extensions: "permessage-deflate; client_max_window_bits",
    });
  });

  const raw: Array<[string, Transcript["handshakeProblems"], Transcript["end"]["how"]]> = [
    ["fin", ["no-response"], "server-fin"],
    ["rst", ["no-response"], "server-rst"],
    ["no-upgrade", ["no-upgrade"], "client"],
    ["no-connection", ["no-connection"], "client"],
    ["auth", ["status"], "server-fin"],
    ["bad-extension-param", ["extension-bad-params"], "client"],
  ];
  for (const [kind, expected, how] of raw)
    it(`handshake-raw?kind=${kind}: ${expected.join(", ")}, ended by ${how}`, T, async () => {
      const t = await probe(`/ws/handshake-raw?kind=${kind}`);
      assert.deepEqual(t.handshakeProblems, expected);
      assert.equal(t.end.how, how);
      assert.ok(!kinds(t).includes("open"));
      if (kind === "fin" || kind === "rst")
        assert.ok(t.events.some((e) => e.kind === "tcp" && e.who === "server" && e.how === kind));
      if (kind === "auth") {
        const r = response(t);
        assert.ok(r && r.kind === "response");
        assert.equal(r.status, 401);
        assert.ok(r.headers.some(([k, v]) => k === "WWW-Authenticate" && /^Basic realm=/.test(v)));
      }
    });

  it("names a wrong and a missing accept key, and an extension not offered", T, async () => {
    for (const k of ["wrong", "missing"])
      assert.deepEqual((await probe(`/ws/handshake-accept?kind=${k}`)).handshakeProblems, ["bad-accept"]);
    assert.deepEqual((await probe("/ws/handshake-extension")).handshakeProblems, ["extension-not-offered"]);
  });

  it("gives up on an upgrade nobody answers", T, async () => {
    const t = await probe("/ws/handshake-hang?hold=2", { timeoutMs: 200 });
    assert.deepEqual(t.handshakeProblems, ["timeout"]);
    assert.deepEqual([t.end.how, t.end.waitingFor], ["timeout", "response"]);
    assert.ok(!kinds(t).includes("response"));
  });

  it("fails on a subprotocol not offered", T, async () => {
    const t = await probe("/ws/handshake-protocol?answer=other", { protocols: ["chat", "superchat"] });
    assert.deepEqual(t.handshakeProblems, ["protocol-not-offered"]);
    assert.equal(t.end.how, "client");
    assert.ok(!kinds(t).includes("open"));
  });

  it("opens like Firefox and WebKitGTK when the server picks no subprotocol", T, async () => {
    const t = await probe("/ws/handshake-protocol?answer=none", {
      protocols: ["chat", "superchat"],
      close: { code: 1000, reason: "bye" },
      timeoutMs: 300,
    });
    assert.deepEqual(t.handshakeProblems, ["protocol-missing"]);
    const open = t.events.find((e) => e.kind === "open");
    assert.deepEqual(open && open.kind === "open" && [open.protocol, open.extensions], ["", ""]);
    // This scenario never answers a close: the probe's wait runs out.
    assert.deepEqual([t.end.how, t.end.waitingFor], ["timeout", "server-close-reply"]);
  });
});

describe("probe: closes", () => {
  it("echoes a server's 4000 byte-exact; the server's report shows the echo", T, async () => {
    const id = sid();
    const live: ProbeEvent[] = [];
    const t = await probe(`/ws/close?code=4000&reason=x&sid=${id}`, {}, live);
    assert.deepEqual(live, t.events, "onEvent sees every event, in order");
    const c = closeIn(t);
    assert.equal(c?.hex, "88030fa078");
    assert.deepEqual(c?.problems, []);
    assert.deepEqual(closeOut(t) && [closeOut(t)!.code, closeOut(t)!.reason], [4000, "x"]);
    assert.deepEqual(t.handshakeProblems, []);
    assert.equal(t.end.how, "server-fin");
    assert.equal(t.end.withCloseFrame, false);
    const report = await server.report(id);
    const got = report?.events.find(
      (e): e is FrameEvent => e.kind === "frame" && e.dir === "in" && e.opcode === 8,
    );
    assert.deepEqual(got?.close && [got.close.code, got.close.reason, got.masked], [4000, "x", true]);
  });

  it("sees a close frame and FIN in one write as withCloseFrame", T, async () => {
    const t = await probe("/ws/close-then-fin?delay=0&reason=fin");
    assert.deepEqual(closeIn(t)?.close?.code, 1000);
    assert.equal(t.end.how, "server-fin");
    assert.equal(t.end.withCloseFrame, true);
    // The answer still goes out (the server only half-closed), after the FIN was seen.
    const answer = frames(t, "out").find((f) => f.opcode === 8);
    const fin = t.events.find((e) => e.kind === "tcp" && e.who === "server");
    assert.deepEqual(answer?.close && [answer.close.code, answer.close.reason], [1000, "fin"]);
    assert.ok(fin && answer && fin.t <= answer.t);
  });

  it("answers a forbidden 1005 with 1002 and ends TCP itself", T, async () => {
    const id = sid();
    const t = await probe(`/ws/close-raw?code=1005&reason=raw&delay=0&sid=${id}`);
    const c = closeIn(t);
    assert.equal(c?.hex, "880503ed726177");
    assert.deepEqual(c?.problems, ["close-code-invalid"]);
    assert.equal(closeOut(t)?.code, 1002);
    assert.equal(t.end.how, "client");
    const report = await server.report(id);
    const got = report?.events.find(
      (e): e is FrameEvent => e.kind === "frame" && e.dir === "in" && e.opcode === 8,
    );
    assert.equal(got?.close?.code, 1002);
  });

  it("echoes an empty close with an empty close", T, async () => {
    const t = await probe("/ws/empty-close?delay=0");
    assert.equal(closeIn(t)?.hex, "8800");
    assert.equal(frames(t, "out").find((f) => f.opcode === 8)?.length, 0);
  });

  it("records data after the close without failing", T, async () => {
    const t = await probe("/ws/close-then-data?delay=0");
    assert.deepEqual(problems(t), ["data-after-close"]);
    assert.equal(frames(t, "in").at(-1)?.text, "late");
    assert.deepEqual(closeOut(t) && [closeOut(t)!.code, closeOut(t)!.reason], [1000, "c"]);
    assert.ok(!t.events.some((e) => e.kind === "message" && e.dir === "in"));
  });

  it(
    "ends TCP itself 2 s after the closing handshake when the server keeps it",
    { timeout: 5000 },
    async () => {
      const t = await probe("/ws/close-keep-tcp?reason=keep");
      const answered = frames(t, "out").find((f) => f.opcode === 8)!.t;
      assert.equal(t.end.how, "client");
      assert.ok(t.end.t - answered >= 1990, `ended ${t.end.t - answered} ms after the answer`);
    },
  );

  it("sees an RST after open", T, async () => {
    const t = await probe("/ws/drop?how=rst&delay=0");
    assert.equal(t.end.how, "server-rst");
    assert.ok(t.events.some((e) => e.kind === "tcp" && e.who === "server" && e.how === "rst"));
  });

  it("sees a FIN after open and ends its side too", T, async () => {
    const t = await probe("/ws/drop?how=half-frame&delay=0");
    assert.equal(t.end.how, "server-fin");
    assert.equal(t.end.withCloseFrame, undefined);
    assert.ok(t.events.some((e) => e.kind === "note" && /4 bytes of an unfinished frame/.test(e.text)));
  });

  it("sends its own close and gives up when the server never replies", T, async () => {
    const t = await probe("/ws/client-close?reply=never", {
      close: { code: 1000, reason: "bye" },
      timeoutMs: 300,
    });
    assert.deepEqual(t.clientClose && [t.clientClose.code, t.clientClose.reason], [1000, "bye"]);
    assert.deepEqual([t.end.how, t.end.waitingFor], ["timeout", "server-close-reply"]);
    assert.ok(t.end.t - t.clientClose!.t >= 290);
  });

  it("sends, closes, and takes the server's reply", T, async () => {
    const t = await probe("/ws/client-close?reply=different&code=4001&reason=mine", {
      send: [{ type: "text", text: "hi" }],
      close: { code: 1000, reason: "bye" },
    });
    const out = frames(t, "out");
    assert.deepEqual(
      out.map((f) => [f.opcode, f.masked]),
      [
        [1, true],
        [8, true],
      ],
    );
    assert.deepEqual(closeIn(t)?.close && [closeIn(t)!.close!.code, closeIn(t)!.close!.reason], [
      4001,
      "mine",
    ]);
    assert.equal(out.filter((f) => f.opcode === 8).length, 1, "a reply is not answered again");
    assert.equal(t.end.how, "server-fin");
  });

  it("pongs the server's pings and times its own", T, async () => {
    const t = await probe("/ws/echo", {
      send: [{ type: "text", text: "héllo" }],
      pingIntervalMs: 40,
      timeoutMs: 300,
    });
    const echoed = t.events.find((e) => e.kind === "message" && e.dir === "in");
    assert.deepEqual(echoed && echoed.kind === "message" && [echoed.type, echoed.text], ["text", "héllo"]);
    assert.ok(t.events.filter((e) => e.kind === "rtt").length >= 3);
    assert.deepEqual([t.end.how, t.end.waitingFor], ["timeout", "close"]);
  });
});

describe("probe: frames that break RFC 6455", () => {
  for (const kind of VIOLATION_KINDS.filter(failsEverywhere))
    it(`violation?kind=${kind} is named ${kind} and failed like a browser`, T, async () => {
      const id = sid();
      const t = await probe(`/ws/violation?kind=${kind}&delay=0&sid=${id}`);
      assert.deepEqual(t.handshakeProblems, []);
      assert.deepEqual(problems(t), [kind]);
      const expected = failureClose(kind)!;
      assert.deepEqual(closeOut(t) && [closeOut(t)!.code, closeOut(t)!.reason], [
        expected.code,
        expected.reason,
      ]);
      assert.equal(t.end.how, "client");
      if (kind === "rsv1") assert.equal(frames(t, "in")[0]!.text, "hi");
      if (kind === "length-top-bit") assert.match(frames(t, "in")[0]!.hex, /^817f8000000000000002/);
      const report = await server.report(id);
      const got = report?.events.find(
        (e): e is FrameEvent => e.kind === "frame" && e.dir === "in" && e.opcode === 8,
      );
      assert.equal(got?.close?.code, expected.code);
    });

  it(
    "violation?kind=masked is named, and the probe carries on as Firefox does (it accepts the frame)",
    T,
    async () => {
      const id = sid();
      const t = await probe(`/ws/violation?kind=masked&delay=0&sid=${id}`, { timeoutMs: 4500 });
      assert.equal(failsEverywhere("masked"), false);
      assert.deepEqual(problems(t), ["masked"]);
      assert.equal(closeOut(t), undefined, "no close frame from the probe");
      // The scenario server waits for an answer, then drops TCP after its close timeout.
      assert.equal(t.end.how, "server-fin");
      assert.ok(t.events.some((e) => e.kind === "note" && /carries on/.test(e.text)));
    },
  );

  const malformed: Array<[string, string, string]> = [
    ["one-byte", "close-one-byte", "880103"],
    ["invalid-utf8", "close-invalid-utf8", "880503e8fffefd"],
    ["long-reason", "long-ping", "887e007e03e8"],
  ];
  for (const [kind, problem, hex] of malformed)
    it(`malformed-close?kind=${kind} is named ${problem}`, T, async () => {
      const t = await probe(`/ws/malformed-close?kind=${kind}&delay=0`);
      assert.deepEqual(problems(t), [problem]);
      assert.ok(closeIn(t)!.hex.startsWith(hex));
      assert.equal(closeOut(t)?.code, 1002);
      assert.equal(t.end.how, "client");
    });
});

describe("probe: failures before HTTP", () => {
  it("throws refused for a closed port", T, async () => {
    const s = net.createServer();
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
    const port = (s.address() as AddressInfo).port;
    await new Promise<void>((r) => s.close(() => r()));
    await rejects(
      probe("", { url: `ws://127.0.0.1:${port}/` }),
      "refused",
      new RegExp(`^connection refused by 127\\.0\\.0\\.1:${port}$`),
    );
  });

  it("throws url for subprotocols new WebSocket() refuses", T, async () => {
    await rejects(probe("/ws/echo", { protocols: ["a b"] }), "url", /"a b" is not a token/);
    await rejects(probe("/ws/echo", { protocols: ["chat", "chat"] }), "url", /offered twice/);
  });

  it("throws url for what is not a WebSocket URL", T, async () => {
    await rejects(probe("", { url: "http://x" }), "url", /ws:\/\/ or wss:\/\//);
    await rejects(probe("", { url: "ws://" }), "url", /not a valid URL/);
  });
});

describe("probe: wss", () => {
  let dir: string;
  let tlsServer: https.Server;
  let wssUrl: string;
  let ca: Buffer;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "probe-tls-"));
    execFileSync(
      "openssl",
      [
        ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost"],
        ...["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-days", "1"],
        ...["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
      ],
      { stdio: "ignore" },
    );
    ca = readFileSync(path.join(dir, "cert.pem"));
    tlsServer = https.createServer({ key: readFileSync(path.join(dir, "key.pem")), cert: ca });
    // Compressed, with context takeover: the second message refers back into the first.
    const wss = new WebSocketServer({ server: tlsServer, perMessageDeflate: { threshold: 0 } });
    wss.on("connection", (s) => {
      s.ping("abc");
      s.send("hello hello hello");
      s.send("hello hello hello");
      s.close(4001, "tls bye");
    });
    await new Promise<void>((r) => tlsServer.listen(0, "127.0.0.1", r));
    wssUrl = `wss://localhost:${(tlsServer.address() as AddressInfo).port}/`;
  });
  after(async () => {
    tlsServer.closeAllConnections();
    await new Promise<void>((r) => tlsServer.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  const check = (t: Transcript) => {
    const c = t.events.find((e) => e.kind === "connected");
    assert.ok(c && c.kind === "connected" && c.tls);
    assert.equal(c.alpn, "http/1.1");
    assert.match(c.tlsVersion ?? "", /^TLSv1\.[23]$/);
    const open = t.events.find((e) => e.kind === "open");
    assert.ok(open && open.kind === "open" && /^permessage-deflate/.test(open.extensions));
    const msgs = t.events.filter((e) => e.kind === "message" && e.dir === "in");
    assert.deepEqual(
      msgs.map((m) => m.kind === "message" && [m.text, m.compressed]),
      [
        ["hello hello hello", true],
        ["hello hello hello", true],
      ],
    );
    assert.deepEqual(problems(t), []);
    const pong = frames(t, "out").find((f) => f.opcode === 0xa);
    assert.deepEqual(pong && [pong.masked, pong.length, pong.hex.slice(-6)], [true, 3, "616263"]);
    assert.deepEqual(closeOut(t) && [closeOut(t)!.code, closeOut(t)!.reason], [4001, "tls bye"]);
    assert.equal(t.end.how, "server-fin");
  };

  it("works with the server's CA", T, async () => check(await probe("", { url: wssUrl, ca })));
  it("throws tls for an untrusted certificate", T, async () => {
    await rejects(probe("", { url: wssUrl }), "tls", /certificate is not trusted/);
  });
  it("works with insecure", T, async () => check(await probe("", { url: wssUrl, insecure: true })));
});
