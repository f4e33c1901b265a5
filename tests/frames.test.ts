import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  closeFrame,
  closePayload,
  decodeClosePayload,
  encodeFrame,
  FrameParser,
  Opcode,
  type Frame,
} from "closecodes/wire";

/**
 * The frame codec against RFC 6455 §5, byte for byte. The expected bytes are written out by hand
 * from the RFC (the §5.7 examples verbatim), not produced by the code under test, so a codec that
 * agrees with itself but not with the wire format fails here:
 * - §5.2: byte 0 = FIN | RSV1 | RSV2 | RSV3 | opcode(4); byte 1 = MASK | length(7); 126 → a 16-bit
 *   length follows, 127 → a 64-bit length; then the 4-byte masking key when MASK is set.
 * - §5.3: masked byte i = payload byte i XOR key[i mod 4].
 * - §5.5.1: a close body is empty, or a 2-byte big-endian code followed by a UTF-8 reason.
 */
const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");
const HELLO = hex("48 65 6c 6c 6f");
const KEY = hex("37 fa 21 3d");

/** Feeds every chunk and collects the frames; fails on any parser error. */
function parseAll(parser: FrameParser, chunks: Buffer[]): Frame[] {
  const out: Frame[] = [];
  for (const c of chunks) {
    const { frames, error } = parser.push(c);
    assert.equal(error, undefined);
    out.push(...frames);
  }
  return out;
}

const bytes = (b: Buffer) => [...b].map((x) => Buffer.from([x]));

describe("encodeFrame (RFC 6455 §5.2, §5.7)", () => {
  it('writes the §5.7 single-frame unmasked text "Hello": 81 05 48 65 6c 6c 6f', () => {
    assert.deepEqual(encodeFrame({ opcode: Opcode.text, payload: "Hello" }), hex("81 05 48 65 6c 6c 6f"));
    assert.deepEqual(encodeFrame({ opcode: Opcode.text, payload: HELLO }), hex("81 05 48 65 6c 6c 6f"));
  });

  it('writes the §5.7 masked text "Hello" with key 37 fa 21 3d', () => {
    assert.deepEqual(
      encodeFrame({ opcode: Opcode.text, payload: "Hello", mask: KEY }),
      hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"),
    );
  });

  it('writes the §5.7 fragmented "Hel" + "lo" and the ping/pong examples', () => {
    assert.deepEqual(encodeFrame({ opcode: Opcode.text, fin: false, payload: "Hel" }), hex("01 03 48 65 6c"));
    assert.deepEqual(encodeFrame({ opcode: Opcode.continuation, payload: "lo" }), hex("80 02 6c 6f"));
    assert.deepEqual(encodeFrame({ opcode: Opcode.ping, payload: "Hello" }), hex("89 05 48 65 6c 6c 6f"));
    assert.deepEqual(
      encodeFrame({ opcode: Opcode.pong, payload: "Hello", mask: KEY }),
      hex("8a 85 37 fa 21 3d 7f 9f 4d 51 58"),
    );
  });

  it("writes an empty payload as a 2-byte header, payload given or not", () => {
    assert.deepEqual(encodeFrame({ opcode: Opcode.text }), hex("81 00"));
    assert.deepEqual(encodeFrame({ opcode: Opcode.binary, payload: Buffer.alloc(0) }), hex("82 00"));
    assert.deepEqual(encodeFrame({ opcode: Opcode.ping, payload: "" }), hex("89 00"));
    // A masked empty frame still carries its 4-byte key (§5.2: the key is present whenever MASK is 1).
    assert.deepEqual(encodeFrame({ opcode: Opcode.pong, mask: KEY }), hex("8a 80 37 fa 21 3d"));
  });

  it("uses the 7-bit length up to 125 and the 16-bit form from 126 (minimal encoding)", () => {
    const f125 = encodeFrame({ opcode: Opcode.binary, payload: Buffer.alloc(125, 1) });
    assert.deepEqual(f125.subarray(0, 2), hex("82 7d"));
    assert.equal(f125.length, 2 + 125);
    const f126 = encodeFrame({ opcode: Opcode.binary, payload: Buffer.alloc(126, 1) });
    assert.deepEqual(f126.subarray(0, 4), hex("82 7e 00 7e"));
    assert.equal(f126.length, 4 + 126);
  });

  it("writes the §5.7 256-byte binary frame with header 82 7e 01 00", () => {
    const payload = Buffer.alloc(256, 0xab);
    const f = encodeFrame({ opcode: Opcode.binary, payload });
    assert.deepEqual(f.subarray(0, 4), hex("82 7e 01 00"));
    assert.equal(f.length, 4 + 256);
    assert.deepEqual(f.subarray(4), payload);
  });

  it("uses the 16-bit form up to 65535 and the 64-bit form from 65536 (the §5.7 64 KiB example)", () => {
    const f65535 = encodeFrame({ opcode: Opcode.binary, payload: Buffer.alloc(65535) });
    assert.deepEqual(f65535.subarray(0, 4), hex("82 7e ff ff"));
    assert.equal(f65535.length, 4 + 65535);
    const payload = Buffer.alloc(65536, 0x5a);
    const f = encodeFrame({ opcode: Opcode.binary, payload });
    assert.deepEqual(f.subarray(0, 10), hex("82 7f 00 00 00 00 00 01 00 00"));
    assert.equal(f.length, 10 + 65536);
    assert.deepEqual(f.subarray(10), payload);
  });

  it("puts the masking key after the extended length and masks the whole payload", () => {
    const payload = Buffer.alloc(300, 0x00);
    const f = encodeFrame({ opcode: Opcode.binary, payload, mask: KEY });
    assert.deepEqual(f.subarray(0, 8), hex("82 fe 01 2c 37 fa 21 3d"));
    assert.equal(f.length, 4 + 4 + 300);
    // Masking zeros yields the key repeated.
    for (let i = 0; i < 300; i++) assert.equal(f[8 + i], KEY[i % 4], `byte ${i}`);
  });

  it("writes a non-minimal 16-bit length when forceLength16 is set", () => {
    assert.deepEqual(
      encodeFrame({ opcode: Opcode.text, payload: "Hello", forceLength16: true }),
      hex("81 7e 00 05 48 65 6c 6c 6f"),
    );
    assert.deepEqual(encodeFrame({ opcode: Opcode.text, forceLength16: true }), hex("81 7e 00 00"));
    assert.deepEqual(
      encodeFrame({ opcode: Opcode.text, payload: "Hello", forceLength16: true, mask: KEY }),
      hex("81 fe 00 05 37 fa 21 3d 7f 9f 4d 51 58"),
    );
  });

  it("sets RSV1, RSV2, RSV3 as bits 0x40, 0x20, 0x10 and clears FIN on request", () => {
    const b0 = (o: Partial<Parameters<typeof encodeFrame>[0]>) =>
      encodeFrame({ opcode: Opcode.text, payload: "hi", ...o })[0];
    assert.equal(b0({}), 0x81);
    assert.equal(b0({ rsv1: true }), 0xc1);
    assert.equal(b0({ rsv2: true }), 0xa1);
    assert.equal(b0({ rsv3: true }), 0x91);
    assert.equal(b0({ rsv1: true, rsv2: true, rsv3: true }), 0xf1);
    assert.equal(b0({ fin: false }), 0x01);
    assert.equal(b0({ fin: false, rsv1: true, rsv2: true, rsv3: true, opcode: 0 }), 0x70);
    assert.equal(b0({ fin: true }), 0x81);
  });

  it("writes any 4-bit opcode, reserved ones included, and keeps only the low 4 bits", () => {
    for (let op = 0; op <= 0xf; op++) {
      assert.equal(encodeFrame({ opcode: op })[0], 0x80 | op, `opcode ${op}`);
    }
    assert.deepEqual(encodeFrame({ opcode: 0x3, payload: "hi" }), hex("83 02 68 69"));
    assert.equal(encodeFrame({ opcode: 0x1b })[0], 0x8b);
  });

  it("rejects a masking key that is not 4 bytes", () => {
    assert.throws(
      () => encodeFrame({ opcode: Opcode.text, payload: "x", mask: hex("01 02 03") }),
      RangeError,
    );
    assert.throws(() => encodeFrame({ opcode: Opcode.text, mask: hex("01 02 03 04 05") }), RangeError);
  });
});

describe("closePayload and closeFrame (RFC 6455 §5.5.1)", () => {
  it("writes an empty close frame as 88 00", () => {
    assert.deepEqual(closePayload(null), Buffer.alloc(0));
    assert.deepEqual(closeFrame(null), hex("88 00"));
    // A reason without a code is not representable: it is dropped with the code.
    assert.deepEqual(closeFrame(null, "ignored"), hex("88 00"));
  });

  it('writes close 1000 "bye" as 88 05 03 e8 62 79 65', () => {
    assert.deepEqual(closePayload(1000, "bye"), hex("03 e8 62 79 65"));
    assert.deepEqual(closeFrame(1000, "bye"), hex("88 05 03 e8 62 79 65"));
    assert.deepEqual(closeFrame(1000), hex("88 02 03 e8"));
  });

  it("writes the code big-endian across the whole 16-bit space", () => {
    assert.deepEqual(closePayload(0), hex("00 00"));
    assert.deepEqual(closePayload(1005), hex("03 ed"));
    assert.deepEqual(closePayload(4999), hex("13 87"));
    assert.deepEqual(closePayload(65535), hex("ff ff"));
  });

  it("encodes a string reason as UTF-8 and copies a Buffer reason as raw bytes", () => {
    assert.deepEqual(closePayload(1000, "é"), hex("03 e8 c3 a9"));
    assert.deepEqual(closePayload(1000, hex("ff fe fd")), hex("03 e8 ff fe fd"));
    assert.deepEqual(closeFrame(1000, hex("ff fe fd")), hex("88 05 03 e8 ff fe fd"));
  });

  it("rejects codes outside 0–65535 and non-integers", () => {
    for (const bad of [-1, 65536, 70000, 1000.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => closePayload(bad), RangeError, `code ${bad}`);
      assert.throws(() => closeFrame(bad), RangeError, `code ${bad}`);
    }
  });

  it("switches to the 16-bit length for a body over 125 bytes (an over-long control frame)", () => {
    // 2 + 124 = 126 bytes: what malformed-close?kind=long-reason puts on the wire.
    const f = closeFrame(1000, "x".repeat(124));
    assert.deepEqual(f.subarray(0, 6), hex("88 7e 00 7e 03 e8"));
    assert.equal(f.length, 4 + 126);
    // 2 + 123 = 125 bytes: the largest legal close body still fits the 7-bit length.
    assert.deepEqual(closeFrame(1000, "x".repeat(123)).subarray(0, 2), hex("88 7d"));
  });

  it("passes header options through but always writes opcode 0x8", () => {
    assert.deepEqual(closeFrame(1000, "", { mask: KEY }), hex("88 82 37 fa 21 3d 34 12"));
    assert.deepEqual(closeFrame(1000, "", { rsv1: true }), hex("c8 02 03 e8"));
    assert.deepEqual(closeFrame(1000, "", { fin: false }), hex("08 02 03 e8"));
    assert.deepEqual(closeFrame(1000, "", { opcode: Opcode.text }), hex("88 02 03 e8"));
  });
});

describe("decodeClosePayload (RFC 6455 §5.5.1, §7.1.5, §7.1.6)", () => {
  it("reads an empty body as no code (the receiver reports 1005)", () => {
    assert.deepEqual(decodeClosePayload(Buffer.alloc(0)), {
      code: null,
      reason: "",
      reasonHex: "",
      validUtf8: true,
      malformed: false,
    });
  });

  it("marks a 1-byte body as malformed, with no code and the byte in reasonHex", () => {
    const d = decodeClosePayload(hex("03"));
    assert.equal(d.malformed, true);
    assert.equal(d.code, null);
    assert.equal(d.reason, "");
    assert.equal(d.reasonHex, "03");
  });

  it("reads a code alone, a code with a reason, and multi-byte UTF-8", () => {
    assert.deepEqual(decodeClosePayload(hex("03 e8")), {
      code: 1000,
      reason: "",
      reasonHex: "",
      validUtf8: true,
      malformed: false,
    });
    const bye = decodeClosePayload(hex("03 e8 62 79 65"));
    assert.equal(bye.code, 1000);
    assert.equal(bye.reason, "bye");
    assert.equal(bye.reasonHex, "627965");
    const e = decodeClosePayload(closePayload(4999, "é€😀"));
    assert.equal(e.code, 4999);
    assert.equal(e.reason, "é€😀");
    assert.equal(e.reasonHex, "c3a9e282acf09f9880");
    assert.equal(e.validUtf8, true);
    assert.equal(decodeClosePayload(hex("ff ff")).code, 65535);
    assert.equal(decodeClosePayload(hex("00 00")).code, 0);
  });

  it("flags an invalid UTF-8 reason, keeping the raw bytes in reasonHex", () => {
    const d = decodeClosePayload(hex("03 e8 ff fe fd"));
    assert.equal(d.code, 1000);
    assert.equal(d.validUtf8, false);
    assert.equal(d.malformed, false);
    assert.equal(d.reasonHex, "fffefd");
    assert.ok(d.reason.includes("\uFFFD"), "display form uses U+FFFD replacements");
  });

  it("rejects every kind of ill-formed UTF-8 (RFC 3629): overlong, surrogate, truncated, stray continuation", () => {
    for (const bad of ["c0 af", "e0 80 af", "ed a0 80", "f4 90 80 80", "e2 82", "80", "61 ff 62"]) {
      const d = decodeClosePayload(Buffer.concat([hex("03 e8"), hex(bad)]));
      assert.equal(d.validUtf8, false, bad);
      assert.equal(d.reasonHex, bad.replace(/\s+/g, ""), bad);
    }
    // One decode failing leaves nothing behind for the next one.
    assert.equal(decodeClosePayload(hex("03 e8 e2 82")).validUtf8, false);
    assert.equal(decodeClosePayload(hex("03 e8 ac")).validUtf8, false);
    assert.equal(decodeClosePayload(hex("03 e8 e2 82 ac")).reason, "€");
  });

  it("keeps a leading U+FEFF in the reason (a close reason is decoded without BOM sniffing)", () => {
    // WHATWG WebSockets: CloseEvent.reason is "UTF-8 decode without BOM" of the reason bytes, so a
    // browser keeps U+FEFF. The wire report must show what was sent, not a BOM-stripped string.
    const d = decodeClosePayload(closePayload(1000, "\uFEFFhi"));
    assert.equal(d.reasonHex, "efbbbf6869");
    assert.equal(d.validUtf8, true);
    assert.equal(d.reason, "\uFEFFhi");
  });

  it("round-trips closePayload for codes and reasons up to the 123-byte limit", () => {
    for (const [code, reason] of [
      [1000, ""],
      [1001, "going"],
      [3000, "é".repeat(61)],
      [4999, "x".repeat(123)],
    ] as const) {
      const d = decodeClosePayload(closePayload(code, reason));
      assert.equal(d.code, code);
      assert.equal(d.reason, reason);
      assert.equal(d.validUtf8, true);
    }
  });
});

describe("FrameParser (RFC 6455 §5.2)", () => {
  it("parses the §5.7 examples, unmasking the masked one", () => {
    const frames = parseAll(new FrameParser(), [
      hex("81 05 48 65 6c 6c 6f 81 85 37 fa 21 3d 7f 9f 4d 51 58"),
    ]);
    assert.equal(frames.length, 2);
    const [a, b] = frames as [Frame, Frame];
    assert.deepEqual(
      { fin: a.fin, rsv: [a.rsv1, a.rsv2, a.rsv3], opcode: a.opcode, masked: a.masked },
      { fin: true, rsv: [false, false, false], opcode: 1, masked: false },
    );
    assert.deepEqual(a.payload, HELLO);
    assert.equal(a.wireLength, 7);
    assert.deepEqual(a.header, hex("81 05"));
    assert.equal(b.masked, true);
    assert.deepEqual(b.payload, HELLO);
    assert.equal(b.wireLength, 11);
    assert.deepEqual(b.header, hex("81 85 37 fa 21 3d"), "header includes the masking key");
  });

  it("reads FIN, RSV1–3 and the opcode bits, reserved opcodes included", () => {
    const frames = parseAll(new FrameParser(), [hex("01 03 48 65 6c 80 02 6c 6f f3 00 70 00 8b 00")]);
    assert.deepEqual(
      frames.map((f) => [f.fin, f.rsv1, f.rsv2, f.rsv3, f.opcode, f.payload.toString()]),
      [
        [false, false, false, false, 0x1, "Hel"],
        [true, false, false, false, 0x0, "lo"],
        [true, true, true, true, 0x3, ""],
        [false, true, true, true, 0x0, ""],
        [true, false, false, false, 0xb, ""],
      ],
    );
  });

  it("parses several frames of every length form from one chunk", () => {
    const p256 = Buffer.alloc(256, 7);
    const p64k = Buffer.alloc(65536, 9);
    const wire = Buffer.concat([
      encodeFrame({ opcode: Opcode.text, payload: "Hello" }),
      encodeFrame({ opcode: Opcode.binary, payload: p256 }),
      encodeFrame({ opcode: Opcode.binary, payload: p64k, mask: KEY }),
      closeFrame(1000, "bye"),
    ]);
    const parser = new FrameParser();
    const frames = parseAll(parser, [wire]);
    assert.equal(frames.length, 4);
    assert.deepEqual(frames[0]!.payload, HELLO);
    assert.deepEqual(frames[1]!.payload, p256);
    assert.deepEqual(frames[1]!.header, hex("82 7e 01 00"));
    assert.deepEqual(frames[2]!.payload, p64k);
    assert.deepEqual(frames[2]!.header, hex("82 ff 00 00 00 00 00 01 00 00 37 fa 21 3d"));
    assert.equal(frames[2]!.wireLength, 14 + 65536);
    assert.equal(frames[3]!.opcode, Opcode.close);
    assert.deepEqual(decodeClosePayload(frames[3]!.payload).code, 1000);
    assert.equal(
      frames.reduce((n, f) => n + f.wireLength, 0),
      wire.length,
    );
    assert.equal(parser.pending, 0);
  });

  it("reassembles frames fed one byte at a time, masked and unmasked, 7- and 16-bit lengths", () => {
    const p256 = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const wire = Buffer.concat([
      hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"),
      encodeFrame({ opcode: Opcode.binary, payload: p256, mask: KEY }),
      encodeFrame({ opcode: Opcode.binary, payload: p256 }),
      hex("88 00"),
      closeFrame(4000, "x", { mask: hex("01 02 03 04") }),
    ]);
    const parser = new FrameParser();
    const frames: Frame[] = [];
    for (const b of bytes(wire)) {
      const before = frames.length;
      const { frames: got, error } = parser.push(b);
      assert.equal(error, undefined);
      frames.push(...got);
      assert.ok(frames.length - before <= 1);
    }
    assert.equal(frames.length, 5);
    assert.deepEqual(frames[0]!.payload, HELLO);
    assert.deepEqual(frames[1]!.payload, p256);
    assert.equal(frames[1]!.masked, true);
    assert.deepEqual(frames[2]!.payload, p256);
    assert.equal(frames[2]!.masked, false);
    assert.deepEqual(decodeClosePayload(frames[3]!.payload).code, null);
    assert.deepEqual(
      {
        code: decodeClosePayload(frames[4]!.payload).code,
        reason: decodeClosePayload(frames[4]!.payload).reason,
      },
      { code: 4000, reason: "x" },
    );
    assert.equal(parser.pending, 0);
  });

  it("reassembles a 64-bit-length frame split inside its length field and its payload", () => {
    const payload = Buffer.alloc(70000);
    for (let i = 0; i < payload.length; i++) payload[i] = (i * 31) & 0xff;
    const wire = encodeFrame({ opcode: Opcode.binary, payload, mask: KEY });
    const cuts = [1, 2, 5, 9, 10, 12, 14, 1000, 40000, wire.length - 1, wire.length];
    const parser = new FrameParser();
    const frames: Frame[] = [];
    let prev = 0;
    for (const cut of cuts) {
      const { frames: got, error } = parser.push(wire.subarray(prev, cut));
      assert.equal(error, undefined);
      frames.push(...got);
      if (cut < wire.length) assert.equal(parser.pending, cut, `pending after ${cut} bytes`);
      prev = cut;
    }
    assert.equal(frames.length, 1);
    assert.deepEqual(frames[0]!.payload, payload);
    assert.equal(parser.pending, 0);
  });

  it("counts the bytes of a half frame as pending, then completes it", () => {
    const parser = new FrameParser();
    assert.equal(parser.pending, 0);
    let r = parser.push(hex("81 05 48 65"));
    assert.deepEqual(r, { frames: [] });
    assert.equal(parser.pending, 4);
    r = parser.push(hex("6c 6c 6f 82"));
    assert.equal(r.frames.length, 1);
    assert.deepEqual(r.frames[0]!.payload, HELLO);
    assert.equal(parser.pending, 1, "the next frame's first byte waits");
    r = parser.push(hex("00"));
    assert.equal(r.frames.length, 1);
    assert.equal(r.frames[0]!.opcode, Opcode.binary);
    assert.equal(parser.pending, 0);
  });

  it("returns payloads that do not alias the input (the tap keeps them after ws unmasks in place)", () => {
    const chunk = hex("81 85 37 fa 21 3d 7f 9f 4d 51 58");
    const { frames } = new FrameParser().push(chunk);
    chunk.fill(0);
    assert.deepEqual(frames[0]!.payload, HELLO);
    assert.deepEqual(frames[0]!.header, hex("81 85 37 fa 21 3d"));
  });

  it("accepts a payload of exactly maxPayload bytes", () => {
    const parser = new FrameParser(5);
    const { frames, error } = parser.push(hex("81 05 48 65 6c 6c 6f"));
    assert.equal(error, undefined);
    assert.equal(frames.length, 1);
  });

  it("reports an over-limit 7-bit length as an error", () => {
    const { frames, error } = new FrameParser(4).push(hex("81 05"));
    assert.deepEqual(frames, []);
    assert.match(error ?? "", /5 bytes exceeds the 4-byte limit/);
  });

  it("reports an over-limit 16-bit length from the header alone, without waiting for the payload", () => {
    const parser = new FrameParser(100);
    // Only the 4 header bytes of a 200-byte frame: the error comes now, not after 200 bytes.
    const { frames, error } = parser.push(hex("82 7e 00 c8"));
    assert.deepEqual(frames, []);
    assert.match(error ?? "", /200 bytes exceeds the 100-byte limit/);
    assert.equal(parser.pending, 4, "only the header is held, no payload buffered");
  });

  it("reports an over-limit 64-bit length from the header alone, up to 2^64 − 1", () => {
    const p1 = new FrameParser(100);
    const r1 = p1.push(hex("82 7f 00 00 00 00 00 00 01 00"));
    assert.deepEqual(r1.frames, []);
    assert.match(r1.error ?? "", /256 bytes exceeds the 100-byte limit/);
    assert.equal(p1.pending, 10);
    // Lengths past Number.MAX_SAFE_INTEGER (and the forbidden MSB) are compared exactly as BigInt.
    const r2 = new FrameParser(100).push(hex("82 ff 80 00 00 00 00 00 00 00 37 fa 21 3d"));
    assert.match(r2.error ?? "", /9223372036854775808 bytes/);
    const r3 = new FrameParser(Number.MAX_SAFE_INTEGER).push(hex("82 7f ff ff ff ff ff ff ff ff"));
    assert.match(r3.error ?? "", /18446744073709551615 bytes/);
  });

  it("returns the frames before an over-limit one together with the error", () => {
    const parser = new FrameParser(100);
    const { frames, error } = parser.push(Buffer.concat([hex("81 05 48 65 6c 6c 6f"), hex("82 7e 01 00")]));
    assert.equal(frames.length, 1);
    assert.deepEqual(frames[0]!.payload, HELLO);
    assert.ok(error);
  });
});
