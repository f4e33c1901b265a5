/**
 * Checks the tester's free-URL field before `new WebSocket(url, protocols)`, so a bad value gets
 * a clear message instead of the browser's SyntaxError: the URL must parse and use ws: or wss:
 * (WHATWG WebSockets also accepts http(s): and converts it, but a tester should say what it
 * opens), and each subprotocol must be an HTTP token (RFC 6455 §4.1, RFC 7230 §3.2.6).
 */
export type FreeUrl = { ok: true; url: string; protocols: string[] } | { ok: false; error: string };

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function checkFreeUrl(rawUrl: string, rawProtocols: string): FreeUrl {
  let u: URL;
  try {
    u = new URL(rawUrl.trim());
  } catch {
    return { ok: false, error: `“${rawUrl.slice(0, 200)}” is not a URL` };
  }
  if (u.protocol !== "ws:" && u.protocol !== "wss:")
    return { ok: false, error: `${u.protocol} is not ws: or wss:` };
  if (u.hash) return { ok: false, error: "a WebSocket URL cannot have a #fragment" };
  const protocols = rawProtocols
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const bad = protocols.find((p) => !TOKEN.test(p));
  if (bad !== undefined)
    return { ok: false, error: `“${bad.slice(0, 100)}” is not a valid subprotocol token` };
  if (new Set(protocols).size !== protocols.length)
    return { ok: false, error: "a subprotocol is listed twice" };
  return { ok: true, url: u.toString(), protocols };
}
