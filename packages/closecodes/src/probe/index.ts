/**
 * closecodes/probe: a WebSocket client that behaves like a browser on the wire and records what
 * the browser hides — the handshake answer, every frame both ways with each RFC 6455 rule it
 * breaks, and who ended TCP, how and when.
 */
export { runProbe, type ProbeOptions } from "./run.ts";
export { ProbeError, type ProbeErrorKind } from "./errors.ts";
export { acceptFor, DEFLATE_OFFER, VERSION } from "./handshake.ts";
export { closeCodeAllowed, failsEverywhere, failureClose } from "./messages.ts";
export type * from "./transcript.ts";
