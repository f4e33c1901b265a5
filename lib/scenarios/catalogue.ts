import { getCode, rangeOf } from "closecodes/codes/lookup";
import {
  forbiddenOnWire,
  listText,
  MAX_REASON_BYTES,
  validOnWire,
  validOnWireText,
} from "closecodes/codes/rules";
import {
  answerTo,
  CLOSE_TIMEOUT_MS,
  OPEN_SETTLED_MS,
  passesToPage,
  EMPTY_CLOSE_ANSWER,
  ERROR_ON_CLOSE_TIMEOUT,
  ERROR_ON_RESET,
  FAILS_ON_DATA_AFTER_CLOSE,
  MALFORMED_CLOSE,
  RACY_CLEAN_ON_CLOSE_WITH_FIN,
  REJECTS_MISSING_PROTOCOL,
  UNCLEAN_ON_RST_AFTER_CLOSE,
  VIOLATION_KINDS,
  VIOLATIONS,
  violationOutcome,
  allEngines,
  byEngine,
  cleanClose,
  DROPPED,
  FAILED,
  REJECTED,
  type PerEngine,
} from "closecodes/engines";
import type { Localized } from "closecodes/codes";
import type { PageOutcome, ServerOutcome } from "closecodes/engines";
import type { IntSpec, ParamSpec, ParamValues, TextSpec, ValuesOf } from "./params";

/**
 * The scenario catalogue: one typed table that the scenario server (server/), the tester page,
 * the JSON API (/api/scenarios.json) and the browser-truth tests all read. Each scenario says
 * what it teaches, which code page it illustrates, and — per engine — what the page reports and
 * what the server gets back for given parameters. Every per-engine expectation was measured
 * (`npm run truth` → lib/engines/measurements.json, checked by tests/measurements.test.ts) and is
 * proven in Chromium, Firefox and WebKitGTK by the e2e suite on every run.
 */
/** What the page reports, per engine (closecodes/engines: PageOutcome). */
export type Expectation = PageOutcome;

/** What the server sees from the browser (closecodes/engines: ServerOutcome). */
export type ServerExpectation = ServerOutcome;

/** What the page does after `open` for the expectation to hold (e.g. the client-close family). */
export type PageAction = { closeAfterMs: number; code?: number; reason?: string };

export type ScenarioGroup =
  "server-close" | "malformed" | "tcp" | "handshake" | "violation" | "echo" | "client-close";

/**
 * Every scenario id, in catalogue order: the one list the catalogue, the scenario server's
 * behaviours (a Record over it, so a missing or extra behaviour fails to compile), the tester
 * and the JSON API key on.
 */
export const SCENARIO_IDS = [
  "close",
  "close-raw",
  "empty-close",
  "malformed-close",
  "drop",
  "close-then-rst",
  "close-then-data",
  "close-keep-tcp",
  "handshake-status",
  "handshake-accept",
  "handshake-protocol",
  "handshake-extension",
  "handshake-hang",
  "violation",
  "handshake-raw",
  "close-then-fin",
  "close-with-messages",
  "echo",
  "idle-proxy",
  "client-close",
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

/**
 * One scenario, its rules typed by its own parameters (ValuesOf: `p.code` is a number, `p.kind`
 * a union). Method syntax on purpose: a scenario with typed parameters is also a `Scenario`,
 * whose rules take values as parsed from any URL.
 */
export type ScenarioOf<Id extends ScenarioId, S extends readonly ParamSpec[]> = {
  id: Id;
  group: ScenarioGroup;
  title: Localized;
  teaches: Localized;
  /** The code page this scenario demonstrates. */
  illustrates: number;
  params: S;
  /** Subprotocols the page must request for the expectation to hold. */
  protocols?(p: ValuesOf<S>): string[];
  pageAction?(p: ValuesOf<S>): PageAction | undefined;
  expect(p: ValuesOf<S>): PerEngine<Expectation>;
  expectServer?(p: ValuesOf<S>): PerEngine<ServerExpectation>;
  /** Rules across parameters or from the registry; returns the 400 message when broken. */
  validate?(p: ValuesOf<S>): string | undefined;
  /** Roughly how long the scenario takes with these parameters in the slowest engine, for test timeouts. */
  durationMs?(p: ValuesOf<S>): number;
};

/** Any scenario, as the server, the tester and the API see it: values as parsed from a URL. */
export type Scenario = ScenarioOf<ScenarioId, readonly ParamSpec[]>;

/** Infers a scenario's id and parameter names, kinds and enum values literally. */
function defineScenario<const Id extends ScenarioId, const S extends readonly ParamSpec[]>(
  s: ScenarioOf<Id, S>,
): ScenarioOf<Id, S> {
  return s;
}

/** Limits that bound what a URL can ask for (see also server/limits.ts). */
export const MAX_DELAY_MS = 60_000;
export const MAX_HOLD_S = 30;
export const MAX_IDLE_S = 600;

/**
 * How long the server waits, by default, for the browser's answer before it drops TCP (the
 * default of WS_CLOSE_TIMEOUT_S in server/limits.ts): a Firefox page that ignores a masked frame
 * sees 1006 when it runs out.
 */
export const SERVER_CLOSE_TIMEOUT_MS = 10_000;

const failed = FAILED;
const dropped = DROPPED;
const rejected = REJECTED;
const clean = cleanClose;

/**
 * A server's close frame with `code` and `reason`, per engine: the page sees it where the engine
 * accepts the code, else error + 1006; the server gets the engine's answer (engine-rules.ts).
 */
const pageSeesSent = (code: number, reason: string) =>
  byEngine((e) => (passesToPage(e, code) ? clean(code, reason) : failed));
const serverGetsAnswer = (code: number, reason: string) =>
  byEngine((e): ServerExpectation => ({ close: answerTo(e, code, reason) }));

/**
 * Firefox may skip `open` for a connection that ends within OPEN_SETTLED_MS of the 101
 * (engines/rules.ts). The scenarios that end the connection default to that delay, so their
 * default variants are deterministic in every engine; below it `open` is timing-dependent.
 */
const settled = (e: Expectation, p: { delay: number }): Expectation =>
  p.delay >= OPEN_SETTLED_MS ? e : withRacy({ ...e, open: p.delay > 0 }, "open");
const withRacy = (e: Expectation, field: NonNullable<Expectation["racy"]>[number]): Expectation => ({
  ...e,
  racy: [...(e.racy ?? []), field],
});

const delay = (def: number): IntSpec<"delay"> => ({
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
const reason = (def: string): TextSpec<"reason"> => ({
  name: "reason",
  kind: "text",
  maxBytes: MAX_REASON_BYTES,
  default: def,
  doc: {
    en: `Close reason, at most ${MAX_REASON_BYTES} UTF-8 bytes.`,
    ru: `Причина закрытия, не больше ${MAX_REASON_BYTES} байт UTF-8.`,
  },
});

function wireGuard(code: number, alternative?: string): string | undefined {
  if (validOnWire(code)) return undefined;
  const entry = getCode(code);
  const what = entry ? `${code} (${entry.ianaName ?? entry.name.en})` : `${code} (${rangeOf(code).name.en})`;
  return `code: ${what} must not be sent in a close frame${alternative ? `; use /ws/${alternative} to send it anyway` : ""}`;
}

/** The scenarios with their own parameter types (ParamsOf reads them). */
const definitions = [
  defineScenario({
    id: "close",
    group: "server-close",
    title: { en: "Server closes with a code", ru: "Сервер закрывает с кодом" },
    teaches: {
      en: "A close frame from the server reaches CloseEvent as sent: code, reason, wasClean true — except that WebKitGTK fails the connection on 1012, 1013 and 1014.",
      ru: "Кадр закрытия от сервера доходит до CloseEvent как есть: код, причина, wasClean: true — только WebKitGTK обрывает соединение на 1012, 1013 и 1014.",
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
          en: `A code valid on the wire: ${validOnWireText("en")} (others: use close-raw).`,
          ru: `Код, допустимый в кадре: ${validOnWireText("ru")} (остальные — через close-raw).`,
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
    validate: (p) => wireGuard(p.code, "close-raw"),
    // WebKitGTK fails the connection on 1012–1014 even though they are valid: close-raw shows it.
    expectServer: (p) => serverGetsAnswer(p.code, p.reason),
    expect: (p) => pageSeesSent(p.code, p.reason),
  }),
  defineScenario({
    id: "close-raw",
    group: "server-close",
    title: {
      en: "Server sends any code, even a forbidden one",
      ru: "Сервер отправляет любой код, даже запрещённый",
    },
    teaches: {
      en: `Engines disagree on codes that must not be on the wire: Chromium fails the connection only on ${listText(forbiddenOnWire(), "en")}, Firefox passes every code on, WebKitGTK accepts only the codes it knows.`,
      ru: `Движки расходятся в кодах, которым не место в кадре: Chromium обрывает соединение только на ${listText(forbiddenOnWire(), "ru")}, Firefox пропускает любой код, WebKitGTK принимает только известные ему коды.`,
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
    expect: (p) => pageSeesSent(p.code, p.reason),
    expectServer: (p) => serverGetsAnswer(p.code, p.reason),
  }),
  defineScenario({
    id: "empty-close",
    group: "server-close",
    title: { en: "Close frame with no code", ru: "Кадр закрытия без кода" },
    teaches: {
      en: "An empty close frame (88 00) is reported as 1005: the browser fills in the missing code. WebKitGTK answers it with 1000, the others with an empty frame.",
      ru: "Пустой кадр закрытия (88 00) превращается в 1005: браузер подставляет отсутствующий код. WebKitGTK отвечает на него кодом 1000, остальные — пустым кадром.",
    },
    illustrates: 1005,
    params: [delay(0)],
    expect: () => allEngines(clean(1005, "")),
    expectServer: () => byEngine((e) => ({ close: { code: EMPTY_CLOSE_ANSWER[e], reason: "" } })),
  }),
  defineScenario({
    id: "malformed-close",
    group: "malformed",
    title: { en: "Malformed close frame", ru: "Испорченный кадр закрытия" },
    teaches: {
      en: `A 1-byte body, a reason that is not UTF-8 or longer than ${MAX_REASON_BYTES} bytes: error, then 1006 — except that Firefox reads a 1-byte body as no code at all (1005). Chromium and WebKitGTK tell the server 1002; Firefox only ends TCP.`,
      ru: `Тело из одного байта, причина не в UTF-8 или длиннее ${MAX_REASON_BYTES} байт: error, затем 1006 — только Firefox считает тело из одного байта отсутствием кода (1005). Chromium и WebKitGTK сообщают серверу 1002, Firefox просто закрывает TCP.`,
    },
    illustrates: 1002,
    // A reason over MAX_REASON_BYTES makes the frame longer than a control frame may be: the same
    // rule as a 126-byte ping.
    expectServer: (p) =>
      byEngine((e) => ({
        close:
          p.kind === "long-reason"
            ? violationOutcome(e, "long-ping").answer
            : MALFORMED_CLOSE[p.kind][e].answer,
      })),
    params: [
      {
        name: "kind",
        kind: "enum",
        values: ["one-byte", "invalid-utf8", "long-reason"],
        default: "one-byte",
        doc: { en: "Which rule the frame breaks.", ru: "Какое правило нарушает кадр." },
      },
      delay(OPEN_SETTLED_MS),
    ],
    expect: (p) =>
      byEngine((e) => {
        const page = p.kind === "long-reason" ? "fails" : MALFORMED_CLOSE[p.kind][e].page;
        if (page === 1005) return clean(1005, "");
        return e === "firefox" ? settled(failed, p) : failed;
      }),
  }),
  defineScenario({
    id: "drop",
    group: "tcp",
    title: { en: "TCP lost without a close frame", ru: "TCP оборвался без кадра закрытия" },
    teaches: {
      en: "FIN (a half-close: the server still reads), RST or half a frame then FIN after open: 1006, wasClean false. Only an RST makes Firefox and WebKitGTK fire error first.",
      ru: "FIN (полузакрытие: сервер продолжает читать), RST или половина кадра и FIN после открытия: 1006, wasClean: false. Только RST заставляет Firefox и WebKitGTK сначала вызвать error.",
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
      delay(OPEN_SETTLED_MS),
    ],
    expect: (p) =>
      byEngine((e) => {
        const ended = p.how === "rst" && ERROR_ON_RESET[e] ? failed : dropped;
        return e === "firefox" ? settled(ended, p) : ended;
      }),
    durationMs: (p) => p.delay,
  }),
  defineScenario({
    id: "close-then-rst",
    group: "tcp",
    title: { en: "Close frame, then RST", ru: "Кадр закрытия, затем RST" },
    teaches: {
      en: "In Chromium a real code can come with wasClean false: the close frame arrived, the closing handshake did not finish. Firefox and WebKitGTK fire close as soon as the frame arrives: wasClean true.",
      ru: "В Chromium настоящий код может прийти с wasClean: false: кадр закрытия дошёл, а закрывающее рукопожатие не завершилось. Firefox и WebKitGTK вызывают close сразу по приходе кадра: wasClean: true.",
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
    expect: (p) => byEngine((e) => ({ ...clean(1000, p.reason), wasClean: !UNCLEAN_ON_RST_AFTER_CLOSE[e] })),
  }),
  defineScenario({
    id: "close-then-data",
    group: "tcp",
    title: { en: "Close frame, then a data frame", ru: "Кадр закрытия, затем кадр данных" },
    teaches: {
      en: "Data after a close frame is fatal in Chromium: error and 1006, while the server saw a normal 1000 echo. Firefox and WebKitGTK ignore the late frame and report the 1000.",
      ru: "Данные после кадра закрытия для Chromium фатальны: error и 1006, хотя сервер получил обычный ответ 1000. Firefox и WebKitGTK не замечают запоздавший кадр и сообщают 1000.",
    },
    illustrates: 1006,
    params: [delay(0)],
    expect: () => byEngine((e) => (FAILS_ON_DATA_AFTER_CLOSE[e] ? failed : clean(1000, "c"))),
    expectServer: () => allEngines({ close: { code: 1000, reason: "c" } }),
  }),
  defineScenario({
    id: "close-keep-tcp",
    group: "tcp",
    title: { en: "Close frame, TCP never closed", ru: "Кадр закрытия, TCP не закрывается" },
    teaches: {
      en: "Chromium closes TCP itself 2 s after the server's close frame and fires close only then; Firefox and WebKitGTK fire close at once.",
      ru: "Chromium сам закрывает TCP через 2 с после кадра закрытия сервера и только тогда вызывает close; Firefox и WebKitGTK вызывают close сразу.",
    },
    illustrates: 1000,
    params: [reason("keep")],
    expect: (p) => allEngines(clean(1000, p.reason)),
    expectServer: (p) => allEngines({ close: { code: 1000, reason: p.reason } }),
    durationMs: () => 2500,
  }),
  defineScenario({
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
    expect: () => allEngines(rejected),
    expectServer: (p) => allEngines({ status: p.status }),
  }),
  defineScenario({
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
    expect: () => allEngines(rejected),
  }),
  defineScenario({
    id: "handshake-protocol",
    group: "handshake",
    title: { en: "Subprotocol mismatch", ru: "Несовпадение подпротокола" },
    teaches: {
      en: 'The page asks for chat or superchat. A server that picks another one fails the handshake everywhere; one that picks none fails it only in Chromium — Firefox and WebKitGTK open with protocol "".',
      ru: 'Страница просит chat или superchat. Если сервер выбирает другой, рукопожатие срывается везде; если никакой — только в Chromium: Firefox и WebKitGTK открывают сокет с protocol "".',
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
    // Answered with no protocol, Firefox and WebKitGTK open; the server drops TCP after 5 s.
    expect: (p) =>
      byEngine((e) => (p.answer === "none" && !REJECTS_MISSING_PROTOCOL[e] ? dropped : rejected)),
    durationMs: (p) => (p.answer === "none" ? 5000 : 0),
  }),
  defineScenario({
    id: "handshake-extension",
    group: "handshake",
    title: { en: "Unsupported extension", ru: "Неподдерживаемое расширение" },
    teaches: {
      en: "A server that negotiates an extension the browser did not offer fails the handshake: error, then 1006. (1010 is the opposite case, a client missing an extension it requires, and browsers never send it.)",
      ru: "Сервер, согласовавший расширение, которое браузер не предлагал, срывает рукопожатие: error, затем 1006. (1010 — обратный случай: клиенту не хватает нужного ему расширения, и браузеры его никогда не отправляют.)",
    },
    // The page sees 1006 here, so that is the code this scenario shows (not 1010).
    illustrates: 1006,
    params: [],
    expect: () => allEngines(rejected),
  }),
  defineScenario({
    id: "handshake-hang",
    group: "handshake",
    title: { en: "No answer to the upgrade", ru: "Нет ответа на апгрейд" },
    teaches: {
      en: "The server reads the upgrade and answers nothing, then closes TCP: error, then 1006 (left alone, Chromium would wait 240 s and Firefox 20 s).",
      ru: "Сервер читает запрос апгрейда и молчит, затем закрывает TCP: error, затем 1006 (без этого Chromium ждал бы 240 с, а Firefox — 20 с).",
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
    expect: () => allEngines(rejected),
    durationMs: (p) => p.hold * 1000,
  }),
  defineScenario({
    id: "violation",
    group: "violation",
    title: { en: "Protocol violation by the server", ru: "Нарушение протокола сервером" },
    teaches: {
      en: "Fifteen ways a server frame can break RFC 6455 (masking, reserved bits, opcodes, UTF-8, control frames, lengths, fragments, deflate): the page sees error and 1006 (Firefox accepts a masked frame). Only the server learns why: Chromium sends 1002 with a reason, WebKitGTK 1002 or 1007 without one, Firefox no close frame at all.",
      ru: "Пятнадцать способов, которыми кадр сервера нарушает RFC 6455 (маскирование, зарезервированные биты, опкоды, UTF-8, управляющие кадры, длины, фрагменты, deflate): страница видит error и 1006 (маскированный кадр Firefox принимает). Причину узнаёт только сервер: Chromium отправляет 1002 с причиной, WebKitGTK — 1002 или 1007 без неё, Firefox — вообще никакого кадра закрытия.",
    },
    illustrates: 1002,
    // An engine that accepts the frame sends nothing about it: no claim there.
    expectServer: (p) =>
      byEngine((e) => {
        const o = violationOutcome(e, p.kind);
        return o.fails ? { close: o.answer } : {};
      }),
    params: [
      {
        name: "kind",
        kind: "enum",
        values: VIOLATION_KINDS,
        default: "masked",
        doc: { en: "Which rule to break.", ru: "Какое правило нарушить." },
      },
      delay(OPEN_SETTLED_MS),
    ],
    expect: (p) =>
      byEngine((e) => {
        if (!violationOutcome(e, p.kind).fails) return dropped;
        return e === "firefox" ? settled(failed, p) : failed;
      }),
    // An engine that accepts the frame waits for the server, which gives up after its close timeout.
    durationMs: (p) =>
      Object.values(VIOLATIONS[p.kind]).includes("accepts") ? SERVER_CLOSE_TIMEOUT_MS + 500 : 0,
  }),
  defineScenario({
    id: "handshake-raw",
    group: "handshake",
    title: { en: "An answer that is not a proper 101", ru: "Ответ, который не является настоящим 101" },
    teaches: {
      en: "FIN or RST instead of any HTTP answer, a 101 without Upgrade or Connection, a 401 asking for credentials, an extension parameter the browser cannot accept: the page sees the same error and 1006 as for a 403.",
      ru: "FIN или RST вместо HTTP-ответа, 101 без Upgrade или Connection, 401 с запросом учётных данных, параметр расширения, который браузер не примет: страница видит те же error и 1006, что и при 403.",
    },
    illustrates: 1006,
    params: [
      {
        name: "kind",
        kind: "enum",
        values: ["fin", "rst", "no-upgrade", "no-connection", "auth", "bad-extension-param"],
        default: "fin",
        doc: { en: "What the server answers instead.", ru: "Что сервер отвечает вместо 101." },
      },
    ],
    expect: () => allEngines(rejected),
    expectServer: (p) => (p.kind === "auth" ? allEngines({ status: 401 }) : allEngines({})),
  }),
  defineScenario({
    id: "close-then-fin",
    group: "tcp",
    title: { en: "Close frame and FIN at once", ru: "Кадр закрытия и FIN сразу" },
    teaches: {
      en: "The server writes its close frame and ends TCP in the same write, without waiting for the answer: Chromium and WebKitGTK still report a clean close; Firefox reports the code with wasClean false most of the time, and true now and then (a race).",
      ru: "Сервер отправляет кадр закрытия и закрывает TCP одной записью, не дожидаясь ответа: Chromium и WebKitGTK всё равно сообщают о чистом закрытии; Firefox обычно сообщает тот же код с wasClean: false, а иногда с true (гонка).",
    },
    illustrates: 1000,
    params: [reason("fin"), delay(OPEN_SETTLED_MS)],
    // Firefox races the FIN: usually wasClean false (TCP ended before its answer went out), now
    // and then true — measured both ways, so wasClean is timing-dependent there.
    expect: (p) =>
      byEngine((e) =>
        RACY_CLEAN_ON_CLOSE_WITH_FIN[e]
          ? withRacy(settled({ ...clean(1000, p.reason), wasClean: false }, p), "wasClean")
          : clean(1000, p.reason),
      ),
  }),
  defineScenario({
    id: "close-with-messages",
    group: "server-close",
    title: { en: "Messages and a close in one write", ru: "Сообщения и закрытие одной записью" },
    teaches: {
      en: "Text messages and the close frame arrive in the same TCP segment: the close still reaches the page as sent, where the engine accepts its code.",
      ru: "Текстовые сообщения и кадр закрытия приходят в одном TCP-сегменте: закрытие всё равно доходит до страницы как есть, если движок принимает его код.",
    },
    illustrates: 1000,
    params: [
      {
        name: "count",
        kind: "int",
        min: 1,
        max: 100,
        default: 3,
        doc: { en: "How many messages precede the close.", ru: "Сколько сообщений перед закрытием." },
      },
      {
        name: "code",
        kind: "int",
        min: 1000,
        max: 4999,
        default: 1000,
        doc: { en: "The close code (valid on the wire).", ru: "Код закрытия (допустимый в кадре)." },
      },
      reason("after messages"),
      delay(0),
    ],
    validate: (p) => wireGuard(p.code),
    expect: (p) => pageSeesSent(p.code, p.reason),
    expectServer: (p) => serverGetsAnswer(p.code, p.reason),
  }),
  defineScenario({
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
      closeAfterMs: p.ping > 0 ? p.ping * 2000 + 300 : 300,
      code: 1000,
      reason: "done",
    }),
    expect: () => allEngines(clean(1000, "done")),
    expectServer: () => allEngines({ close: { code: 1000, reason: "done" } }),
    durationMs: (p) => p.ping * 2000 + 500,
  }),
  defineScenario({
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
    expect: () => allEngines(dropped),
    durationMs: (p) => p.idle * 1000,
  }),
  defineScenario({
    id: "client-close",
    group: "client-close",
    title: { en: "How the server answers the page's close", ru: "Как сервер отвечает на close() страницы" },
    teaches: {
      en: "The page's CloseEvent reflects the server's reply: the same code, a different one, FIN only (1006), or nothing — then each engine gives up on its own clock (Chromium 60 s, Firefox 20 s with an error event, WebKitGTK 5 s).",
      ru: "CloseEvent страницы отражает ответ сервера: тот же код, другой, только FIN (1006) или ничего — тогда каждый движок сдаётся по своим часам (Chromium через 60 с, Firefox через 20 с с событием error, WebKitGTK через 5 с).",
    },
    // By default the server echoes the page's close(1000, "bye"): the page sees 1000.
    illustrates: 1000,
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
    validate: (p) => (p.reply === "different" ? wireGuard(p.code) : undefined),
    expectServer: () => allEngines({ close: { code: 1000, reason: "bye" } }),
    expect: (p) =>
      byEngine((e) =>
        p.reply === "same"
          ? clean(1000, "bye")
          : p.reply === "different"
            ? passesToPage(e, p.code)
              ? clean(p.code, p.reason)
              : failed
            : p.reply === "never" && ERROR_ON_CLOSE_TIMEOUT[e]
              ? failed
              : dropped,
      ),
    durationMs: (p) => (p.reply === "never" ? CLOSE_TIMEOUT_MS.chromium + 1000 : 500),
  }),
] as const satisfies readonly Scenario[];

/** Every scenario, as code that takes parameters from a URL sees it. */
export const scenarios: readonly Scenario[] = definitions;

/** The parsed, typed parameters of one scenario (for the server's behaviours). */
export type ParamsOf<K extends ScenarioId> = ValuesOf<
  Extract<(typeof definitions)[number], { id: K }>["params"]
>;

export function getScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}

/** Defaults for every parameter, e.g. to build the catalogue's example URLs. */
export function defaultValues(s: Scenario): ParamValues {
  const v: ParamValues = {};
  for (const p of s.params) if (p.default !== undefined) v[p.name] = p.default;
  return v;
}
