/**
 * Terminal styling: ANSI colour only when stdout is a terminal and NO_COLOR is not set
 * (https://no-color.org); FORCE_COLOR=1 turns it on for a pipe. Everything else is plain text,
 * so piped output and --json stay clean.
 */
export type Style = {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
};

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function makeStyle(stream: { isTTY?: boolean } = process.stdout): Style {
  const env = process.env;
  // Both variables count only when set to something (no-color.org: "present and not an empty string").
  const forced = Boolean(env.FORCE_COLOR) && env.FORCE_COLOR !== "0";
  const on = forced || (Boolean(stream.isTTY) && !env.NO_COLOR);
  if (!on) {
    const id = (s: string) => s;
    return { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id };
  }
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}

/**
 * Text from a server (a close reason, a header, a body) printed as text, never as terminal
 * control: control characters become visible escapes, so a hostile reason cannot move the
 * cursor, clear the screen or fake a line of output.
 */
export function safe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => {
    const n = ch.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
  });
}
