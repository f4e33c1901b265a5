import type { ViolationKind } from "../engines/rules.ts";
import type { DecodedClose } from "../wire/frames.ts";

/**
 * What `closecodes probe` saw on the wire, in order: the contract between the probe (which
 * records it, probe/run.ts) and the verdict (which replays it against each engine's measured
 * rules, verdict/predict.ts). Times are milliseconds since the probe started connecting.
 */

/** A rule of RFC 6455 a server frame broke, beyond the measured ViolationKinds. */
export type CloseFrameProblem =
  /** A close body of one byte (§5.5.1: a code is two bytes). */
  | "close-one-byte"
  /** The close reason is not valid UTF-8 (§5.5.1). */
  | "close-invalid-utf8"
  /** The close code may not appear in a close frame (§7.4.1/§7.4.2): 0–999, 1004–1006, 1015, 1016–2999, 5000+. */
  | "close-code-invalid"
  /** A data frame after the server's close frame (§5.5.1: nothing may follow a close). */
  | "data-after-close";

export type FrameProblem = ViolationKind | CloseFrameProblem;

export type FrameRecord = {
  t: number;
  kind: "frame";
  /** in: from the server; out: sent by the probe. */
  dir: "in" | "out";
  fin: boolean;
  rsv: [boolean, boolean, boolean];
  opcode: number;
  masked: boolean;
  /** Payload length as the header states it (bytes). */
  length: number;
  /** Header bytes and up to the first 32 payload bytes (unmasked), hex: close frames byte-exact. */
  hex: string;
  /** Text frames: the payload as UTF-8 (first 200 bytes), for display. */
  text?: string;
  close?: DecodedClose;
  /** Every rule this frame breaks, named (empty for a conforming frame). */
  problems: FrameProblem[];
};

export type ProbeEvent =
  | { t: number; kind: "resolved"; address: string; family: 4 | 6 }
  | { t: number; kind: "connected"; tls: boolean; alpn?: string; tlsVersion?: string }
  | { t: number; kind: "request"; head: string }
  | {
      t: number;
      kind: "response";
      status: number;
      statusText: string;
      headers: Array<[string, string]>;
      /** The start of a non-101 answer's body (first 512 bytes, as UTF-8). */
      bodyStart?: string;
    }
  | { t: number; kind: "open"; protocol: string; extensions: string }
  | FrameRecord
  | {
      t: number;
      kind: "message";
      dir: "in" | "out";
      type: "text" | "binary";
      length: number;
      compressed: boolean;
      text?: string;
    }
  | { t: number; kind: "rtt"; ms: number }
  | { t: number; kind: "tcp"; who: "server" | "client"; how: "fin" | "rst" }
  | { t: number; kind: "note"; text: string };

/** Why the handshake failed, as a browser would judge the server's answer (RFC 6455 §4.1). */
export type HandshakeProblem =
  | "no-response" // TCP ended (FIN or RST) before any HTTP answer
  | "timeout" // no answer within the probe's timeout
  | "status" // an HTTP status other than 101
  | "no-upgrade" // 101 without Upgrade: websocket
  | "no-connection" // 101 without Connection: Upgrade
  | "bad-accept" // Sec-WebSocket-Accept missing or wrong
  | "protocol-not-offered" // the server picked a subprotocol the client did not offer
  | "protocol-missing" // the client offered subprotocols and the server picked none
  | "extension-not-offered" // the server negotiated an extension the client did not offer
  | "extension-bad-params"; // permessage-deflate answered with parameters RFC 7692 does not allow

export type Transcript = {
  url: string;
  /** Subprotocols and extensions the probe offered. */
  offered: { protocols: string[]; extensions: string };
  events: ProbeEvent[];
  /** Handshake problems in the server's answer, in the order a browser checks them (empty: opened). */
  handshakeProblems: HandshakeProblem[];
  /** The probe's own close, when --close was given: when it was sent and with what. */
  clientClose?: { t: number; code: number | null; reason: string };
  /** How the exchange ended. */
  end: {
    t: number;
    /**
     * server-fin / server-rst: the server ended TCP; client: the probe ended it (after the
     * closing handshake, or 2 s after answering a server's close like Chromium does);
     * timeout: the probe gave up waiting (--timeout).
     */
    how: "server-fin" | "server-rst" | "client" | "timeout";
    /** For timeout: what the probe was still waiting for. */
    waitingFor?: "connect" | "response" | "close" | "server-close-reply" | "tcp-end";
    /** The server's FIN or RST arrived in the same read as its close frame (no wait for the answer). */
    withCloseFrame?: boolean;
  };
};
