import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { FrameParser, type Frame } from "closecodes/wire";
import type { Rec } from "./report";

/**
 * Records every frame crossing a socket, whoever writes it (`ws` or the raw scenarios), and how
 * TCP ended. Incoming bytes are read from an extra 'data' listener; outgoing bytes from a wrapper
 * around socket.write installed after the 101 response, so only frames are parsed.
 */
export type Tap = {
  /** Called for each complete frame the client sent (raw scenarios react to them). */
  onFrame(cb: (f: Frame) => void): void;
  /** Called on any traffic in either direction (the idle-proxy timer re-arms on it). */
  onTraffic(cb: () => void): void;
};

/** For sockets nobody taps: a scenario that does not read frames, a session without a report. */
export const NO_TAP: Tap = { onFrame: () => {}, onTraffic: () => {} };

export function tapSocket(socket: Duplex, rec: Rec, maxPayload: number): Tap {
  const inbound = new FrameParser(maxPayload + 16);
  const frameListeners: Array<(f: Frame) => void> = [];
  const trafficListeners: Array<() => void> = [];
  const traffic = () => {
    for (const cb of trafficListeners) cb();
  };
  let inError = false;

  // Prepended and copied: `ws` unmasks payloads in place inside the same Buffer, so the tap must
  // read the bytes before `ws` does and must not keep a reference to them.
  socket.prependListener("data", (chunk: Buffer) => {
    traffic();
    // Parsing costs a copy of every chunk: only when a report or the scenario reads the frames.
    if (inError || (!rec.on && frameListeners.length === 0)) return;
    const { frames, error } = inbound.push(Buffer.from(chunk));
    for (const f of frames) {
      rec.frame("in", f);
      for (const cb of frameListeners) cb(f);
    }
    if (error) {
      inError = true;
      rec.note(`client ${error}`);
    }
  });

  // prependListener (unlike on) does not switch a paused stream to flowing mode.
  socket.resume();

  const tap: Tap = {
    onFrame: (cb) => frameListeners.push(cb),
    onTraffic: (cb) => {
      // With a recorder, writes are wrapped already (below) and call `traffic` too.
      if (trafficListeners.length === 0 && !rec.on) wrapWrites(socket as Socket, traffic, null);
      trafficListeners.push(cb);
    },
  };
  if (!rec.on) return tap;

  wrapWrites(socket as Socket, traffic, rec);
  socket.on("end", () => rec.tcp("client", "fin"));
  socket.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "ECONNRESET") rec.tcp("client", "rst");
    else rec.note(`socket error: ${err.code ?? err.message}`);
  });
  socket.on("close", () => {
    if (inbound.pending > 0)
      rec.note(`${inbound.pending} bytes of an unfinished frame were left when TCP closed`);
    rec.finish();
  });
  return tap;
}

/**
 * Wraps socket.write (and, with a recorder, end, destroy and resetAndDestroy) so outgoing
 * frames and how the server ended TCP are seen, whoever writes: `ws` or a raw scenario.
 */
function wrapWrites(s: Socket, traffic: () => void, rec: Rec | null) {
  const outbound = rec ? new FrameParser(Number.MAX_SAFE_INTEGER) : null;
  let outError = false;
  /**
   * Parses what the server writes. `ws` writes a text frame as its header (a Buffer) and then
   * the payload as the string itself, so strings count as bytes too; a frame longer than any
   * payload could be (a 64-bit length with its top bit set) is recorded from its header.
   */
  const record = (data: unknown, encoding: unknown) => {
    if (!outbound || outError) return;
    const bytes =
      typeof data === "string"
        ? Buffer.from(data, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.isBuffer(data) || data instanceof Uint8Array
          ? Buffer.from(data as Uint8Array)
          : null;
    if (!bytes) return;
    const { frames, oversize } = outbound.push(bytes);
    for (const f of frames) rec!.frame("out", f);
    if (oversize) {
      outError = true;
      rec!.oversize("out", oversize);
    }
  };
  const write = s.write.bind(s) as (...args: unknown[]) => boolean;
  s.write = ((data: unknown, ...rest: unknown[]) => {
    traffic();
    record(data, rest[0]);
    return write(data, ...rest);
  }) as Socket["write"];
  if (!rec || !outbound) return;

  const end = s.end.bind(s) as (...args: unknown[]) => Socket;
  s.end = ((...args: unknown[]) => {
    if (typeof args[0] !== "function") record(args[0], args[1]);
    rec.tcp("server", "fin");
    return end(...args);
  }) as Socket["end"];

  const destroy = s.destroy.bind(s);
  s.destroy = ((err?: Error) => {
    if (!s.destroyed && !err) rec.tcp("server", "fin");
    return destroy(err);
  }) as Socket["destroy"];

  if (typeof s.resetAndDestroy === "function") {
    const reset = s.resetAndDestroy.bind(s);
    s.resetAndDestroy = () => {
      rec.tcp("server", "rst");
      return reset();
    };
  }
}
