import { randomBytes } from "node:crypto";
import { TextDecoder } from "node:util";
import { constants, inflateRawSync } from "node:zlib";
import { validOnWire } from "../codes/rules.ts";
import { ENGINE_IDS } from "../engines/ids.ts";
import { VIOLATION_KINDS, VIOLATIONS, violationOutcome, type ViolationKind } from "../engines/rules.ts";
import {
  decodeClosePayload,
  encodeFrame,
  lengthForm,
  Opcode,
  type DecodedClose,
  type Frame,
  type OversizeFrame,
} from "../wire/frames.ts";
import type { DeflateParams } from "./handshake.ts";
import type { FrameProblem, FrameRecord } from "./transcript.ts";

/**
 * The server's frames judged as a browser judges them: every RFC 6455 / RFC 7692 rule a frame
 * breaks is named, messages are reassembled (and inflated) as a page would receive them. Pure:
 * no sockets, no clock — run.ts feeds it and acts on what it says.
 */

/** A complete message as the page would get it. */
export type InboundMessage = {
  type: "text" | "binary";
  /** Bytes delivered (after inflating). */
  length: number;
  compressed: boolean;
  /** Text messages: the text, cut at MAX_TEXT characters. */
  text?: string;
};

export type FrameVerdict = {
  problems: FrameProblem[];
  /** Set when this frame completed a message a browser would deliver. */
  message?: InboundMessage;
  /** For a close frame: its body decoded. */
  close?: DecodedClose;
  /** Something worth saying that is not a rule broken (a message too big to inflate, say). */
  note?: string;
};

/** Messages (and frames) larger than this are not reassembled: the probe is not a sink. */
export const MAX_MESSAGE = 64 * 1024 * 1024;
const MAX_TEXT = 1000;
/** RFC 7692 §7.2.2: the 4 bytes a sender strips from the end of each compressed message. */
const TAIL = Buffer.from([0x00, 0x00, 0xff, 0xff]);
const WINDOW = 32 * 1024;

/** Codes that may appear in a close frame: the registry's rule (codes/rules.ts). */
export const closeCodeAllowed = validOnWire;

type Assembly = {
  type: "text" | "binary";
  compressed: boolean;
  parts: Buffer[];
  size: number;
  /** Uncompressed text: validated frame by frame, as Chromium does. */
  utf8: TextDecoder | null;
  text: string;
  /** A problem already named for this message: the rest of it is not checked again. */
  broken: boolean;
};

const KNOWN = new Set<number>([
  Opcode.continuation,
  Opcode.text,
  Opcode.binary,
  Opcode.close,
  Opcode.ping,
  Opcode.pong,
]);

/** Problems readable from the first two header bytes and the stated length. */
function headerProblems(
  b0: number,
  b1: number,
  length: number | bigint,
  form: 7 | 16 | 64,
  deflate: boolean,
): FrameProblem[] {
  const problems: FrameProblem[] = [];
  const opcode = b0 & 0x0f;
  const control = opcode >= 8;
  if (b1 & 0x80) problems.push("masked");
  // RSV1 means "compressed" only on the first frame of a data message, and only with deflate.
  if (b0 & 0x40 && !(deflate && (opcode === Opcode.text || opcode === Opcode.binary))) problems.push("rsv1");
  if (b0 & 0x20) problems.push("rsv2");
  if (b0 & 0x10) problems.push("rsv3");
  if (!KNOWN.has(opcode)) problems.push("opcode");
  const n = BigInt(length);
  if ((form === 16 && n < 126n) || (form === 64 && n < 0x10000n)) problems.push("non-minimal-length");
  if (form === 64 && n >= 1n << 63n) problems.push("length-top-bit");
  if (control && KNOWN.has(opcode)) {
    if (!(b0 & 0x80)) problems.push(opcode === Opcode.close ? "fragmented-close" : "fragmented-ping");
    if (n > 125n) problems.push("long-ping");
  }
  return problems;
}

/** Is `b` valid UTF-8, and if not, does it only stop in the middle of a sequence? */
export function utf8Status(b: Buffer): "ok" | "bad" | "partial" {
  const d = new TextDecoder("utf-8", { fatal: true });
  try {
    d.decode(b, { stream: true });
  } catch {
    return "bad";
  }
  try {
    d.decode();
  } catch {
    return "partial";
  }
  return "ok";
}

export class InboundChecker {
  private msg: Assembly | null = null;
  private closed = false;
  /** The last 32 KiB the server's compressor has seen (its LZ77 window), for context takeover. */
  private window: Buffer = Buffer.alloc(0);

  constructor(private readonly deflate: DeflateParams | null) {}

  /** Judges one complete frame from the server. */
  frame(f: Frame): FrameVerdict {
    const b0 = f.header[0] ?? 0;
    const b1 = f.header[1] ?? 0;
    const problems = headerProblems(b0, b1, f.payload.length, lengthForm(f.header), this.deflate !== null);
    const v: FrameVerdict = { problems };
    const op = f.opcode;
    if (op === Opcode.close) {
      const close = decodeClosePayload(f.payload);
      v.close = close;
      if (close.malformed) problems.push("close-one-byte");
      else if (close.code !== null && !closeCodeAllowed(close.code)) problems.push("close-code-invalid");
      if (!close.validUtf8) problems.push("close-invalid-utf8");
      this.closed = true;
      return v;
    }
    if (op !== Opcode.continuation && op !== Opcode.text && op !== Opcode.binary) return v;
    // §5.5.1: after a close frame nothing may follow; the message is not delivered.
    if (this.closed) {
      problems.push("data-after-close");
      return v;
    }
    if (op === Opcode.continuation) {
      if (!this.msg) {
        problems.push("orphan-continuation");
        return v;
      }
    } else {
      if (this.msg) problems.push("interleaved");
      const compressed = f.rsv1 && this.deflate !== null;
      this.msg = {
        type: op === Opcode.text ? "text" : "binary",
        compressed,
        parts: [],
        size: 0,
        utf8: op === Opcode.text && !compressed ? new TextDecoder("utf-8", { fatal: true }) : null,
        text: "",
        broken: false,
      };
    }
    const m = this.msg!;
    // A browser fails the connection at the first broken frame: that message is never delivered.
    if (problems.length) m.broken = true;
    this.append(m, f, v);
    if (f.fin) {
      this.msg = null;
      if (!m.broken) this.finish(m, v);
    }
    return v;
  }

  /** Judges a frame the parser refused for its stated length (its header is all there is). */
  oversize(o: OversizeFrame): FrameProblem[] {
    const problems = headerProblems(
      o.header[0] ?? 0,
      o.header[1] ?? 0,
      o.length,
      lengthForm(o.header),
      this.deflate !== null,
    );
    const op = (o.header[0] ?? 0) & 0x0f;
    if (this.closed && op <= Opcode.binary) problems.push("data-after-close");
    return problems;
  }

  private append(m: Assembly, f: Frame, v: FrameVerdict) {
    if (m.broken) return;
    m.size += f.payload.length;
    if (m.size > MAX_MESSAGE) {
      m.broken = true;
      v.note = `a message over ${MAX_MESSAGE} bytes: the probe does not reassemble it`;
      return;
    }
    if (m.utf8) {
      try {
        this.addText(m, m.utf8.decode(f.payload, { stream: !f.fin }));
      } catch {
        // Invalid where it stands, or (at the last frame) cut in the middle of a sequence.
        m.broken = true;
        v.problems.push(
          f.fin && utf8Status(Buffer.concat([...m.parts, f.payload])) === "partial"
            ? "partial-utf8"
            : "bad-utf8",
        );
        return;
      }
    }
    m.parts.push(f.payload);
  }

  private addText(m: Assembly, s: string) {
    if (m.text.length < MAX_TEXT) m.text += s.slice(0, MAX_TEXT - m.text.length);
  }

  private finish(m: Assembly, v: FrameVerdict) {
    let data: Buffer = Buffer.concat(m.parts);
    if (m.compressed) {
      const inflated = this.inflate(data, v);
      if (inflated === null) return;
      data = inflated;
      if (m.type === "text") {
        const status = utf8Status(data);
        if (status !== "ok") {
          v.problems.push(status === "partial" ? "partial-utf8" : "bad-utf8");
          return;
        }
        this.addText(m, data.subarray(0, MAX_TEXT * 4).toString("utf8"));
      }
    }
    v.message = {
      type: m.type,
      length: data.length,
      compressed: m.compressed,
      ...(m.type === "text" ? { text: m.text } : {}),
    };
  }

  /** RFC 7692 §7.2.2: append 00 00 ff ff and inflate; with context takeover the window carries over. */
  private inflate(data: Buffer, v: FrameVerdict): Buffer | null {
    const takeover = !this.deflate?.serverNoContextTakeover;
    let out: Buffer;
    try {
      out = inflateRawSync(Buffer.concat([data, TAIL]), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: MAX_MESSAGE,
        ...(takeover && this.window.length ? { dictionary: this.window } : {}),
      });
    } catch (err) {
      if (err instanceof RangeError) v.note = `a message inflating to over ${MAX_MESSAGE} bytes: not read`;
      else v.problems.push("deflate-garbage");
      return null;
    }
    if (takeover) {
      const w = Buffer.concat([this.window, out]);
      this.window = w.length > WINDOW ? Buffer.from(w.subarray(w.length - WINDOW)) : w;
    }
    return out;
  }
}

/**
 * A frame as the transcript records it: header and up to 32 payload bytes in hex, and the text of
 * a text frame unless its payload is compressed (RSV1 with permessage-deflate agreed).
 */
export function frameRecord(
  t: number,
  dir: "in" | "out",
  f: Frame,
  problems: FrameProblem[],
  compressed = f.rsv1,
): FrameRecord {
  const r: FrameRecord = {
    t,
    kind: "frame",
    dir,
    fin: f.fin,
    rsv: [f.rsv1, f.rsv2, f.rsv3],
    opcode: f.opcode,
    masked: f.masked,
    length: f.payload.length,
    hex: Buffer.concat([f.header, f.payload.subarray(0, 32)]).toString("hex"),
    problems,
  };
  if (f.opcode === Opcode.text && !compressed) r.text = f.payload.subarray(0, 200).toString("utf8");
  if (f.opcode === Opcode.close) r.close = decodeClosePayload(f.payload);
  return r;
}

/** The record of a frame whose payload was never read: its header and the bytes after it. */
export function oversizeRecord(t: number, o: OversizeFrame, problems: FrameProblem[]): FrameRecord {
  const b0 = o.header[0] ?? 0;
  return {
    t,
    kind: "frame",
    dir: "in",
    fin: (b0 & 0x80) !== 0,
    rsv: [(b0 & 0x40) !== 0, (b0 & 0x20) !== 0, (b0 & 0x10) !== 0],
    opcode: b0 & 0x0f,
    masked: ((o.header[1] ?? 0) & 0x80) !== 0,
    length: Number(o.length),
    hex: Buffer.concat([o.header, o.after]).toString("hex"),
    problems,
  };
}

/** Close reasons for the problems whose measured Chromium reason is not in VIOLATIONS. */
const CLOSE_REASONS: Record<Exclude<FrameProblem, ViolationKind | "data-after-close">, string> = {
  "close-one-byte": "",
  "close-invalid-utf8": "Invalid UTF-8 in Close frame",
  "close-code-invalid": "",
};

/**
 * The close frame the probe sends when it fails the connection over `p` (RFC 6455 §7.1.7):
 * 1007 for invalid UTF-8 (§7.4.1), 1002 otherwise, with Chromium's reason naming the rule.
 * null: the problem is recorded but does not fail the connection (data after a close).
 */
export function failureClose(p: FrameProblem): { code: number; reason: string } | null {
  if (p === "data-after-close") return null;
  if (p in CLOSE_REASONS) return { code: 1002, reason: CLOSE_REASONS[p as keyof typeof CLOSE_REASONS] };
  const chromium = VIOLATIONS[p as ViolationKind].chromium;
  const reason = chromium === "accepts" ? "" : chromium;
  return { code: p === "bad-utf8" || p === "partial-utf8" ? 1007 : 1002, reason };
}

/**
 * Does every measured engine fail the connection over `p`? Where one accepts the frame (Firefox
 * takes a masked frame as a message), the probe does not fail: it carries on, so the transcript
 * shows what that engine's page would go on to see, and the verdict still judges the stricter
 * engines at this frame.
 */
export function failsEverywhere(p: FrameProblem): boolean {
  if (!(VIOLATION_KINDS as readonly string[]).includes(p)) return true;
  return ENGINE_IDS.every((e) => violationOutcome(e, p as ViolationKind).fails);
}

/** A client frame (§5.3: always masked, with a fresh random key), and its record. */
export function clientFrame(opcode: number, payload: Buffer): { wire: Buffer; frame: Frame } {
  const wire = encodeFrame({ opcode, payload, mask: randomBytes(4) });
  return {
    wire,
    frame: {
      fin: true,
      rsv1: false,
      rsv2: false,
      rsv3: false,
      opcode,
      masked: true,
      payload,
      wireLength: wire.length,
      header: wire.subarray(0, wire.length - payload.length),
    },
  };
}
