import { getCode, rangeOf } from "@/lib/close-codes/lookup";
import type { Localized } from "@/lib/close-codes/schema";
import type { ParamSpec, ParamValues } from "./params";

/**
 * The scenario catalogue: one typed table that the scenario server (server/), the tester page,
 * the JSON API (/api/scenarios.json) and the browser-truth tests all read. Each scenario says
 * what it teaches, which code page it illustrates, and what a browser reports for given
 * parameters — the expectation the e2e suite checks in a real Chromium.
 */
export type Expectation = { open: boolean; error: boolean; code: number; reason: string; wasClean: boolean };

/**
 * What the server sees from Chromium (measured, shared/reference/chromium-behaviour.md): the
 * close frame the browser sends back (code null = empty body), or the HTTP status it answered.
 */
export type ServerExpectation = { close?: { code: number | null; reason?: string }; status?: number };

/** What the page does after `open` for the expectation to hold (e.g. the client-close family). */
export type PageAction = { closeAfterMs: number; code?: number; reason?: string };

export type ScenarioGroup =
  "server-close" | "malformed" | "tcp" | "handshake" | "violation" | "echo" | "client-close";

export type Scenario = {
  id: string;
  group: ScenarioGroup;
  title: Localized;
  teaches: Localized;
  /** The code page this scenario demonstrates. */
  illustrates: number;
  params: readonly ParamSpec[];
  /** Subprotocols the page must request for the expectation to hold. */
  protocols?: (p: ParamValues) => string[];
  pageAction?: (p: ParamValues) => PageAction | undefined;
  expect: (p: ParamValues) => Expectation;
  expectServer?: (p: ParamValues) => ServerExpectation;
  /** Rules across parameters or from the registry; returns the 400 message when broken. */
  validate?: (p: ParamValues) => string | undefined;
  /** Roughly how long the scenario takes with these parameters, for test timeouts. */
  durationMs?: (p: ParamValues) => number;
};

/** Limits that bound what a URL can ask for (see also server/limits.ts). */
export const MAX_DELAY_MS = 60_000;
export const MAX_HOLD_S = 30;
export const MAX_IDLE_S = 600;

const FORBIDDEN = [1005, 1006, 1015];

/** The reason Chromium puts in its 1002 for each violation (chromium-behaviour.md). */
const VIOLATION_REASONS: Record<string, string> = {
  masked: "Masked frame from server",
  rsv1: "Invalid reserved bit",
  opcode: "Unknown opcode",
  "bad-utf8": "Invalid UTF-8 in text frame",
};
const failed: Expectation = { open: true, error: true, code: 1006, reason: "", wasClean: false };
const dropped: Expectation = { open: true, error: false, code: 1006, reason: "", wasClean: false };
const rejected: Expectation = { open: false, error: true, code: 1006, reason: "", wasClean: false };

const delay = (def: number): ParamSpec => ({
  name: "delay",
  kind: "int",
  min: 0,
  max: MAX_DELAY_MS,
  default: def,
  unit: "ms",
  doc: {
    en: "Wait this long after the handshake before acting.",
    ru: "Пауза после рукопожатия перед действием.",
  },
});
const reason = (def: string): ParamSpec => ({
  name: "reason",
  kind: "text",
  maxBytes: 123,
  default: def,
  doc: { en: "Close reason, at most 123 UTF-8 bytes.", ru: "Причина закрытия, не больше 123 байт UTF-8." },
});

/**
 * Codes a conforming endpoint may put in a close frame: registered codes allowed on the wire,
 * and the 3000–4999 ranges. The guard the `close` scenario enforces (HTTP 400 otherwise);
 * everything else goes through `close-raw`, which exists to send what must not be sent.
 */
export function validOnWire(code: number): boolean {
  const entry = getCode(code);
  if (entry) return entry.onWire === "allowed";
  return rangeOf(code).validOnWire;
}

function wireGuard(code: number, alternative?: string): string | undefined {
  if (validOnWire(code)) return undefined;
  const entry = getCode(code);
  const what = entry ? `${code} (${entry.ianaName})` : `${code} (${rangeOf(code).name.en})`;
  return `code: ${what} must not be sent in a close frame${alternative ? `; use /ws/${alternative} to send it anyway` : ""}`;
}

export const scenarios: readonly Scenario[] = [
  {
    id: "close",
    group: "server-close",
    title: { en: "Server closes with a code", ru: "Сервер закрывает с кодом" },
    teaches: {
      en: "A close frame from the server reaches CloseEvent as sent: code, reason, wasClean true.",
      ru: "Кадр закрытия от сервера доходит до CloseEvent как есть: код, причина, wasClean: true.",
    },
    illustrates: 1000,
    params: [
      {
        name: "code",
        kind: "int",
        min: 1000,
        max: 4999,
        default: 1000,
        doc: {
          en: "A code valid on the wire: 1000–1003, 1007–1014 or 3000–4999 (others: use close-raw).",
          ru: "Код, допустимый в кадре: 1000–1003, 1007–1014 или 3000–4999 (остальные — через close-raw).",
        },
      },
      reason("bye"),
      delay(0),
      {
        name: "after",
        kind: "int",
        min: 0,
        max: 100,
        default: 0,
        doc: {
          en: "Send this many text messages first.",
          ru: "Сначала отправить столько текстовых сообщений.",
        },
      },
    ],
    validate: (p) => wireGuard(Number(p.code), "close-raw"),
    expectServer: (p) => ({ close: { code: Number(p.code), reason: String(p.reason) } }),
    expect: (p) => ({
      open: true,
      error: false,
      code: Number(p.code),
      reason: String(p.reason),
      wasClean: true,
    }),
  },
  {
    id: "close-raw",
    group: "server-close",
    title: {
      en: "Server sends any code, even a forbidden one",
      ru: "Сервер отправляет любой код, даже запрещённый",
    },
    teaches: {
      en: "Chromium passes 0, 999, 1004, 5000 or 65535 to the page unchanged; only 1005, 1006 and 1015 fail the connection.",
      ru: "Chromium передаёт странице 0, 999, 1004, 5000 или 65535 без изменений; только 1005, 1006 и 1015 обрывают соединение.",
    },
    illustrates: 1006,
    params: [
      {
        name: "code",
        kind: "int",
        min: 0,
        max: 65535,
        default: 1006,
        doc: { en: "Any 16-bit code, written raw.", ru: "Любой 16-битный код, записанный напрямую." },
      },
      reason("raw"),
      delay(0),
    ],
    expect: (p) =>
      FORBIDDEN.includes(Number(p.code))
        ? failed
        : { open: true, error: false, code: Number(p.code), reason: String(p.reason), wasClean: true },
    expectServer: (p) =>
      FORBIDDEN.includes(Number(p.code))
        ? { close: { code: 1002 } }
        : { close: { code: Number(p.code), reason: String(p.reason) } },
  },
  {
    id: "empty-close",
    group: "server-close",
    title: { en: "Close frame with no code", ru: "Кадр закрытия без кода" },
    teaches: {
      en: "An empty close frame (88 00) is reported as 1005: the browser fills in the missing code.",
      ru: "Пустой кадр закрытия (88 00) превращается в 1005: браузер подставляет отсутствующий код.",
    },
    illustrates: 1005,
    params: [delay(0)],
    expect: () => ({ open: true, error: false, code: 1005, reason: "", wasClean: true }),
    expectServer: () => ({ close: { code: null } }),
  },
  {
    id: "malformed-close",
    group: "malformed",
    title: { en: "Malformed close frame", ru: "Испорченный кадр закрытия" },
    teaches: {
      en: "A 1-byte body, a reason that is not UTF-8 or longer than 123 bytes fails the connection: error, then 1006; the server gets 1002.",
      ru: "Тело из одного байта, причина не в UTF-8 или длиннее 123 байт обрывают соединение: error, затем 1006; сервер получает 1002.",
    },
    illustrates: 1002,
    expectServer: (p) => ({
      close: {
        code: 1002,
        reason:
          p.kind === "invalid-utf8"
            ? "Invalid UTF-8 in Close frame"
            : p.kind === "long-reason"
              ? "WebSocket Protocol Error"
              : undefined,
      },
    }),
    params: [
      {
        name: "kind",
        kind: "enum",
        values: ["one-byte", "invalid-utf8", "long-reason"],
        default: "one-byte",
        doc: { en: "Which rule the frame breaks.", ru: "Какое правило нарушает кадр." },
      },
      delay(0),
    ],
    expect: () => failed,
  },
  {
    id: "drop",
    group: "tcp",
    title: { en: "TCP lost without a close frame", ru: "TCP оборвался без кадра закрытия" },
    teaches: {
      en: "FIN, RST or half a frame then FIN after open: 1006, wasClean false, and no error event.",
      ru: "FIN, RST или половина кадра и FIN после открытия: 1006, wasClean: false и без события error.",
    },
    illustrates: 1006,
    params: [
      {
        name: "how",
        kind: "enum",
        values: ["fin", "rst", "half-frame"],
        default: "fin",
        doc: { en: "How the server ends TCP.", ru: "Как сервер завершает TCP." },
      },
      delay(100),
    ],
    expect: () => dropped,
  },
  {
    id: "close-then-rst",
    group: "tcp",
    title: { en: "Close frame, then RST", ru: "Кадр закрытия, затем RST" },
    teaches: {
      en: "A real code can come with wasClean false: the close frame arrived, the closing handshake did not finish.",
      ru: "Настоящий код может прийти с wasClean: false: кадр закрытия дошёл, а закрывающее рукопожатие не завершилось.",
    },
    illustrates: 1000,
    params: [
      {
        name: "gap",
        kind: "int",
        min: 20,
        // Chromium closes TCP itself 2 s after a server's close frame; an RST after that is moot.
        max: 1500,
        // 50 ms was enough on an idle machine; 1 s keeps it deterministic on a loaded one.
        default: 1000,
        unit: "ms",
        doc: { en: "Time between the close frame and the RST.", ru: "Время между кадром закрытия и RST." },
      },
      reason("then rst"),
    ],
    expect: (p) => ({ open: true, error: false, code: 1000, reason: String(p.reason), wasClean: false }),
  },
  {
    id: "close-then-data",
    group: "tcp",
    title: { en: "Close frame, then a data frame", ru: "Кадр закрытия, затем кадр данных" },
    teaches: {
      en: "Data after a close frame is fatal in Chromium: error and 1006, while the server saw a normal 1000 echo.",
      ru: "Данные после кадра закрытия для Chromium фатальны: error и 1006, хотя сервер получил обычный ответ 1000.",
    },
    illustrates: 1006,
    params: [delay(0)],
    expect: () => failed,
    expectServer: () => ({ close: { code: 1000, reason: "c" } }),
  },
  {
    id: "close-keep-tcp",
    group: "tcp",
    title: { en: "Close frame, TCP never closed", ru: "Кадр закрытия, TCP не закрывается" },
    teaches: {
      en: "Chromium closes TCP itself 2 s after the server's close frame; the close event waits for it.",
      ru: "Chromium сам закрывает TCP через 2 с после кадра закрытия сервера; событие close ждёт этого.",
    },
    illustrates: 1000,
    params: [reason("keep")],
    expect: (p) => ({ open: true, error: false, code: 1000, reason: String(p.reason), wasClean: true }),
    expectServer: (p) => ({ close: { code: 1000, reason: String(p.reason) } }),
    durationMs: () => 2500,
  },
  {
    id: "handshake-status",
    group: "handshake",
    title: { en: "HTTP status instead of 101", ru: "HTTP-статус вместо 101" },
    teaches: {
      en: "401, 403, 404, 429, 500, 503…: every non-101 answer looks the same to the page — error, then 1006.",
      ru: "401, 403, 404, 429, 500, 503…: любой ответ кроме 101 выглядит для страницы одинаково — error, затем 1006.",
    },
    illustrates: 1006,
    params: [
      {
        name: "status",
        kind: "int",
        min: 200,
        max: 599,
        default: 403,
        doc: { en: "The HTTP status to answer with.", ru: "HTTP-статус ответа." },
      },
    ],
    expect: () => rejected,
    expectServer: (p) => ({ status: Number(p.status) }),
  },
  {
    id: "handshake-accept",
    group: "handshake",
    title: { en: "Wrong Sec-WebSocket-Accept", ru: "Неверный Sec-WebSocket-Accept" },
    teaches: {
      en: "A 101 with a wrong or missing accept key is a failed handshake: error, then 1006.",
      ru: "Ответ 101 с неверным или отсутствующим ключом — неудачное рукопожатие: error, затем 1006.",
    },
    illustrates: 1006,
    params: [
      {
        name: "kind",
        kind: "enum",
        values: ["wrong", "missing"],
        default: "wrong",
        doc: { en: "Wrong value or no header.", ru: "Неверное значение или нет заголовка." },
      },
    ],
    expect: () => rejected,
  },
  {
    id: "handshake-protocol",
    group: "handshake",
    title: { en: "Subprotocol mismatch", ru: "Несовпадение подпротокола" },
    teaches: {
      en: "The page asks for chat or superchat; the server picks another one or none: error, then 1006.",
      ru: "Страница просит chat или superchat, сервер выбирает другой или никакой: error, затем 1006.",
    },
    illustrates: 1006,
    params: [
      {
        name: "answer",
        kind: "enum",
        values: ["other", "none"],
        default: "other",
        doc: { en: "What the server answers.", ru: "Что отвечает сервер." },
      },
    ],
    protocols: () => ["chat", "superchat"],
    expect: () => rejected,
  },
  {
    id: "handshake-extension",
    group: "handshake",
    title: { en: "Unsupported extension", ru: "Неподдерживаемое расширение" },
    teaches: {
      en: "A server that negotiates an extension the browser did not offer fails the handshake.",
      ru: "Сервер, согласовавший расширение, которое браузер не предлагал, срывает рукопожатие.",
    },
    illustrates: 1010,
    params: [],
    expect: () => rejected,
  },
  {
    id: "handshake-hang",
    group: "handshake",
    title: { en: "No answer to the upgrade", ru: "Нет ответа на апгрейд" },
    teaches: {
      en: "The server reads the upgrade and answers nothing, then closes TCP: error, then 1006 (Chromium alone would wait 240 s).",
      ru: "Сервер читает запрос апгрейда и молчит, затем закрывает TCP: error, затем 1006 (сам Chromium ждал бы 240 с).",
    },
    illustrates: 1006,
    params: [
      {
        name: "hold",
        kind: "int",
        min: 1,
        max: MAX_HOLD_S,
        default: 3,
        unit: "s",
        doc: { en: "How long to hold the request.", ru: "Сколько держать запрос." },
      },
    ],
    expect: () => rejected,
    durationMs: (p) => Number(p.hold) * 1000,
  },
  {
    id: "violation",
    group: "violation",
    title: { en: "Protocol violation by the server", ru: "Нарушение протокола сервером" },
    teaches: {
      en: "A masked frame, a reserved bit, an unknown opcode or invalid UTF-8: the page sees error and 1006; only the server sees Chromium's 1002 and its reason.",
      ru: "Маскированный кадр, зарезервированный бит, неизвестный опкод или неверный UTF-8: страница видит error и 1006; 1002 с причиной от Chromium видит только сервер.",
    },
    illustrates: 1002,
    expectServer: (p) => ({ close: { code: 1002, reason: VIOLATION_REASONS[String(p.kind)] } }),
    params: [
      {
        name: "kind",
        kind: "enum",
        values: ["masked", "rsv1", "opcode", "bad-utf8"],
        default: "masked",
        doc: { en: "Which rule to break.", ru: "Какое правило нарушить." },
      },
      delay(0),
    ],
    expect: () => failed,
  },
  {
    id: "echo",
    group: "echo",
    title: { en: "Echo", ru: "Эхо" },
    teaches: {
      en: "Messages come back as sent; optional server pings show the browser's automatic pongs and round-trip times.",
      ru: "Сообщения возвращаются как есть; пинги сервера показывают автоматические понги браузера и время отклика.",
    },
    illustrates: 1000,
    params: [
      {
        name: "ping",
        kind: "int",
        min: 0,
        max: 60,
        default: 0,
        unit: "s",
        doc: { en: "Server ping interval (0: off).", ru: "Интервал пингов сервера (0 — выкл.)." },
      },
    ],
    // With pings on, stay long enough for two of them to be answered.
    pageAction: (p) => ({
      closeAfterMs: Number(p.ping) > 0 ? Number(p.ping) * 2000 + 300 : 300,
      code: 1000,
      reason: "done",
    }),
    expect: () => ({ open: true, error: false, code: 1000, reason: "done", wasClean: true }),
    expectServer: () => ({ close: { code: 1000, reason: "done" } }),
    durationMs: (p) => Number(p.ping) * 2000 + 500,
  },
  {
    id: "idle-proxy",
    group: "echo",
    title: { en: "Idle proxy timeout", ru: "Тайм-аут простоя на прокси" },
    teaches: {
      en: "Like nginx, an ALB or Cloudflare: after N s with no traffic either way, TCP is dropped silently — 1006, no error.",
      ru: "Как nginx, ALB или Cloudflare: после N с без трафика в обе стороны TCP молча рвётся — 1006, без error.",
    },
    illustrates: 1006,
    params: [
      {
        name: "idle",
        kind: "int",
        min: 1,
        max: MAX_IDLE_S,
        default: 3,
        unit: "s",
        doc: { en: "Idle time before the drop.", ru: "Время простоя до обрыва." },
      },
      {
        name: "ping",
        kind: "int",
        min: 0,
        max: 60,
        default: 0,
        unit: "s",
        doc: {
          en: "Server pings every N s (0: off); pings keep it alive.",
          ru: "Пинг сервера каждые N с (0 — выкл.); пинги продлевают жизнь.",
        },
      },
    ],
    expect: () => dropped,
    durationMs: (p) => Number(p.idle) * 1000,
  },
  {
    id: "client-close",
    group: "client-close",
    title: { en: "How the server answers the page's close", ru: "Как сервер отвечает на close() страницы" },
    teaches: {
      en: "The page's CloseEvent reflects the server's reply: the same code, a different one, FIN only (1006), or nothing (1006 after 60 s).",
      ru: "CloseEvent страницы отражает ответ сервера: тот же код, другой, только FIN (1006) или ничего (1006 через 60 с).",
    },
    illustrates: 1005,
    params: [
      {
        name: "reply",
        kind: "enum",
        values: ["same", "different", "fin", "never"],
        default: "same",
        doc: { en: "How the server answers.", ru: "Как отвечает сервер." },
      },
      {
        name: "code",
        kind: "int",
        min: 1000,
        max: 4999,
        default: 4001,
        doc: { en: "The code for reply=different.", ru: "Код для reply=different." },
      },
      reason("mine"),
    ],
    pageAction: () => ({ closeAfterMs: 100, code: 1000, reason: "bye" }),
    validate: (p) => (p.reply === "different" ? wireGuard(Number(p.code)) : undefined),
    expectServer: () => ({ close: { code: 1000, reason: "bye" } }),
    expect: (p) =>
      p.reply === "same"
        ? { open: true, error: false, code: 1000, reason: "bye", wasClean: true }
        : p.reply === "different"
          ? { open: true, error: false, code: Number(p.code), reason: String(p.reason), wasClean: true }
          : dropped,
    durationMs: (p) => (p.reply === "never" ? 61_000 : 500),
  },
];

export function getScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}

/** Defaults for every parameter, e.g. to build the catalogue's example URLs. */
export function defaultValues(s: Scenario): ParamValues {
  const v: ParamValues = {};
  for (const p of s.params) if (p.default !== undefined) v[p.name] = p.default;
  return v;
}
