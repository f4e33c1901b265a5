import { spec } from "./spec-links.ts";
import type { CloseCodeEntry } from "./types.ts";

/** A hand-written row: `sendableByPage` follows from rules.ts, `related` may be left out. */
export type CodeRow = Omit<CloseCodeEntry, "related" | "sendableByPage"> & { related?: number[] };

/**
 * Every registered close code the site has a page for: RFC 6455 §7.4.1 plus the later IANA
 * registrations (1012–1014, 3000, 3003, 3008). Facts are checked against
 * shared/reference/close-codes.md and chromium-behaviour.md; tests/registry.test.ts re-derives
 * the rule-based columns (sendable, on the wire) from the RFC/WHATWG rules.
 */
export const closeCodeRows: readonly CodeRow[] = [
  {
    code: 1000,
    ianaName: "Normal Closure",
    name: { en: "Normal Closure", ru: "Нормальное закрытие" },
    meaning: {
      en: "The connection did what it was opened for and was closed on purpose.",
      ru: "Соединение выполнило свою задачу и было закрыто намеренно.",
    },
    onWire: "allowed",
    producers: ["peer"],
    reconnect: "no",
    spec: [spec.rfcCodes, spec.iana],
    related: [1001, 1005, 1006],
  },
  {
    code: 1001,
    ianaName: "Going Away",
    name: { en: "Going Away", ru: "Уход (Going Away)" },
    meaning: {
      en: "An endpoint is leaving: a server shutting down, or a browser navigating away from the page.",
      ru: "Одна из сторон уходит: сервер останавливается или браузер уходит со страницы.",
    },
    onWire: "allowed",
    producers: ["peer", "browser"],
    reconnect: "backoff",
    spec: [spec.rfcCodes, spec.iana],
    related: [1000, 1005, 1006, 1012],
  },
  {
    code: 1002,
    ianaName: "Protocol error",
    name: { en: "Protocol Error", ru: "Ошибка протокола" },
    meaning: {
      en: "An endpoint received frames that break the WebSocket protocol and is terminating.",
      ru: "Одна из сторон получила кадры, нарушающие протокол WebSocket, и разрывает соединение.",
    },
    onWire: "allowed",
    producers: ["peer", "browser", "library"],
    reconnect: "after-fix",
    spec: [spec.rfcCodes, spec.iana],
    related: [1006, 1007, 1003],
  },
  {
    code: 1003,
    ianaName: "Unsupported Data",
    name: { en: "Unsupported Data", ru: "Неподдерживаемые данные" },
    meaning: {
      en: "An endpoint got a kind of data it cannot accept, such as binary on a text-only endpoint.",
      ru: "Сторона получила данные того типа, который не принимает, например двоичные вместо текста.",
    },
    onWire: "allowed",
    producers: ["peer"],
    reconnect: "after-fix",
    spec: [spec.rfcCodes, spec.iana],
    related: [1007, 1009, 1008],
  },
  {
    code: 1004,
    ianaName: "Reserved",
    name: { en: "Reserved", ru: "Зарезервирован" },
    meaning: {
      en: "Reserved with no meaning defined; an endpoint must not send it.",
      ru: "Зарезервирован, значение не определено; отправлять его нельзя.",
    },
    onWire: "reserved",
    producers: ["peer"],
    reconnect: "after-fix",
    spec: [spec.rfcCodes, spec.iana],
    related: [1005, 1006, 1015],
  },
  {
    code: 1005,
    ianaName: "No Status Rcvd",
    name: { en: "No Status Received", ru: "Код не получен" },
    meaning: {
      en: "The close frame carried no status code, so the receiver reports 1005 in its place.",
      ru: "В кадре закрытия не было кода, и получатель подставляет 1005 вместо него.",
    },
    onWire: "forbidden",
    producers: ["browser", "library"],
    reconnect: "backoff",
    spec: [spec.rfcCodes, spec.rfcCloseCode, spec.iana],
    related: [1000, 1006, 1011],
  },
  {
    code: 1006,
    ianaName: "Abnormal Closure",
    name: { en: "Abnormal Closure", ru: "Аварийное закрытие" },
    meaning: {
      en: "The connection ended without a close frame; the browser made this code up to say so.",
      ru: "Соединение оборвалось без кадра закрытия; этот код придумал сам браузер, чтобы сообщить об этом.",
    },
    onWire: "forbidden",
    producers: ["browser", "library", "proxy"],
    reconnect: "backoff",
    spec: [spec.rfcCodes, spec.rfcCloseCode, spec.whatwgFeedback, spec.iana],
    related: [1000, 1001, 1005, 1011, 1015, 3008],
  },
  {
    code: 1007,
    ianaName: "Invalid frame payload data",
    name: { en: "Invalid Frame Payload Data", ru: "Недопустимые данные в кадре" },
    meaning: {
      en: "A message's data did not match its type, for example a text message that is not valid UTF-8.",
      ru: "Данные сообщения не соответствуют его типу, например текст не в корректной UTF-8.",
    },
    onWire: "allowed",
    producers: ["peer", "library"],
    reconnect: "after-fix",
    spec: [spec.rfcCodes, spec.iana],
    related: [1002, 1003],
  },
  {
    code: 1008,
    ianaName: "Policy Violation",
    name: { en: "Policy Violation", ru: "Нарушение политики" },
    meaning: {
      en: "A message broke the endpoint's policy; the generic code when no better one fits or details are hidden.",
      ru: "Сообщение нарушило правила стороны; общий код, когда точнее не подходит или детали скрыты.",
    },
    onWire: "allowed",
    producers: ["peer", "library"],
    // The server names a policy the client broke: reconnecting unchanged breaks it again.
    reconnect: "after-fix",
    spec: [spec.rfcCodes, spec.iana],
    related: [1003, 1009, 1011, 3000, 3003],
  },
  {
    code: 1009,
    ianaName: "Message Too Big",
    name: { en: "Message Too Big", ru: "Слишком большое сообщение" },
    meaning: {
      en: "A message was larger than the endpoint is willing to process.",
      ru: "Сообщение оказалось больше, чем сторона готова обработать.",
    },
    onWire: "allowed",
    producers: ["peer", "library", "proxy"],
    reconnect: "after-fix",
    spec: [spec.rfcCodes, spec.iana],
    related: [1008, 1003],
  },
  {
    code: 1010,
    ianaName: "Mandatory Ext.",
    name: { en: "Mandatory Extension", ru: "Требуется расширение" },
    meaning: {
      en: "The client expected the server to negotiate an extension, and the server did not.",
      ru: "Клиент ждал, что сервер согласует расширение, а сервер этого не сделал.",
    },
    onWire: "allowed",
    producers: ["peer"],
    reconnect: "after-fix",
    spec: [spec.rfcCodes, spec.iana],
    related: [1001, 1002],
  },
  {
    code: 1011,
    ianaName: "Internal Error",
    name: { en: "Internal Error", ru: "Внутренняя ошибка" },
    meaning: {
      en: "The server hit an unexpected condition that stopped it from handling the connection.",
      ru: "Сервер столкнулся с непредвиденной ситуацией и не может продолжать работу с соединением.",
    },
    onWire: "allowed",
    producers: ["peer"],
    reconnect: "backoff",
    spec: [spec.rfcCodes, spec.iana],
    related: [1006, 1012, 1013, 1014, 1008],
  },
  {
    code: 1012,
    ianaName: "Service Restart",
    name: { en: "Service Restart", ru: "Перезапуск сервиса" },
    meaning: {
      en: "The server is restarting; a client should reconnect after a short, randomised delay.",
      ru: "Сервер перезапускается; клиенту стоит переподключиться после короткой случайной паузы.",
    },
    onWire: "allowed",
    producers: ["peer"],
    reconnect: "later",
    spec: [spec.hybi1012, spec.iana],
    related: [1001, 1011, 1013],
  },
  {
    code: 1013,
    ianaName: "Try Again Later",
    name: { en: "Try Again Later", ru: "Повторите позже" },
    meaning: {
      en: "A temporary condition such as overload; the client should back off and try again later.",
      ru: "Временная проблема, например перегрузка; клиенту стоит подождать и попробовать позже.",
    },
    onWire: "allowed",
    producers: ["peer"],
    reconnect: "later",
    spec: [spec.hybi1012, spec.iana],
    related: [1012, 1011, 1008],
  },
  {
    code: 1014,
    // IANA's record for 1014 has a description and no name (websocket.xml, registered
    // 2016-10-10); "Bad Gateway" is the nickname the registration message used, shown as ours.
    ianaName: null,
    ianaDescription:
      "The server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to 502 HTTP Status Code.",
    name: { en: "Bad Gateway", ru: "Ошибка шлюза" },
    meaning: {
      en: "A gateway or proxy got an invalid response from the server behind it, like HTTP 502.",
      ru: "Шлюз или прокси получил некорректный ответ от сервера за ним, как HTTP 502.",
    },
    onWire: "allowed",
    producers: ["proxy"],
    reconnect: "backoff",
    spec: [spec.hybi1014, spec.iana],
    related: [1011, 1006],
  },
  {
    code: 1015,
    ianaName: "TLS handshake",
    name: { en: "TLS Handshake Failure", ru: "Сбой TLS-рукопожатия" },
    meaning: {
      en: "The TLS handshake failed. A local code that must never be sent: Firefox reports it for a failed TLS handshake, Chromium and WebKitGTK report 1006.",
      ru: "TLS-рукопожатие не удалось. Локальный код, который нельзя передавать: Firefox сообщает его при сбое TLS, Chromium и WebKitGTK — 1006.",
    },
    onWire: "forbidden",
    producers: ["library"],
    reconnect: "after-fix",
    spec: [spec.rfcCodes, spec.whatwgFeedback, spec.iana],
    related: [1006],
  },
  {
    code: 3000,
    ianaName: "Unauthorized",
    name: { en: "Unauthorized", ru: "Не авторизован" },
    meaning: {
      en: "Registered with IANA as “Unauthorized”; used like HTTP 401: credentials missing or expired.",
      ru: "Зарегистрирован в IANA как «Unauthorized»; используется как HTTP 401: нет учётных данных или они истекли.",
    },
    onWire: "allowed",
    producers: ["peer"],
    // The WebSocket counterpart of HTTP 401: get fresh credentials, then reconnect.
    reconnect: "reauth",
    spec: [spec.iana, spec.rfcRanges],
    registered: "2021-09-06",
    related: [3003, 1008],
  },
  {
    code: 3003,
    ianaName: "Forbidden",
    name: { en: "Forbidden", ru: "Запрещено" },
    meaning: {
      en: "Registered with IANA as “Forbidden”; used like HTTP 403: the client is known but not allowed.",
      ru: "Зарегистрирован в IANA как «Forbidden»; используется как HTTP 403: клиент известен, но доступа нет.",
    },
    onWire: "allowed",
    producers: ["peer"],
    reconnect: "no",
    spec: [spec.iana, spec.rfcRanges],
    registered: "2023-02-22",
    related: [3000, 1008],
  },
  {
    code: 3008,
    ianaName: "Timeout",
    name: { en: "Timeout", ru: "Тайм-аут" },
    meaning: {
      en: "Registered with IANA as “Timeout”; used like HTTP 408: something took too long.",
      ru: "Зарегистрирован в IANA как «Timeout»; используется как HTTP 408: что-то длилось слишком долго.",
    },
    onWire: "allowed",
    producers: ["peer"],
    reconnect: "backoff",
    spec: [spec.iana, spec.rfcRanges],
    registered: "2024-02-01",
    related: [1006, 1011, 3000],
  },
];
