/**
 * What the soak runs and what it expects: every scenario of the catalogue with the parameter
 * sets of lib/scenarios/variants.ts, shortened so a cycle is quick, and the outcome the `ws`
 * client must observe for each.
 */
import { scenarios, SERVER_CLOSE_TIMEOUT_MS, type Scenario } from "@/lib/scenarios/catalogue";
import { formatParams, type ParamValues } from "@/lib/scenarios/params";
import { variants } from "@/lib/scenarios/variants";
import type { ClientAction, Observed } from "./cycle";

export type Expected = {
  open: boolean;
  /** HTTP status of a refused upgrade. */
  status?: number;
  /** false: no 'error' event; true: any; a RegExp: an error whose message matches. */
  error: boolean | RegExp;
  code: number;
  reason: string;
  /** Data messages the client receives before the close. */
  messages: number;
};

export type Plan = {
  scenario: string;
  /** The path and query without a sid, e.g. /ws/close?code=1001 */
  path: string;
  label: string;
  protocols: string[];
  action: ClientAction;
  /** Takes a second or more by nature (held handshake, idle timer, server ping). */
  slow: boolean;
  expect: Expected;
  /** Where the run differs from the catalogue's variant, printed with the run. */
  notes: string[];
  /** A cycle that ends only at a server-side timeout gets longer than the default. */
  timeoutMs?: number;
};

const SHORTENED = ["delay", "gap", "hold", "idle"];

export function plans(): Plan[] {
  const out: Plan[] = [];
  const seen = new Set<string>();
  for (const v of variants()) {
    const plan = planFor(v.scenario, v.values);
    if (seen.has(plan.label)) continue;
    seen.add(plan.label);
    out.push(plan);
  }
  return out;
}

function planFor(s: Scenario, catalogueValues: ParamValues): Plan {
  const notes: string[] = [];
  const values = { ...catalogueValues };
  // Short parameters: every wait the server makes (delay, gap, hold, idle) at its minimum, so
  // the scenario's own validation accepts it (delay 0, gap 20 ms, hold 1 s, idle 1 s).
  for (const spec of s.params) {
    if (spec.kind !== "int" || !SHORTENED.includes(spec.name)) continue;
    if (values[spec.name] === spec.min) continue;
    notes.push(`${spec.name}=${values[spec.name]} → ${spec.min}`);
    values[spec.name] = spec.min;
  }

  const q = formatParams(s.params, values);
  const path = `/ws/${s.id}${q}`;
  const page = s.pageAction?.(values);
  let action: ClientAction = { kind: "wait" };
  if (s.id === "echo") {
    const pings = Number(values.ping) > 0 ? 1 : 0;
    action = {
      kind: "close",
      code: page?.code ?? 1000,
      reason: page?.reason ?? "",
      echo: true,
      minPings: pings,
    };
    if (pings) notes.push("closes after the first server ping (the page waits for two)");
  } else if (s.id === "client-close") {
    action = { kind: "close", code: page?.code ?? 1000, reason: page?.reason ?? "" };
    if (values.reply === "never") {
      action.giveUpMs = 300;
      notes.push("the client gives up 300 ms after its close (Chromium waits 60 s, ws 30 s)");
    }
  } else if (page) {
    action = { kind: "close", code: page.code ?? 1000, reason: page.reason ?? "" };
  }
  // ws accepts a non-minimal length, so that cycle ends only when the server's close timeout
  // drops TCP (SERVER_CLOSE_TIMEOUT_MS).
  const untilServerTimeout = s.id === "violation" && values.kind === "non-minimal-length";
  const slow =
    Number(values.hold ?? 0) > 0 ||
    Number(values.idle ?? 0) > 0 ||
    Number(values.ping ?? 0) > 0 ||
    untilServerTimeout;

  // The catalogue's expectation (Chromium's view) where `ws` agrees; wasClean is not checked:
  // `ws` does not report it.
  const chromium = s.expect(values).chromium;
  const expect: Expected = {
    open: chromium.open,
    error: chromium.error,
    code: chromium.code,
    reason: chromium.reason,
    messages:
      (s.id === "close" ? Number(values.after) : 0) +
      (s.id === "close-with-messages" ? Number(values.count) : 0) +
      (s.id === "echo" ? 1 : 0),
  };
  const status = s.expectServer?.(values).chromium.status;
  if (status !== undefined) expect.status = status;
  const differs = wsDiffers(s.id, values);
  if (differs) {
    Object.assign(expect, differs.expect);
    notes.push(`ws differs from Chromium: ${differs.why}`);
  }
  const message = wsErrorMessage(s.id, values);
  if (message && expect.error !== true)
    throw new Error(`${s.id}${q}: a ws error message is pinned but no error is expected`);
  if (message) expect.error = message;
  return {
    scenario: s.id,
    path,
    label: `${s.id}${q}`,
    protocols: s.protocols?.(values) ?? [],
    action,
    slow,
    expect,
    notes,
    ...(untilServerTimeout ? { timeoutMs: SERVER_CLOSE_TIMEOUT_MS + 5000 } : {}),
  };
}

/**
 * Close codes `ws` 8.23 accepts in a close frame (isValidStatusCode in ws/lib/validation.js):
 * any other code fails the connection on the client with 1002, and the client reports 1006.
 */
const wsValidCode = (code: number) =>
  (code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) ||
  (code >= 3000 && code <= 4999);

/**
 * Where the `ws` client reports something else than Chromium (the catalogue's `expect`):
 * found by running one cycle of every variant against the engine and reading what `ws` said,
 * then pinned here. Both are client differences, not engine behaviour.
 */
function wsDiffers(id: string, p: ParamValues): { expect: Partial<Expected>; why: string } | undefined {
  if (id === "close-raw" && !wsValidCode(Number(p.code)) && ![1005, 1006, 1015].includes(Number(p.code)))
    return {
      // Chromium hands 0, 999, 1004, 2999, 5000, 65535 to the page unchanged; ws rejects them.
      expect: { error: true, code: 1006, reason: "" },
      why: `ws rejects code ${p.code} (error "invalid status code", then 1006)`,
    };
  if (id === "violation" && p.kind === "non-minimal-length")
    return {
      // ws reads a 16-bit length for a 2-byte payload as a message; the browsers fail on it.
      // The server then waits for an answer that never comes and drops TCP (its close timeout).
      expect: { error: false, code: 1006, reason: "", messages: 1 },
      why: "ws accepts a non-minimal length (one message); the server drops TCP after its close timeout",
    };
  if (id === "violation" && p.kind === "deflate-garbage")
    return {
      // The soak's client offers no permessage-deflate, so the server's agreement is refused.
      expect: { open: false },
      why: "ws offered no permessage-deflate and refuses the server's extension header",
    };
  if (id === "handshake-raw" && (p.kind === "no-upgrade" || p.kind === "no-connection"))
    return {
      // ws reports a 101 without Upgrade or Connection as an unexpected response.
      expect: { status: 101 },
      why: "ws treats a 101 without the header as an unexpected response (status 101)",
    };
  if (id === "close-then-data")
    return {
      // ws stops reading after a close frame, so the data frame after it is never parsed;
      // Chromium parses it and fails the connection (error + 1006).
      expect: { error: false, code: 1000, reason: "c" },
      why: 'ws ignores data after the close frame (1000 "c", no error)',
    };
  return undefined;
}

/** The message of the 'error' event `ws` 8.23 emits where an error is expected (measured). */
function wsErrorMessage(id: string, p: ParamValues): RegExp | undefined {
  const exact = (m: string) => new RegExp(`^${m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  const frame = (m: string) => exact(`Invalid WebSocket frame: ${m}`);
  switch (id) {
    case "close-raw":
      return wsValidCode(Number(p.code)) ? undefined : frame(`invalid status code ${p.code}`);
    case "malformed-close":
      return frame(
        p.kind === "invalid-utf8"
          ? "invalid UTF-8 sequence"
          : `invalid payload length ${p.kind === "one-byte" ? 1 : 126}`,
      );
    case "violation":
      if (p.kind === "length-top-bit") return exact("Unsupported WebSocket frame: payload length > 2^53 - 1");
      if (p.kind === "deflate-garbage")
        return exact("Server sent a Sec-WebSocket-Extensions header but no extension was requested");
      if (p.kind === "non-minimal-length") return undefined;
      return frame(
        (
          {
            masked: "MASK must be clear",
            rsv1: "RSV1 must be clear",
            rsv2: "RSV2 and RSV3 must be clear",
            rsv3: "RSV2 and RSV3 must be clear",
            opcode: "invalid opcode 3",
            "fragmented-ping": "FIN must be set",
            "fragmented-close": "FIN must be set",
            "long-ping": "invalid payload length 126",
            "orphan-continuation": "invalid opcode 0",
            interleaved: "invalid opcode 1",
          } as Record<string, string>
        )[String(p.kind)] ?? "invalid UTF-8 sequence",
      );
    case "handshake-raw":
      return exact(
        {
          fin: "socket hang up",
          rst: "read ECONNRESET",
          "no-upgrade": "Unexpected server response: 101",
          "no-connection": "Unexpected server response: 101",
          auth: "Unexpected server response: 401",
          "bad-extension-param":
            "Server sent a Sec-WebSocket-Extensions header but no extension was requested",
        }[String(p.kind)] ?? "",
      );
    case "handshake-status":
      return exact(`Unexpected server response: ${p.status}`);
    case "handshake-accept":
      return exact("Invalid Sec-WebSocket-Accept header");
    case "handshake-protocol":
      return exact(p.answer === "none" ? "Server sent no subprotocol" : "Server sent an invalid subprotocol");
    case "handshake-extension":
      return exact("Server sent a Sec-WebSocket-Extensions header but no extension was requested");
    case "handshake-hang":
      return exact("socket hang up");
  }
  return undefined;
}

/** Every scenario id of the catalogue, to prove none is left out. */
export const scenarioIds = () => scenarios.map((s) => s.id);

/** Why `o` is not what `e` says, or undefined when it is. */
export function mismatch(e: Expected, o: Observed): string | undefined {
  const bad: string[] = [];
  if (o.timedOut) bad.push("timed out");
  if (o.open !== e.open) bad.push(`open ${o.open}, expected ${e.open}`);
  if (o.status !== e.status) bad.push(`HTTP status ${o.status ?? "none"}, expected ${e.status ?? "none"}`);
  const errOk =
    e.error === false
      ? o.error === undefined
      : e.error === true
        ? o.error !== undefined
        : e.error.test(o.error ?? "");
  if (!errOk) bad.push(`error ${JSON.stringify(o.error ?? null)}, expected ${e.error}`);
  if (o.code !== e.code || o.reason !== e.reason)
    bad.push(`close ${o.code} ${JSON.stringify(o.reason)}, expected ${e.code} ${JSON.stringify(e.reason)}`);
  if (o.messages !== e.messages) bad.push(`${o.messages} messages, expected ${e.messages}`);
  return bad.length ? bad.join("; ") : undefined;
}
