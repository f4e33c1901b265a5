/**
 * The CLI's exit statuses: each kind of failure has its own, so a script or a CI job can tell
 * them apart without parsing text.
 */
export const EXIT = {
  ok: 0,
  /** probe --expect CODE: the close code (as every measured engine would report it) differs. */
  unexpected: 1,
  /** Bad command line: not a number, unknown vendor or option, a malformed URL. */
  usage: 2,
  /** The connection could not be made: DNS, refused port, TLS failure. */
  connect: 3,
  /** The server stopped answering: no handshake answer, or no end, within --timeout. */
  timeout: 4,
  /** A bug in closecodes itself (never bad input): please report it. */
  internal: 70,
} as const;
