import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseCode } from "../codes/parse.ts";
import { MAX_REASON_BYTES } from "../codes/rules.ts";
import type { Locale } from "../codes/types.ts";
import { ENGINE_IDS, ENGINE_NAMES } from "../engines/ids.ts";
import { MEASURED } from "../engines/measured.ts";
import { ProbeError, runProbe, type ProbeOptions } from "../probe/index.ts";
import type { ProbeEvent, Transcript } from "../probe/transcript.ts";
import { predict, predictConnectFailure, type ConnectFailure } from "../verdict/predict.ts";
import { HANDSHAKE_PROBLEM_TEXT, PROBLEM_TEXT } from "../verdict/problems.ts";
import type { EngineVerdict, Verdict } from "../verdict/types.ts";
import { EXIT } from "./exit-codes.ts";
import { HELP } from "./help.ts";
import { resolveLang } from "./explain-command.ts";
import { makeStyle, safe, type Style } from "./style.ts";

const W = {
  en: {
    usage: "usage: closecodes probe <ws:// or wss:// URL> [options] (see closecodes probe --help)",
    verdict: (d: string) => `What each browser engine would report (rules measured ${d})`,
    still: "still open: no CloseEvent yet",
    errorThen: "error, then close",
    close: "close",
    notOpened: "never opened",
    closesAt: (s: string) => `(at ${s} s)`,
    closesUnknown: "(after a time not yet measured)",
    timing: (traffic: string, open: string) =>
      `TCP ended ${traffic} s after the last traffic (${open} s after open).`,
    matches: "Matches a known default limit:",
    noMatch: "No known proxy or platform default matches that timing.",
    expectOk: (c: number) => `every measured engine would report ${c}, as expected`,
    expectBad: (c: number, got: string) => `expected ${c}; the engines would report ${got}`,
    timeout: (what: string, s: number) => `no ${what} within ${s} s`,
    waiting: {
      connect: "connection",
      response: "answer to the upgrade",
      close: "close",
      "server-close-reply": "answer to the close frame",
      "tcp-end": "end of TCP",
    } as Record<string, string>,
    ended: {
      "server-fin": "server ended TCP (FIN)",
      "server-rst": "server reset TCP (RST)",
      client: "the probe ended TCP",
      timeout: "the probe gave up",
    },
  },
  ru: {
    usage: "использование: closecodes probe <URL ws:// или wss://> [параметры] (см. closecodes probe --help)",
    verdict: (d: string) => `Что сообщил бы каждый браузерный движок (правила измерены ${d})`,
    still: "ещё открыт: CloseEvent пока нет",
    errorThen: "error, затем close",
    close: "close",
    notOpened: "не открылся",
    closesAt: (s: string) => `(через ${s} с)`,
    closesUnknown: "(через время, которое ещё не измерено)",
    timing: (traffic: string, open: string) =>
      `TCP оборвался через ${traffic} с после последнего трафика (через ${open} с после открытия).`,
    matches: "Совпадает с известным лимитом по умолчанию:",
    noMatch: "Ни один известный лимит прокси или платформы не совпадает с этим временем.",
    expectOk: (c: number) => `каждый измеренный движок сообщил бы ${c}, как и ожидалось`,
    expectBad: (c: number, got: string) => `ожидался ${c}; движки сообщили бы ${got}`,
    timeout: (what: string, s: number) => `нет ответа (${what}) за ${s} с`,
    waiting: {
      connect: "соединение",
      response: "ответ на апгрейд",
      close: "закрытие",
      "server-close-reply": "ответ на кадр закрытия",
      "tcp-end": "конец TCP",
    } as Record<string, string>,
    ended: {
      "server-fin": "сервер закрыл TCP (FIN)",
      "server-rst": "сервер сбросил TCP (RST)",
      client: "проба закрыла TCP",
      timeout: "проба перестала ждать",
    },
  },
} as const;

type Words = (typeof W)[Locale];

/** Splits `--close [CODE [REASON]]` out of argv: parseArgs has no option with optional values. */
function takeClose(argv: string[]): { rest: string[]; close?: { code: string | null; reason: string } } {
  const i = argv.indexOf("--close");
  if (i === -1) return { rest: argv };
  const after = argv.slice(i + 1);
  const isValue = (s: string | undefined) => s !== undefined && !s.startsWith("--");
  let n = 0;
  let code: string | null = null;
  let reason = "";
  if (isValue(after[0]) && /^\d+$/.test(after[0]!)) {
    code = after[0]!;
    n = 1;
    if (isValue(after[1]) && !/^wss?:\/\//i.test(after[1]!)) {
      reason = after[1]!;
      n = 2;
    }
  }
  return { rest: [...argv.slice(0, i), ...argv.slice(i + 1 + n)], close: { code, reason } };
}

type Parsed =
  | { opts: ProbeOptions; lang: Locale; json: boolean; expect?: number }
  | { error: string; lang: Locale }
  | { help: Locale };

export function parseProbeArgs(argv: string[]): Parsed {
  const { rest, close } = takeClose(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        protocol: { type: "string", multiple: true },
        header: { type: "string", multiple: true },
        origin: { type: "string" },
        send: { type: "string", multiple: true },
        "send-hex": { type: "string", multiple: true },
        timeout: { type: "string" },
        ping: { type: "string" },
        insecure: { type: "boolean" },
        ca: { type: "string" },
        "no-deflate": { type: "boolean" },
        expect: { type: "string" },
        json: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    return { error: (err as Error).message, lang: "en" };
  }
  const { values: o, positionals } = parsed;
  const lang = resolveLang(o.lang);
  if (!lang) return { error: `unknown language “${o.lang}”: use en or ru`, lang: "en" };
  if (o.help) return { help: lang };
  if (positionals.length !== 1) return { error: W[lang].usage, lang };
  const url = positionals[0]!;

  const headers: Array<[string, string]> = [];
  for (const h of o.header ?? []) {
    const m = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):\s*(.*)$/.exec(h);
    if (!m) return { error: `--header “${h}”: expected 'Name: value'`, lang };
    headers.push([m[1]!, m[2]!]);
  }
  const send: ProbeOptions["send"] = (o.send ?? []).map((text) => ({ type: "text", text }));
  for (const hex of o["send-hex"] ?? []) {
    const clean = hex.replace(/[\s:]/g, "");
    if (!/^([0-9a-fA-F]{2})*$/.test(clean))
      return { error: `--send-hex “${hex}”: not an even number of hex digits`, lang };
    send.push({ type: "binary", data: Buffer.from(clean, "hex") });
  }
  const seconds = (name: string, v: string | undefined, def: number): number | string => {
    if (v === undefined) return def;
    const n = Number(v);
    return Number.isFinite(n) && n > 0 && n <= 3600
      ? n
      : `--${name} “${v}”: expected seconds, more than 0 and at most 3600`;
  };
  const timeout = seconds("timeout", o.timeout, 10);
  if (typeof timeout === "string") return { error: timeout, lang };
  const ping = seconds("ping", o.ping, 0);
  if (typeof ping === "string") return { error: ping, lang };

  let closeOpt: ProbeOptions["close"];
  if (close) {
    if (close.code === null) closeOpt = { code: null, reason: "" };
    else {
      const c = parseCode(close.code);
      if (!c.ok) return { error: `--close “${close.code}”: not a close code (0–65535)`, lang };
      if (Buffer.byteLength(close.reason) > MAX_REASON_BYTES)
        return {
          error: `--close reason is ${Buffer.byteLength(close.reason)} bytes: a close reason holds at most ${MAX_REASON_BYTES} UTF-8 bytes`,
          lang,
        };
      closeOpt = { code: c.code, reason: close.reason };
    }
  }
  let expect: number | undefined;
  if (o.expect !== undefined) {
    const c = parseCode(o.expect);
    if (!c.ok) return { error: `--expect “${o.expect}”: not a close code (0–65535)`, lang };
    expect = c.code;
  }
  let ca: Buffer | undefined;
  if (o.ca !== undefined) {
    try {
      ca = readFileSync(o.ca);
    } catch (err) {
      return {
        error: `--ca ${o.ca}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`,
        lang,
      };
    }
  }
  const opts: ProbeOptions = {
    url,
    protocols: o.protocol ?? [],
    headers,
    send,
    timeoutMs: timeout * 1000,
    insecure: o.insecure === true,
    offerDeflate: o["no-deflate"] !== true,
  };
  if (o.origin !== undefined) opts.origin = o.origin;
  if (closeOpt) opts.close = closeOpt;
  if (ca) opts.ca = ca;
  if (ping > 0) opts.pingIntervalMs = ping * 1000;
  return { opts, lang, json: o.json === true, ...(expect !== undefined ? { expect } : {}) };
}

/** `closecodes probe …`: runs the probe, prints events as they happen, then the verdict. */
export async function probeCommand(argv: string[]): Promise<number> {
  const p = parseProbeArgs(argv);
  if ("help" in p) {
    process.stdout.write(HELP[p.help]);
    return EXIT.ok;
  }
  if ("error" in p) {
    process.stderr.write(`closecodes probe: ${p.error}\n`);
    return EXIT.usage;
  }
  const s = makeStyle();
  const w = W[p.lang];
  const print = (e: ProbeEvent) => process.stdout.write(formatEvent(e, p.lang, s));
  let transcript: Transcript;
  try {
    transcript = await runProbe(p.opts, p.json ? undefined : print);
  } catch (err) {
    if (!(err instanceof ProbeError)) throw err;
    if (p.json)
      process.stdout.write(
        `${JSON.stringify({ error: { kind: err.kind, message: err.message }, verdict: err.kind === "url" ? undefined : { engines: predictConnectFailure(err.kind as ConnectFailure) } }, null, 2)}\n`,
      );
    process.stderr.write(`closecodes probe: ${err.message}\n`);
    return err.kind === "url" ? EXIT.usage : EXIT.connect;
  }
  const verdict = predict(transcript);
  if (p.json) process.stdout.write(`${JSON.stringify({ transcript, verdict }, null, 2)}\n`);
  else process.stdout.write(formatVerdict(verdict, transcript, p.lang, s));

  if (
    transcript.end.how === "timeout" &&
    (transcript.end.waitingFor === "connect" || transcript.end.waitingFor === "response")
  ) {
    process.stderr.write(
      `closecodes probe: ${w.timeout(w.waiting[transcript.end.waitingFor] ?? transcript.end.waitingFor, p.opts.timeoutMs / 1000)}\n`,
    );
    return EXIT.timeout;
  }
  if (p.expect !== undefined) {
    const got = ENGINE_IDS.map((e) => verdict.engines[e].page?.code);
    if (got.every((c) => c === p.expect)) {
      if (!p.json) process.stdout.write(`${s.green("✓")} ${w.expectOk(p.expect)}\n`);
      return EXIT.ok;
    }
    const list = ENGINE_IDS.map((e) => `${ENGINE_NAMES[e]} ${verdict.engines[e].page?.code ?? "—"}`).join(
      ", ",
    );
    process.stderr.write(`closecodes probe: ${w.expectBad(p.expect, list)}\n`);
    return EXIT.unexpected;
  }
  return EXIT.ok;
}

const ms = (t: number) => `${t.toFixed(1).padStart(8)} ms`;
const spacedHex = (hex: string) => hex.replace(/(..)(?!$)/g, "$1 ");
const OPCODES: Record<number, string> = {
  0: "cont",
  1: "text",
  2: "binary",
  8: "close",
  9: "ping",
  10: "pong",
};

/** One event as the lines the probe prints the moment it happens. */
export function formatEvent(e: ProbeEvent, lang: Locale, s: Style): string {
  const at = s.dim(ms(e.t));
  const pad = " ".repeat(13);
  switch (e.kind) {
    case "resolved":
      return `${at}  ${s.dim(`DNS → ${e.address}`)}\n`;
    case "connected":
      return `${at}  ${s.dim(`TCP connected${e.tls ? `, TLS ${e.tlsVersion ?? ""}${e.alpn ? ` (${e.alpn})` : ""}` : ""}`)}\n`;
    case "request":
      return e.head
        .trimEnd()
        .split("\r\n")
        .map((l, i) => (i === 0 ? `${at}  ${s.cyan("→")} ${safe(l)}` : `${pad}  ${s.dim(safe(l))}`))
        .join("\n")
        .concat("\n");
    case "response": {
      const ok = e.status === 101;
      const first = `${at}  ${s.cyan("←")} ${(ok ? s.green : s.red)(`HTTP ${e.status} ${safe(e.statusText)}`)}`;
      const hs = e.headers.map(([k, v]) => `${pad}  ${s.dim(`${safe(k)}: ${safe(v)}`)}`);
      const body = e.bodyStart
        ? [`${pad}  ${safe(e.bodyStart.slice(0, 512)).split("\n").join(`\n${pad}  `)}`]
        : [];
      return [first, ...hs, ...body].join("\n").concat("\n");
    }
    case "open":
      return `${at}  ${s.green("open")}  protocol "${safe(e.protocol)}"  extensions "${safe(e.extensions)}"\n`;
    case "frame": {
      const arrow = e.dir === "in" ? s.cyan("←") : s.cyan("→");
      const head = `${e.fin ? "FIN" : "fin=0"} rsv=${e.rsv.map((b) => (b ? 1 : 0)).join("")} op=${e.opcode}${OPCODES[e.opcode] ? ` ${OPCODES[e.opcode]}` : ""}${e.masked ? " masked" : ""} len=${e.length}`;
      let detail = "";
      if (e.close) {
        detail =
          e.close.code === null
            ? e.close.malformed
              ? "malformed body"
              : "no code"
            : `code ${e.close.code} "${safe(e.close.reason)}"${e.close.validUtf8 ? "" : " (not UTF-8)"}`;
      } else if (e.text !== undefined)
        detail = `"${safe(e.text.length > 80 ? `${e.text.slice(0, 80)}…` : e.text)}"`;
      const lines = [`${at}  ${arrow} ${s.bold(head)}  ${detail}`, `${pad}  ${s.dim(spacedHex(e.hex))}`];
      for (const pr of e.problems) {
        const t = PROBLEM_TEXT[pr];
        lines.push(`${pad}  ${s.red("✗")} ${s.red(pr)}: ${t[lang]} (${t.rfc})`);
      }
      return lines.join("\n").concat("\n");
    }
    case "message":
      return `${at}  ${e.dir === "in" ? "←" : "→"} ${e.type} message, ${e.length} bytes${e.compressed ? " (deflated)" : ""}${e.text !== undefined ? `: "${safe(e.text.length > 80 ? `${e.text.slice(0, 80)}…` : e.text)}"` : ""}\n`;
    case "rtt":
      return `${at}  ping round trip ${e.ms.toFixed(1)} ms\n`;
    case "tcp":
      return `${at}  ${s.yellow(`TCP ${e.how.toUpperCase()} from the ${e.who}`)}\n`;
    case "note":
      return `${at}  ${s.dim(safe(e.text))}\n`;
  }
}

function outcomeLine(v: EngineVerdict, w: Words, s: Style): string {
  const p = v.page;
  if (!p) return s.yellow(w.still);
  const racy = new Set(p.racy ?? []);
  const mark = (field: string, text: string) => (racy.has(field as never) ? `${text}?` : text);
  const what = p.error ? w.errorThen : w.close;
  const parts = [
    p.open ? "" : s.dim(`${w.notOpened}, `),
    what,
    "  ",
    s.bold(mark("code", `code ${p.code}`)),
    `  reason "${safe(p.reason)}"`,
    `  ${mark("wasClean", `wasClean ${p.wasClean}`)}`,
  ];
  if (v.closesAtMs === null) parts.push(`  ${s.dim(w.closesUnknown)}`);
  else if (v.closesAtMs !== undefined) parts.push(`  ${s.dim(w.closesAt((v.closesAtMs / 1000).toFixed(1)))}`);
  return parts.join("");
}

/** The closing block: how TCP ended, each engine's CloseEvent and why, the 1006 timing diagnosis. */
export function formatVerdict(v: Verdict, t: Transcript, lang: Locale, s: Style): string {
  const w = W[lang];
  const lines: string[] = [];
  const ended = w.ended[t.end.how];
  lines.push(
    `${s.dim(ms(t.end.t))}  ${s.yellow(ended)}${t.end.waitingFor ? s.dim(` (${w.waiting[t.end.waitingFor] ?? t.end.waitingFor})`) : ""}`,
  );
  for (const p of t.handshakeProblems)
    lines.push(`${" ".repeat(13)}  ${s.red("✗")} ${HANDSHAKE_PROBLEM_TEXT[p][lang]}`);
  lines.push("");
  lines.push(s.bold(w.verdict(MEASURED.measuredAt)));
  // "Chromium 156", "Firefox 153", "WebKitGTK 2.50": the major version, and the minor where the major alone says little.
  const short = (v: string) => {
    const [a = "", b] = v.split(".");
    return a.length === 1 && b !== undefined ? `${a}.${b}` : a;
  };
  const names = ENGINE_IDS.map(
    (e) => `${ENGINE_NAMES[e]} ${short(MEASURED.engines.find((x) => x.id === e)?.version ?? "")}`,
  );
  const width = Math.max(...names.map((n) => n.length));
  ENGINE_IDS.forEach((e, i) => {
    lines.push(`  ${names[i]!.padEnd(width)}  ${outcomeLine(v.engines[e], w, s)}`);
    lines.push(`  ${" ".repeat(width)}  ${s.dim(v.engines[e].why[lang])}`);
  });
  if (v.timing) {
    lines.push("");
    lines.push(
      w.timing((v.timing.sinceTrafficMs / 1000).toFixed(1), (v.timing.sinceOpenMs / 1000).toFixed(1)),
    );
    if (v.timing.matches.length) {
      lines.push(w.matches);
      for (const m of v.timing.matches) lines.push(`  ${m.component}: ${m.seconds} s ${m.kind}`);
    } else lines.push(s.dim(w.noMatch));
  }
  return `${lines.join("\n")}\n`;
}
