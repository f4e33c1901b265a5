import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { describe, it } from "node:test";
import {
  closePayload,
  decodeClosePayload,
  encodeFrame,
  FrameParser,
  Opcode,
  type Frame,
} from "closecodes/wire";
import type { ReportEvent } from "@/lib/wire-report";
import {
  closed,
  newSid,
  opened,
  refused,
  reportWhenDone,
  upgradeRequest,
  waitFor,
  withServer,
  type Harness,
} from "./support/engine";

/**
 * Faults, with raw TCP clients that misbehave the way real ones do: they vanish mid-frame and
 * mid-close, stop reading, never answer the server's close, or send frames RFC 6455 forbids.
 * Each must end with the slot freed (engine.stats().open back to 0), the documented answer on
 * the wire, and the event in the session's wire report; none may take the process down.
 */
const T = { timeout: 15_000 };
const mask = () => randomBytes(4);

type RawClient = {
  socket: net.Socket;
  /** Frames the server sent after its 101, parsed as they arrive. */
  frames: Frame[];
  /** Resolves when the server ends or resets TCP (or the client destroys it). */
  ended: Promise<void>;
  send(f: Parameters<typeof encodeFrame>[0]): void;
};

/** Opens a raw TCP connection, upgrades it by hand and resolves once the 101 arrived. */
function rawClient(port: number, target: string): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(upgradeRequest(target)));
    const parser = new FrameParser(1 << 24);
    const frames: Frame[] = [];
    let head = Buffer.alloc(0);
    let upgraded = false;
    const ended = new Promise<void>((r) => socket.once("close", () => r()));
    socket.on("error", () => {}); // a reset is an outcome here, asserted through `ended`
    socket.on("data", (chunk: Buffer) => {
      if (upgraded) {
        frames.push(...parser.push(chunk).frames);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      const status = head.subarray(0, end).toString("latin1").split("\r\n")[0]!;
      if (!status.startsWith("HTTP/1.1 101")) return reject(new Error(`${target}: ${status}`));
      upgraded = true;
      frames.push(...parser.push(head.subarray(end + 4)).frames);
      resolve({
        socket,
        frames,
        ended,
        send: (f) => socket.write(encodeFrame({ mask: mask(), ...f })),
      });
    });
    socket.once("close", () => reject(new Error(`${target}: closed before the 101`)));
  });
}

const closeOf = (c: RawClient) => {
  const f = c.frames.find((x) => x.opcode === Opcode.close);
  return f ? decodeClosePayload(f.payload) : undefined;
};

const notes = (events: ReportEvent[]) =>
  events.flatMap((e) => (e.kind === "note" ? [e.text] : [])).join("\n");

async function allReleased(h: Harness, ms = 3000) {
  await waitFor(() => h.engine.stats().open === 0, "every socket to be released", ms);
}

describe("faults: clients that never answer", () => {
  it("drops a client that never answers the server's close (ws-driven close)", T, async () => {
    await withServer({ closeTimeoutMs: 300 }, async (h) => {
      const sid = newSid();
      const c = await rawClient(h.port, `/ws/close?code=4000&reason=bye&sid=${sid}`);
      await c.ended; // the server gives up on its own; the client did nothing at all
      assert.equal(closeOf(c)?.code, 4000);
      assert.equal(closeOf(c)?.reason, "bye");
      await allReleased(h);
      const report = await reportWhenDone(h, sid);
      assert.match(notes(report.events), /no answer from the client 0\.3 s after the server's last frame/);
    });
  });

  it("drops a client that never answers a raw close frame, or a protocol violation", T, async () => {
    await withServer({ closeTimeoutMs: 300 }, async (h) => {
      for (const target of ["/ws/close-raw?code=4000", "/ws/empty-close", "/ws/violation?kind=rsv1"]) {
        const sid = newSid();
        const c = await rawClient(h.port, `${target}${target.includes("?") ? "&" : "?"}sid=${sid}`);
        const t0 = performance.now();
        await c.ended;
        assert.ok(performance.now() - t0 < 2000, `${target}: dropped near closeTimeoutMs`);
        const report = await reportWhenDone(h, sid);
        assert.match(notes(report.events), /no answer from the client/, target);
      }
      await allReleased(h);
    });
  });
});

describe("faults: clients that vanish", () => {
  it("releases a client that vanishes mid-frame, and says so in the report", T, async () => {
    await withServer({}, async (h) => {
      const sid = newSid();
      const c = await rawClient(h.port, `/ws/echo?sid=${sid}`);
      const frame = encodeFrame({ opcode: Opcode.text, payload: "half of this never arrives", mask: mask() });
      c.socket.write(frame.subarray(0, 9));
      await new Promise((r) => setTimeout(r, 50));
      c.socket.resetAndDestroy();
      await allReleased(h);
      const report = await reportWhenDone(h, sid);
      assert.match(notes(report.events), /9 bytes of an unfinished frame were left when TCP closed/);
      assert.ok(report.events.some((e) => e.kind === "tcp" && e.who === "client" && e.how === "rst"));
    });
  });

  it("releases a client that sends its close and resets before the server answers", T, async () => {
    await withServer({}, async (h) => {
      const sid = newSid();
      const c = await rawClient(h.port, `/ws/close-raw?code=4000&delay=500&sid=${sid}`);
      c.send({ opcode: Opcode.close, payload: closePayload(1000, "gone") });
      c.socket.resetAndDestroy();
      await allReleased(h);
      const report = await reportWhenDone(h, sid);
      const inClose = report.events.find((e) => e.kind === "frame" && e.dir === "in" && e.type === "close");
      assert.ok(inClose && inClose.kind === "frame");
      assert.equal(inClose.close?.code, 1000);
      assert.equal(inClose.close?.reason, "gone");
      assert.ok(
        !report.events.some((e) => e.kind === "frame" && e.dir === "out" && e.type === "close"),
        "the delayed close is never written to a socket that is gone",
      );
    });
  });

  it("releases a client that vanishes in the middle of the closing handshake", T, async () => {
    await withServer({}, async (h) => {
      const sid = newSid();
      const c = await rawClient(h.port, `/ws/close?code=4000&sid=${sid}`);
      await waitFor(() => closeOf(c) !== undefined, "the server's close frame");
      c.socket.resetAndDestroy(); // instead of answering it
      await allReleased(h);
      const report = await reportWhenDone(h, sid);
      assert.ok(report.events.some((e) => e.kind === "tcp" && e.who === "client" && e.how === "rst"));
    });
  });
});

describe("faults: slow readers", () => {
  it(
    "closes an echo client that sends but never reads, once maxBufferedBytes are waiting",
    { timeout: 30_000 },
    async () => {
      await withServer(
        { maxBufferedBytes: 256 * 1024, maxMessageBytes: 16 * 1024, closeTimeoutMs: 500 },
        async (h) => {
          const sid = newSid();
          const c = await rawClient(h.port, `/ws/echo?sid=${sid}`);
          c.socket.pause(); // never read: the echoes pile up in the kernel, then in the server
          const payload = randomBytes(16 * 1024);
          let sent = 0;
          // Up to 64 MiB: far more than loopback's socket buffers hold, so the server must notice.
          while (sent < 64 * 1024 * 1024 && !c.socket.destroyed && h.engine.stats().open > 0) {
            c.send({ opcode: Opcode.binary, payload });
            sent += payload.length;
            if (c.socket.writableLength > 1024 * 1024) await new Promise((r) => setTimeout(r, 5));
          }
          await allReleased(h, 5000);
          const report = await reportWhenDone(h, sid);
          assert.match(
            notes(report.events),
            /the client is not reading: \d+ bytes waiting; closing with 1008/,
          );
          c.socket.destroy();
        },
      );
    },
  );
});

describe("faults: malformed frames from clients are answered per RFC 6455 and logged", () => {
  const cases: Array<{ name: string; frame: Buffer; code: number }> = [
    // §5.1: a server must close the connection on an unmasked client frame (1002).
    { name: "unmasked frame", frame: encodeFrame({ opcode: Opcode.text, payload: "hi" }), code: 1002 },
    // §5.2: RSV bits without a negotiated extension fail the connection.
    {
      name: "RSV1 set",
      frame: encodeFrame({ opcode: Opcode.text, payload: "hi", rsv1: true, mask: mask() }),
      code: 1002,
    },
    {
      name: "reserved opcode 0x3",
      frame: encodeFrame({ opcode: 0x3, payload: "hi", mask: mask() }),
      code: 1002,
    },
    // §5.5: control frames carry at most 125 bytes and must not be fragmented.
    {
      name: "ping of 126 bytes",
      frame: encodeFrame({ opcode: Opcode.ping, payload: Buffer.alloc(126), mask: mask() }),
      code: 1002,
    },
    {
      name: "fragmented ping",
      frame: encodeFrame({ opcode: Opcode.ping, payload: "x", fin: false, mask: mask() }),
      code: 1002,
    },
    // §5.4: a continuation with nothing to continue.
    {
      name: "continuation first",
      frame: encodeFrame({ opcode: Opcode.continuation, payload: "x", mask: mask() }),
      code: 1002,
    },
    // §8.1: text must be UTF-8 (1007, RFC 6455 §7.4.1).
    {
      name: "invalid UTF-8 text",
      frame: encodeFrame({ opcode: Opcode.text, payload: Buffer.from([0x61, 0xff]), mask: mask() }),
      code: 1007,
    },
    // §7.4.1: 1009 for a message too big to process (maxMessageBytes).
    {
      name: "message over the limit",
      frame: encodeFrame({ opcode: Opcode.binary, payload: Buffer.alloc(2048), mask: mask() }),
      code: 1009,
    },
  ];
  for (const k of cases) {
    it(`${k.name} → close ${k.code}, recorded in the report`, T, async () => {
      await withServer({ maxMessageBytes: 1024 }, async (h) => {
        const sid = newSid();
        const c = await rawClient(h.port, `/ws/echo?sid=${sid}`);
        c.socket.write(k.frame);
        await waitFor(() => closeOf(c) !== undefined, `the server's close after a ${k.name}`);
        assert.equal(closeOf(c)!.code, k.code);
        c.send({ opcode: Opcode.close, payload: closePayload(k.code) });
        await c.ended;
        await allReleased(h);
        const report = await reportWhenDone(h, sid);
        const out = report.events.find((e) => e.kind === "frame" && e.dir === "out" && e.type === "close");
        assert.ok(
          out && out.kind === "frame" && out.close?.code === k.code,
          "the server's close is in the report",
        );
        assert.match(notes(report.events), /ws: /, "ws's reason for failing the connection is logged");
      });
    });
  }
});

describe("faults: per-address limits", () => {
  it("counts per address exactly, though addresses are read only near the limit", T, async () => {
    await withServer({ perIp: 3 }, async (h) => {
      for (let round = 0; round < 2; round++) {
        const socks = [h.ws("/ws/echo"), h.ws("/ws/echo"), h.ws("/ws/echo")];
        await Promise.all(socks.map(opened));
        assert.equal((await refused(h.ws("/ws/echo"))).status, 429, `round ${round}: the 4th is refused`);
        socks[0]!.close();
        await closed(socks[0]!);
        await waitFor(() => h.engine.stats().open === 2, "the slot to be freed");
        const again = h.ws("/ws/echo");
        await opened(again);
        for (const s of [...socks.slice(1), again]) s.close();
        await allReleased(h);
      }
    });
  });

  it("behind a trusted proxy, counts the last X-Forwarded-For hop, not the proxy", T, async () => {
    await withServer({ perIp: 1, trustProxy: true }, async (h) => {
      const a = h.ws("/ws/echo", { "X-Forwarded-For": "203.0.113.7" });
      const b = h.ws("/ws/echo", { "X-Forwarded-For": "203.0.113.8" });
      await Promise.all([opened(a), opened(b)]);
      // A client cannot dodge the limit by writing its own header: the proxy appends the real one.
      const spoof = h.ws("/ws/echo", { "X-Forwarded-For": "198.51.100.1, 203.0.113.7" });
      assert.equal((await refused(spoof)).status, 429);
    });
  });
});
