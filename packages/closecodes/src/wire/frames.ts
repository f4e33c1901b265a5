/**
 * WebSocket frame encoding and parsing, byte-exact per RFC 6455 §5.2. The scenario engine uses
 * it to write what conforming libraries refuse to send (reserved bits, unknown opcodes, masked
 * server frames, forbidden close codes) and to record every frame of a session for its wire
 * report. Nothing here validates semantics: a parser that rejected bad frames could not report them.
 */

export const Opcode = {
  continuation: 0x0,
  text: 0x1,
  binary: 0x2,
  close: 0x8,
  ping: 0x9,
  pong: 0xa,
} as const;

export type Frame = {
  fin: boolean;
  rsv1: boolean;
  rsv2: boolean;
  rsv3: boolean;
  opcode: number;
  masked: boolean;
  /** Unmasked payload. */
  payload: Buffer;
  /** How many bytes the frame took on the wire (header + mask + payload). */
  wireLength: number;
  /** The exact bytes as they appeared on the wire (header included), capped for reports. */
  header: Buffer;
};

export type EncodeOptions = {
  fin?: boolean;
  rsv1?: boolean;
  rsv2?: boolean;
  rsv3?: boolean;
  opcode: number;
  payload?: Buffer | string;
  /** A 4-byte masking key; servers must not mask (§5.1), so set it only to break that rule. */
  mask?: Buffer;
  /** Force the 16-bit length form even for short payloads (a non-minimal length, §5.2). */
  forceLength16?: boolean;
};

export function encodeFrame(o: EncodeOptions): Buffer {
  const payload =
    typeof o.payload === "string" ? Buffer.from(o.payload, "utf8") : (o.payload ?? Buffer.alloc(0));
  const b0 =
    (o.fin === false ? 0 : 0x80) |
    (o.rsv1 ? 0x40 : 0) |
    (o.rsv2 ? 0x20 : 0) |
    (o.rsv3 ? 0x10 : 0) |
    (o.opcode & 0x0f);
  const maskBit = o.mask ? 0x80 : 0;
  let header: Buffer;
  if (payload.length < 126 && !o.forceLength16) {
    header = Buffer.from([b0, maskBit | payload.length]);
  } else if (payload.length < 0x10000) {
    header = Buffer.alloc(4);
    header[0] = b0;
    header[1] = maskBit | 126;
    header.writeUInt16BE(payload.length, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = b0;
    header[1] = maskBit | 127;
    header.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  if (!o.mask) return Buffer.concat([header, payload]);
  if (o.mask.length !== 4) throw new RangeError("mask must be 4 bytes");
  const masked = Buffer.alloc(payload.length);
  for (let i = 0; i < payload.length; i++) masked[i] = payload[i]! ^ o.mask[i % 4]!;
  return Buffer.concat([header, o.mask, masked]);
}

/**
 * The payload of a close frame (§5.5.1): nothing, or a 2-byte code in network order followed by
 * a reason. `reason` may be raw bytes so that invalid UTF-8 can be sent on purpose.
 */
export function closePayload(code: number | null, reason: string | Buffer = ""): Buffer {
  if (code === null) return Buffer.alloc(0);
  if (!Number.isInteger(code) || code < 0 || code > 0xffff)
    throw new RangeError(`close code ${code} is not 16-bit`);
  const r = typeof reason === "string" ? Buffer.from(reason, "utf8") : reason;
  const out = Buffer.alloc(2 + r.length);
  out.writeUInt16BE(code, 0);
  r.copy(out, 2);
  return out;
}

export function closeFrame(
  code: number | null,
  reason: string | Buffer = "",
  opts: Partial<EncodeOptions> = {},
): Buffer {
  return encodeFrame({ ...opts, opcode: Opcode.close, payload: closePayload(code, reason) });
}

export type DecodedClose = {
  /** null: the frame had no body (the receiver reports 1005). */
  code: number | null;
  reason: string;
  /** The raw reason bytes, hex, so invalid UTF-8 is visible in reports. */
  reasonHex: string;
  validUtf8: boolean;
  /** A 1-byte body is malformed (§5.5.1). */
  malformed: boolean;
};

// ignoreBOM: browsers decode the reason "without BOM" handling (WHATWG), keeping a leading U+FEFF.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeClosePayload(payload: Buffer): DecodedClose {
  if (payload.length === 0)
    return { code: null, reason: "", reasonHex: "", validUtf8: true, malformed: false };
  if (payload.length === 1) {
    return { code: null, reason: "", reasonHex: payload.toString("hex"), validUtf8: true, malformed: true };
  }
  const raw = payload.subarray(2);
  let reason: string;
  let validUtf8 = true;
  try {
    reason = utf8.decode(raw);
  } catch {
    validUtf8 = false;
    reason = raw.toString("utf8"); // with U+FFFD replacements, for display only
  }
  return {
    code: payload.readUInt16BE(0),
    reason,
    reasonHex: raw.toString("hex"),
    validUtf8,
    malformed: false,
  };
}

/**
 * The frame a parser refused for its length: what its header says, so a caller can still record
 * it (a 64-bit length with the top bit set is a protocol violation, not merely a big frame).
 */
export type OversizeFrame = {
  /** The header as far as the length goes: 2, 4 or 10 bytes, byte-exact. */
  header: Buffer;
  /** The payload length the header states. */
  length: bigint;
  /** A 64-bit length with its most significant bit set (§5.2: it MUST be 0). */
  lengthTopBit: boolean;
  /** Up to 32 bytes that followed the length in what was pushed so far: a masking key if any, then payload as sent. */
  after: Buffer;
};

/** How a frame's header wrote its payload length (§5.2): 7-bit, 16-bit (126) or 64-bit (127). */
export function lengthForm(header: Buffer): 7 | 16 | 64 {
  const l = (header[1] ?? 0) & 0x7f;
  return l === 126 ? 16 : l === 127 ? 64 : 7;
}

/**
 * Incremental parser: feed it socket chunks, get complete frames back. A length over
 * `maxPayload` is reported as an error instead of buffering it (the engine's message size limit),
 * with the refused frame's header in `oversize`.
 */
export class FrameParser {
  private buf: Buffer = Buffer.alloc(0);

  constructor(private readonly maxPayload = 1 << 20) {}

  push(chunk: Buffer): { frames: Frame[]; error?: string; oversize?: OversizeFrame } {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const frames: Frame[] = [];
    let off = 0;
    while (this.buf.length - off >= 2) {
      const b0 = this.buf[off]!;
      const b1 = this.buf[off + 1]!;
      let len = b1 & 0x7f;
      let hdr = 2;
      if (len === 126) {
        if (this.buf.length - off < 4) break;
        len = this.buf.readUInt16BE(off + 2);
        hdr = 4;
      } else if (len === 127) {
        if (this.buf.length - off < 10) break;
        const big = this.buf.readBigUInt64BE(off + 2);
        if (big > BigInt(this.maxPayload)) {
          this.buf = this.buf.subarray(off);
          return {
            frames,
            error: `frame payload of ${big} bytes exceeds the ${this.maxPayload}-byte limit`,
            oversize: this.oversize(10, big),
          };
        }
        len = Number(big);
        hdr = 10;
      }
      if (len > this.maxPayload) {
        this.buf = this.buf.subarray(off);
        return {
          frames,
          error: `frame payload of ${len} bytes exceeds the ${this.maxPayload}-byte limit`,
          oversize: this.oversize(hdr, BigInt(len)),
        };
      }
      const masked = (b1 & 0x80) !== 0;
      const total = hdr + (masked ? 4 : 0) + len;
      if (this.buf.length - off < total) break;
      const start = off + hdr + (masked ? 4 : 0);
      const payload = Buffer.from(this.buf.subarray(start, start + len));
      if (masked) {
        const key = this.buf.subarray(off + hdr, off + hdr + 4);
        for (let i = 0; i < payload.length; i++) payload[i]! ^= key[i % 4]!;
      }
      frames.push({
        fin: (b0 & 0x80) !== 0,
        rsv1: (b0 & 0x40) !== 0,
        rsv2: (b0 & 0x20) !== 0,
        rsv3: (b0 & 0x10) !== 0,
        opcode: b0 & 0x0f,
        masked,
        payload,
        wireLength: total,
        header: Buffer.from(this.buf.subarray(off, start)),
      });
      off += total;
    }
    this.buf = off === this.buf.length ? Buffer.alloc(0) : this.buf.subarray(off);
    return { frames };
  }

  /** The refused frame at the start of the buffer, for `push`'s result. */
  private oversize(hdr: number, length: bigint): OversizeFrame {
    return {
      header: Buffer.from(this.buf.subarray(0, hdr)),
      length,
      lengthTopBit: hdr === 10 && (this.buf[2]! & 0x80) !== 0,
      after: Buffer.from(this.buf.subarray(hdr, hdr + 32)),
    };
  }

  /** Bytes received that do not yet form a whole frame (e.g. half a frame before FIN). */
  get pending(): number {
    return this.buf.length;
  }
}
