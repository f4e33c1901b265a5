"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import {
  defaultValues,
  getScenario,
  scenarios,
  type Scenario,
  type ScenarioGroup,
} from "@/lib/scenarios/catalogue";
import { formatParams, parseParams, type ParamSpec } from "@/lib/scenarios/params";
import { checkCloseArgs } from "@/lib/tester/close-args";
import { checkFreeUrl } from "@/lib/tester/free-url";
import { detectEngine, type DetectedEngine } from "closecodes/engines";
import { decodeClose, type Observation } from "closecodes/decode";
import { backoffDelay, MAX_ATTEMPTS, retryPolicy } from "@/lib/tester/reconnect";
import type { WireReport } from "@/server/report";
import { CliHint } from "./cli-hint";
import { EventLog } from "./event-log";
import { ResultPanel } from "./result-panel";
import { Timeline } from "./timeline";
import {
  fill,
  type Attempt,
  type EngineInfo,
  type Lang,
  type LogEntry,
  type LogKind,
  type TesterMessages,
} from "./types";
import { WireReportView } from "./wire-report";

type Target =
  | { kind: "scenario"; id: string; values: Record<string, string> }
  | { kind: "url"; url: string; protocols: string };

const groups: ScenarioGroup[] = [
  "server-close",
  "malformed",
  "tcp",
  "handshake",
  "violation",
  "echo",
  "client-close",
];

function stringValues(s: Scenario): Record<string, string> {
  return Object.fromEntries(Object.entries(defaultValues(s)).map(([k, v]) => [k, String(v)]));
}

function randomSid(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Reads a permalink (?s=<scenario>&<params> or ?url=…&protocols=…) back into a target. */
function fromQuery(search: string): { target: Target; reconnect: boolean } | null {
  const q = new URLSearchParams(search);
  const reconnect = q.get("reconnect") === "1";
  const url = q.get("url");
  if (url !== null) return { target: { kind: "url", url, protocols: q.get("protocols") ?? "" }, reconnect };
  const s = getScenario(q.get("s") ?? "");
  if (!s) return null;
  const values = stringValues(s);
  for (const p of s.params) {
    const v = q.get(p.name);
    if (v !== null) values[p.name] = v;
  }
  return { target: { kind: "scenario", id: s.id, values }, reconnect };
}

function toQuery(target: Target, reconnect: boolean): string {
  const q = new URLSearchParams();
  if (target.kind === "url") {
    q.set("url", target.url);
    if (target.protocols) q.set("protocols", target.protocols);
  } else {
    q.set("s", target.id);
    const s = getScenario(target.id)!;
    for (const p of s.params) {
      const v = target.values[p.name];
      if (v !== undefined && v !== String(p.default ?? "")) q.set(p.name, v);
    }
  }
  if (reconnect) q.set("reconnect", "1");
  return q.toString();
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  const clean = hex.replace(/\s+/g, "");
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) return null;
  return new Uint8Array((clean.match(/../g) ?? []).map((b) => parseInt(b, 16)));
}

const noSubscribe = () => () => {};

let detected: DetectedEngine | undefined;
/** The page's engine, detected once (a stable object, as useSyncExternalStore needs). */
function clientEngine(): DetectedEngine {
  return (detected ??= detectEngine(navigator.userAgent));
}

const preview = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

export function Tester({
  lang,
  m,
  limits,
  engines,
}: {
  lang: Lang;
  m: TesterMessages;
  limits: { perIp: number; lifetimeS: number; messageKiB: number };
  engines: EngineInfo[];
}) {
  const [target, setTarget] = useState<Target>({
    kind: "scenario",
    id: "close",
    values: stringValues(scenarios[0]!),
  });
  const [reconnect, setReconnect] = useState(false);
  // Only the client-close family needs the page's part to show its point; echo stays open.
  const [runPageAction, setRunPageAction] = useState(false);
  const [log, setLog] = useState<LogEntry[]>([]);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [status, setStatus] = useState<"idle" | "connecting" | "open" | "closing">("idle");
  const [formError, setFormError] = useState("");
  const [closeCode, setCloseCode] = useState("1000");
  const [closeReason, setCloseReason] = useState("");
  const [closeError, setCloseError] = useState("");
  const [sendMode, setSendMode] = useState<"text" | "binary">("text");
  const [message, setMessage] = useState("hello");
  const [sendError, setSendError] = useState("");
  const [copied, setCopied] = useState(false);
  const [now, setNow] = useState(0);

  const ws = useRef<WebSocket | null>(null);
  const start = useRef(0);
  const current = useRef<Attempt | null>(null);
  const obs = useRef<Partial<Observation>>({});
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const live = useRef<ReturnType<typeof setInterval> | null>(null);
  const stopped = useRef(false);
  // Socket handlers outlive the render that created them: read the live checkbox value.
  const reconnectRef = useRef(reconnect);
  useEffect(() => {
    reconnectRef.current = reconnect;
  }, [reconnect]);

  // Until hydration the forms cannot work: keep Connect disabled instead of letting the browser
  // submit the form as a plain GET.
  const ready = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  // The engine is known only in the browser (null on the server and during hydration).
  const engine = useSyncExternalStore(noSubscribe, clientEngine, () => null);

  useEffect(() => {
    const restored = fromQuery(window.location.search);
    if (restored) {
      // Restoring a permalink once, on mount: the URL is only readable in the browser.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setTarget(restored.target);
      setReconnect(restored.reconnect);
      setRunPageAction(restored.target.kind === "scenario" && restored.target.id === "client-close");
    }
  }, []);

  useEffect(() => {
    if (status === "idle") return;
    const id = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(id);
  }, [status]);

  const add = useCallback((kind: LogKind, text: string) => {
    const t = performance.now() - start.current;
    setLog((l) => [...l, { t, kind, text }]);
  }, []);

  const update = useCallback((patch: Partial<Attempt>) => {
    const a = current.current;
    if (!a) return;
    Object.assign(a, patch);
    setAttempts((list) => list.map((x) => (x.n === a.n ? { ...a } : x)));
  }, []);

  const scenario = target.kind === "scenario" ? getScenario(target.id) : undefined;

  /** Builds the socket URL, or says what is wrong with the form. */
  function resolve():
    | {
        url: string;
        protocols: string[];
        sid?: string;
        s?: Scenario;
        values?: Record<string, number | string>;
      }
    | { error: string } {
    if (target.kind === "url") {
      const r = checkFreeUrl(target.url, target.protocols);
      return r.ok ? { url: r.url, protocols: r.protocols } : { error: r.error };
    }
    const s = getScenario(target.id)!;
    const parsed = parseParams(s.params, new URLSearchParams(Object.entries(target.values)));
    if (!parsed.ok) return { error: parsed.error };
    const rule = s.validate?.(parsed.values);
    if (rule) return { error: rule };
    const sid = randomSid();
    const base = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/ws/${s.id}`;
    const query = formatParams(s.params, parsed.values);
    return {
      url: `${base}${query}${query ? "&" : "?"}sid=${sid}`,
      protocols: s.protocols?.(parsed.values) ?? [],
      sid,
      s,
      values: parsed.values,
    };
  }

  function connect(attemptNo = 1) {
    const r = resolve();
    if ("error" in r) {
      setFormError(r.error);
      return;
    }
    setFormError("");
    if (attemptNo === 1) {
      stopped.current = false;
      start.current = performance.now();
      setLog([]);
      setAttempts([]);
    }
    const t0 = performance.now();
    const attempt: Attempt = {
      n: attemptNo,
      url: r.url,
      sid: r.sid,
      scenarioId: r.s?.id,
      expected: r.s && r.values ? r.s.expect(r.values) : undefined,
      t0,
      messages: [],
    };
    current.current = attempt;
    setAttempts((l) => [...l, attempt]);
    obs.current = { opened: false, errorFired: false, tConnect: t0 };
    add(
      "connect",
      fill(m.events.connect, { url: r.protocols.length ? `${r.url}, [${r.protocols.join(", ")}]` : r.url }),
    );
    setStatus("connecting");

    let sock: WebSocket;
    try {
      sock = new WebSocket(r.url, r.protocols);
    } catch (e) {
      setFormError((e as Error).message);
      setStatus("idle");
      return;
    }
    sock.binaryType = "arraybuffer";
    ws.current = sock;
    const action = r.s && r.values && runPageAction ? r.s.pageAction?.(r.values) : undefined;

    sock.onopen = () => {
      const t = performance.now();
      obs.current.opened = true;
      obs.current.tOpen = t;
      update({ tOpen: t });
      setStatus("open");
      add("open", fill(m.events.open, { protocol: sock.protocol, extensions: sock.extensions }));
      // While open, refresh the server's view every 2 s so its pings, the browser's pongs and
      // the round-trip times show up live.
      if (r.sid) {
        const sid = r.sid;
        const attempt = current.current;
        live.current = setInterval(() => void pollReport(sid, attempt), 2000);
      }
      if (action)
        setTimeout(
          () => doClose(action.code === undefined ? "" : String(action.code), action.reason ?? ""),
          action.closeAfterMs,
        );
    };
    sock.onmessage = (e: MessageEvent) => {
      const t = performance.now();
      obs.current.tLastTraffic = t;
      current.current?.messages.push(t);
      update({});
      if (typeof e.data === "string") add("message", fill(m.events.message, { data: preview(e.data) }));
      else {
        const bytes = new Uint8Array(e.data as ArrayBuffer);
        const hex = Array.from(bytes.slice(0, 32), (b) => b.toString(16).padStart(2, "0")).join(" ");
        add(
          "message",
          fill(m.events.binary, { bytes: bytes.length, hex: bytes.length > 32 ? `${hex} …` : hex }),
        );
      }
    };
    sock.onerror = () => {
      obs.current.errorFired = true;
      update({ error: performance.now() });
      add("error", m.events.error);
    };
    sock.onclose = (e: CloseEvent) => {
      const t = performance.now();
      if (live.current) clearInterval(live.current);
      live.current = null;
      const o: Observation = {
        opened: obs.current.opened ?? false,
        errorFired: obs.current.errorFired ?? false,
        code: e.code,
        reason: e.reason,
        wasClean: e.wasClean,
        tConnect: t0,
        tOpen: obs.current.tOpen,
        tClose: t,
        tLastTraffic: obs.current.tLastTraffic,
        pageClose: obs.current.pageClose,
      };
      const detected = clientEngine();
      const decoded = decodeClose(o, detected.measured ? detected.id : undefined);
      update({ tClose: t, obs: o, decoded });
      add("close", fill(m.events.close, { code: e.code, reason: e.reason, wasClean: String(e.wasClean) }));
      ws.current = null;
      setStatus("idle");
      if (r.sid) void fetchReport(r.sid);
      scheduleReconnect(e.code, attemptNo);
    };
  }

  /** Reads the server's wire report for the attempt; returns whether it is complete. */
  async function pollReport(sid: string, attempt: Attempt | null): Promise<boolean> {
    try {
      const res = await fetch(`/ws-report/${sid}`, { cache: "no-store" });
      if (!res.ok) return false;
      const report = (await res.json()) as WireReport;
      if (attempt) {
        attempt.report = report;
        setAttempts((list) => list.map((x) => (x.n === attempt.n ? { ...attempt } : x)));
      }
      return report.done;
    } catch {
      // The report is a bonus: a failed fetch leaves the browser's view intact.
      return false;
    }
  }

  async function fetchReport(sid: string) {
    const attempt = current.current;
    for (let i = 0; i < 20; i++) {
      if (await pollReport(sid, attempt)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  function scheduleReconnect(code: number, attemptNo: number) {
    if (!reconnectRef.current || stopped.current) return;
    const policy = retryPolicy(code);
    if (policy === "stop") {
      add("noRetry", fill(m.events.noRetry, { code, policy: m.policies.stop }));
      return;
    }
    if (attemptNo >= MAX_ATTEMPTS) return;
    const delay = backoffDelay(policy, attemptNo - 1);
    add("reconnect", fill(m.events.reconnectIn, { ms: delay, n: attemptNo + 1, max: MAX_ATTEMPTS }));
    setStatus("connecting");
    retryTimer.current = setTimeout(() => connect(attemptNo + 1), delay);
  }

  function stop() {
    stopped.current = true;
    if (retryTimer.current) clearTimeout(retryTimer.current);
    retryTimer.current = null;
    if (ws.current && ws.current.readyState <= WebSocket.OPEN) doClose("1000", "tester stopped");
    else setStatus("idle");
  }

  function doClose(codeText: string, reason: string) {
    const sock = ws.current;
    const detected = clientEngine();
    const check = checkCloseArgs(codeText, reason, detected.measured ? detected.id : undefined);
    const args =
      codeText.trim() === ""
        ? reason
          ? `undefined, ${JSON.stringify(reason)}`
          : ""
        : reason
          ? `${codeText.trim()}, ${JSON.stringify(reason)}`
          : codeText.trim();
    if (!check.ok) {
      setCloseError(fill(m.closeErrors[check.error], { bytes: check.reasonBytes }));
      add("threw", fill(m.events.threw, { args, error: check.error }));
      return;
    }
    setCloseError("");
    if (!sock) return;
    obs.current.pageClose = {
      t: performance.now(),
      code: check.code,
      reason: check.code === undefined ? undefined : check.reason,
      whileConnecting: sock.readyState === WebSocket.CONNECTING,
    };
    add("pageClose", fill(m.events.pageClose, { args }));
    setStatus("closing");
    // A reason with no code is passed as the page would pass it: the engines that accept it
    // drop it on the wire (the wire report shows the empty frame).
    if (check.code === undefined) {
      if (check.reason) sock.close(undefined, check.reason);
      else sock.close();
    } else sock.close(check.code, check.reason);
  }

  function send() {
    const sock = ws.current;
    if (!sock || sock.readyState !== WebSocket.OPEN) return;
    if (sendMode === "text") {
      sock.send(message);
      add("sent", fill(m.events.sent, { data: preview(message) }));
    } else {
      const bytes = hexToBytes(message);
      if (!bytes) {
        setSendError(m.badHex);
        return;
      }
      sock.send(bytes);
      add("sent", fill(m.events.sentBinary, { bytes: bytes.length }));
    }
    setSendError("");
    obs.current.tLastTraffic = performance.now();
  }

  async function copyPermalink() {
    const url = `${window.location.origin}${window.location.pathname}?${toQuery(target, reconnect)}`;
    window.history.replaceState(null, "", url);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard refused (permissions): the address bar holds the permalink anyway.
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }

  function exportJson() {
    const data = {
      tool: "closecodes tester",
      exportedAt: new Date().toISOString(),
      userAgent: navigator.userAgent,
      target,
      log,
      attempts: attempts.map((a) => ({ ...a, t0: a.t0 - start.current })),
    };
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `websocket-session-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  const last = attempts.at(-1);
  const busy = status !== "idle";
  const input =
    "w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";
  const button =
    "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800";
  const primary =
    "rounded-md bg-emerald-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-emerald-800 disabled:opacity-50";
  const action =
    scenario && target.kind === "scenario"
      ? scenario.pageAction?.(parsedOrDefault(scenario, target.values))
      : undefined;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <div className="space-y-4">
        <fieldset className="space-y-3" disabled={busy}>
          <legend className="text-sm font-semibold">{m.scenarios}</legend>
          {groups.map((g) => (
            <div key={g}>
              <p className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
                {m.groups[g]}
              </p>
              <ul className="mt-1 space-y-1">
                {scenarios
                  .filter((s) => s.group === g)
                  .map((s) => (
                    <li key={s.id}>
                      <label className="flex cursor-pointer gap-2 text-sm">
                        <input
                          type="radio"
                          name="target"
                          value={s.id}
                          checked={target.kind === "scenario" && target.id === s.id}
                          onChange={() => {
                            setTarget({ kind: "scenario", id: s.id, values: stringValues(s) });
                            setRunPageAction(s.id === "client-close");
                          }}
                        />
                        <span>
                          {s.title[lang]}{" "}
                          <a
                            className="text-xs text-zinc-600 underline dark:text-zinc-400"
                            href={`/${lang}/codes/${s.illustrates}`}
                          >
                            {fill(m.illustrates, { code: s.illustrates })}
                          </a>
                        </span>
                      </label>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
              {m.ownUrl}
            </p>
            <label className="mt-1 flex cursor-pointer gap-2 text-sm">
              <input
                type="radio"
                name="target"
                value="url"
                checked={target.kind === "url"}
                onChange={() => setTarget({ kind: "url", url: "wss://", protocols: "" })}
              />
              <span>{m.urlLabel}</span>
            </label>
          </div>
        </fieldset>
      </div>

      <div className="min-w-0 space-y-4">
        <form
          className="space-y-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
          onSubmit={(e) => {
            e.preventDefault();
            if (busy) stop();
            else connect(1);
          }}
        >
          {target.kind === "url" ? (
            <>
              <label className="block text-sm font-medium">
                {m.urlLabel}
                <input
                  className={`${input} mt-1 font-mono`}
                  value={target.url}
                  onChange={(e) => setTarget({ ...target, url: e.target.value })}
                  disabled={busy}
                  aria-describedby="url-hint"
                />
              </label>
              <p id="url-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
                {m.urlHint}
              </p>
              <CliHint template={m.cliHint} url={target.url} />
              <label className="block text-sm font-medium">
                {m.protocolsLabel}
                <input
                  className={`${input} mt-1 font-mono`}
                  value={target.protocols}
                  onChange={(e) => setTarget({ ...target, protocols: e.target.value })}
                  disabled={busy}
                />
              </label>
            </>
          ) : scenario ? (
            <>
              <p className="text-sm font-semibold">{scenario.title[lang]}</p>
              <p className="text-sm text-zinc-700 dark:text-zinc-300">{scenario.teaches[lang]}</p>
              {scenario.params.length ? (
                <div className="grid gap-2 sm:grid-cols-2">
                  {scenario.params.map((p) => (
                    <ParamInput
                      key={p.name}
                      spec={p}
                      lang={lang}
                      value={target.values[p.name] ?? ""}
                      disabled={busy}
                      onChange={(v) => setTarget({ ...target, values: { ...target.values, [p.name]: v } })}
                    />
                  ))}
                </div>
              ) : null}
              <p className="font-mono text-xs text-zinc-600 dark:text-zinc-400" data-testid="scenario-url">
                /ws/{scenario.id}
                {formatParams(scenario.params, parsedOrDefault(scenario, target.values))}
              </p>
              {scenario.pageAction ? (
                <label className="flex gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={runPageAction}
                    onChange={(e) => setRunPageAction(e.target.checked)}
                    disabled={busy}
                  />
                  {action
                    ? fill(m.pageWill, {
                        code: action.code ?? "",
                        reason: action.reason ?? "",
                        ms: action.closeAfterMs,
                      })
                    : null}
                </label>
              ) : null}
            </>
          ) : null}
          <label className="flex gap-2 text-sm">
            <input type="checkbox" checked={reconnect} onChange={(e) => setReconnect(e.target.checked)} />
            {m.reconnect}
          </label>
          {formError ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400" data-testid="form-error">
              {formError}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={primary} disabled={!ready}>
              {busy ? m.disconnect : m.connect}
            </button>
            <button type="button" className={button} onClick={copyPermalink}>
              <span aria-live="polite">{copied ? m.permalinkCopied : m.permalink}</span>
            </button>
            <button type="button" className={button} onClick={exportJson} disabled={attempts.length === 0}>
              {m.export}
            </button>
          </div>
        </form>

        <div className="grid gap-3 sm:grid-cols-2">
          <form
            className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
            onSubmit={(e) => {
              e.preventDefault();
              send();
            }}
          >
            <fieldset className="flex gap-3 text-sm">
              <legend className="sr-only">{m.send}</legend>
              <label className="flex gap-1">
                <input
                  type="radio"
                  name="mode"
                  checked={sendMode === "text"}
                  onChange={() => setSendMode("text")}
                />
                {m.sendText}
              </label>
              <label className="flex gap-1">
                <input
                  type="radio"
                  name="mode"
                  checked={sendMode === "binary"}
                  onChange={() => setSendMode("binary")}
                />
                {m.sendBinary}
              </label>
            </fieldset>
            <label className="block text-sm font-medium">
              {m.messageLabel}
              <input
                className={`${input} mt-1 font-mono`}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
              />
            </label>
            {sendError ? <p className="text-sm text-red-700 dark:text-red-400">{sendError}</p> : null}
            <button type="submit" className={button} disabled={status !== "open"}>
              {m.send}
            </button>
          </form>
          <form
            className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
            onSubmit={(e) => {
              e.preventDefault();
              doClose(closeCode, closeReason);
            }}
          >
            <p className="text-sm font-semibold">{m.closeTitle}</p>
            <div className="grid grid-cols-[6rem_1fr] gap-2">
              <label className="block text-sm font-medium">
                {m.closeCode}
                <input
                  className={`${input} mt-1 font-mono`}
                  inputMode="numeric"
                  value={closeCode}
                  onChange={(e) => setCloseCode(e.target.value)}
                  aria-describedby="close-code-hint"
                />
              </label>
              <label className="block text-sm font-medium">
                {m.closeReason}
                <input
                  className={`${input} mt-1`}
                  value={closeReason}
                  onChange={(e) => setCloseReason(e.target.value)}
                  aria-describedby="close-reason-bytes"
                />
              </label>
            </div>
            <p id="close-code-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
              {m.closeCodeHint}{" "}
              <span id="close-reason-bytes">
                {fill(m.reasonBytes, { bytes: new TextEncoder().encode(closeReason).length })}
              </span>
            </p>
            {closeError ? (
              <p
                role="alert"
                className="text-sm text-amber-800 dark:text-amber-300"
                data-testid="close-error"
              >
                {closeError}
              </p>
            ) : null}
            <button type="submit" className={button} disabled={status !== "open" && status !== "connecting"}>
              {m.closeButton}
            </button>
          </form>
        </div>

        <EventLog entries={log} m={m} />
        <Timeline attempts={attempts} m={m} now={now || (last?.tClose ?? 0)} />
        <div className="grid gap-3">
          <ResultPanel
            lang={lang}
            m={m}
            obs={last?.obs}
            decoded={last?.decoded}
            expected={last?.expected}
            engine={engine}
            engines={engines}
          />
          <WireReportView report={last?.report} m={m} />
        </div>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {fill(m.limits, { perIp: limits.perIp, lifetime: limits.lifetimeS, message: limits.messageKiB })}
        </p>
      </div>
    </div>
  );
}

/** Values for display while the user types: fall back to defaults where a field does not parse. */
function parsedOrDefault(s: Scenario, values: Record<string, string>) {
  const out = defaultValues(s);
  for (const p of s.params) {
    const one = parseParams(
      [p],
      new URLSearchParams(values[p.name] !== undefined ? { [p.name]: values[p.name]! } : {}),
    );
    if (one.ok && one.values[p.name] !== undefined) out[p.name] = one.values[p.name]!;
  }
  return out;
}

function ParamInput({
  spec,
  lang,
  value,
  disabled,
  onChange,
}: {
  spec: ParamSpec;
  lang: Lang;
  value: string;
  disabled: boolean;
  onChange: (v: string) => void;
}) {
  const cls =
    "mt-1 w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-900";
  const id = `param-${spec.name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {spec.name}
        {spec.kind === "int" && spec.unit ? ` (${spec.unit})` : ""}
      </label>
      {spec.kind === "enum" ? (
        <select
          id={id}
          className={cls}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={`${id}-doc`}
        >
          {spec.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          className={cls}
          value={value}
          disabled={disabled}
          inputMode={spec.kind === "int" ? "numeric" : undefined}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={`${id}-doc`}
        />
      )}
      <p id={`${id}-doc`} className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
        {spec.doc[lang]}
        {spec.kind === "int" ? ` ${spec.min}–${spec.max}.` : ""}
      </p>
    </div>
  );
}
