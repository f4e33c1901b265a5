import { ENGINE_IDS, ENGINE_NAMES, byEngine, type EngineId, type PerEngine } from "../engines/ids.ts";
import {
  cleanClose,
  DROPPED,
  FAILED,
  REJECTED,
  type PageOutcome,
  type ServerOutcome,
} from "../engines/outcome.ts";
import {
  answerTo,
  CHROMIUM_TCP_CLOSE_AFTER_MS,
  CLOSE_TIMEOUT_MS,
  EMPTY_CLOSE_ANSWER,
  ERROR_ON_CLOSE_TIMEOUT,
  ERROR_ON_RESET,
  FAILS_ON_DATA_AFTER_CLOSE,
  HANDSHAKE_TIMEOUT_MS,
  MALFORMED_CLOSE,
  OPEN_SETTLED_MS,
  passesToPage,
  RACY_CLEAN_ON_CLOSE_WITH_FIN,
  REJECTS_MISSING_PROTOCOL,
  TLS_FAILURE_CODE,
  UNCLEAN_ON_RST_AFTER_CLOSE,
  VIOLATION_KINDS,
  violationOutcome,
  type ViolationKind,
} from "../engines/rules.ts";
import type { Localized } from "../codes/types.ts";
import { matchLimits } from "../facts/idle-timeouts.ts";
import type { FrameRecord, HandshakeProblem, Transcript } from "../probe/transcript.ts";
import { PROBLEM_TEXT } from "./problems.ts";
import type { EngineVerdict, Verdict } from "./types.ts";

/**
 * Replays a probe's transcript against each engine's measured rules (engines/rules.ts) and says
 * what that engine's page would put in its CloseEvent, what it would send the server, and why.
 * The rules are the ones the scenario catalogue states per scenario and the e2e suite proves in
 * real browsers; tests/probe-proof.test.ts checks that, for every catalogue scenario, this
 * verdict and the catalogue agree.
 */

const failed = FAILED;
const dropped = DROPPED;
const rejected = REJECTED;
const clean = cleanClose;

const v = (
  page: PageOutcome | null,
  server: ServerOutcome,
  why: Localized,
  closesAtMs?: number | null,
): EngineVerdict => (closesAtMs === undefined ? { page, server, why } : { page, server, why, closesAtMs });

/** Connection failures before any HTTP exchange (the probe throws these; a page sees them too). */
export type ConnectFailure = "dns" | "refused" | "tls" | "connect";

/** What each engine reports when the connection cannot even be made. */
export function predictConnectFailure(kind: ConnectFailure): PerEngine<EngineVerdict> {
  return byEngine((e) => {
    if (kind === "tls") {
      const code = TLS_FAILURE_CODE[e];
      return v(
        { ...rejected, code },
        {},
        {
          en: `The TLS handshake failed: ${ENGINE_NAMES[e]} fires error, then close with ${code}${code === 1015 ? " (the code RFC 6455 reserves for a TLS failure)" : ", like every other failure"}.`,
          ru: `TLS-рукопожатие не удалось: ${ENGINE_NAMES[e]} вызывает error, затем close с кодом ${code}${code === 1015 ? " (код, который RFC 6455 отводит под сбой TLS)" : ", как при любом другом сбое"}.`,
        },
      );
    }
    return v(
      rejected,
      {},
      {
        en: "No connection could be made (DNS, a refused port, no route): error, then 1006. The page cannot tell why.",
        ru: "Соединение не установилось (DNS, закрытый порт, нет маршрута): error, затем 1006. Страница не узнает причину.",
      },
    );
  });
}

const HANDSHAKE_WHY: Record<HandshakeProblem, Localized> = {
  "no-response": {
    en: "TCP ended before the server answered the upgrade: error, then 1006.",
    ru: "TCP закрылся до ответа сервера на апгрейд: error, затем 1006.",
  },
  timeout: {
    en: "The server never answered the upgrade.",
    ru: "Сервер так и не ответил на апгрейд.",
  },
  status: {
    en: "Any answer other than 101 fails the handshake: error, then 1006. The status never reaches the page.",
    ru: "Любой ответ кроме 101 срывает рукопожатие: error, затем 1006. Статус до страницы не доходит.",
  },
  "no-upgrade": {
    en: "A 101 without “Upgrade: websocket” fails the handshake: error, then 1006.",
    ru: "Ответ 101 без «Upgrade: websocket» срывает рукопожатие: error, затем 1006.",
  },
  "no-connection": {
    en: "A 101 without “Connection: Upgrade” fails the handshake: error, then 1006.",
    ru: "Ответ 101 без «Connection: Upgrade» срывает рукопожатие: error, затем 1006.",
  },
  "bad-accept": {
    en: "Sec-WebSocket-Accept is missing or does not match the key: error, then 1006.",
    ru: "Sec-WebSocket-Accept отсутствует или не соответствует ключу: error, затем 1006.",
  },
  "protocol-not-offered": {
    en: "The server picked a subprotocol the client did not offer: error, then 1006.",
    ru: "Сервер выбрал подпротокол, который клиент не предлагал: error, затем 1006.",
  },
  "protocol-missing": {
    en: "The client offered subprotocols and the server picked none: Chromium fails the handshake (error, then 1006).",
    ru: "Клиент предложил подпротоколы, а сервер не выбрал ни одного: Chromium срывает рукопожатие (error, затем 1006).",
  },
  "extension-not-offered": {
    en: "The server agreed to an extension the client did not offer: error, then 1006.",
    ru: "Сервер согласовал расширение, которое клиент не предлагал: error, затем 1006.",
  },
  "extension-bad-params": {
    en: "permessage-deflate came back with parameters RFC 7692 does not allow: error, then 1006.",
    ru: "permessage-deflate вернулся с параметрами, которых RFC 7692 не допускает: error, затем 1006.",
  },
};

function isViolation(p: string): p is ViolationKind {
  return (VIOLATION_KINDS as readonly string[]).includes(p);
}

/**
 * Firefox never fires `open` for a connection that ended before the page handled it: when a
 * failure or drop comes within OPEN_SETTLED_MS of the 101, whether `open` fired is a race.
 */
function settle(engine: EngineId, page: PageOutcome, gapMs: number): PageOutcome {
  if (engine !== "firefox" || gapMs >= OPEN_SETTLED_MS || (page.wasClean && !page.error)) return page;
  return { ...page, open: gapMs >= 50, racy: [...(page.racy ?? []), "open"] };
}

/** The page's own close frame, as the server would get it (code null: empty body). */
function clientCloseOutcome(t: Transcript): ServerOutcome {
  const c = t.clientClose!;
  return { close: { code: c.code, reason: c.reason } };
}

export function predict(t: Transcript): Verdict {
  const engines = byEngine((e) => predictEngine(e, t));
  const verdict: Verdict = { engines };
  const open = t.events.find((x) => x.kind === "open");
  // The 1006 timing diagnosis: a connection that opened and then lost TCP without a close frame.
  if (open && ENGINE_IDS.some((e) => engines[e].page?.code === 1006 && !engines[e].page?.error)) {
    let lastTraffic = open.t;
    for (const x of t.events) if (x.kind === "frame" || x.kind === "message") lastTraffic = x.t;
    verdict.timing = {
      sinceTrafficMs: Math.round(t.end.t - lastTraffic),
      sinceOpenMs: Math.round(t.end.t - open.t),
      matches: [...matchLimits(t.end.t - lastTraffic, "idle"), ...matchLimits(t.end.t - open.t, "lifetime")],
    };
  }
  return verdict;
}

function predictEngine(e: EngineId, t: Transcript): EngineVerdict {
  const name = ENGINE_NAMES[e];
  const response = t.events.find((x) => x.kind === "response");
  const status: ServerOutcome = response ? { status: response.status } : {};

  // 1. The handshake, checked as the browser checks it.
  for (const p of t.handshakeProblems) {
    if (p === "protocol-missing" && !REJECTS_MISSING_PROTOCOL[e]) continue;
    if (p === "timeout") {
      const limit = HANDSHAKE_TIMEOUT_MS[e];
      return v(
        rejected,
        {},
        {
          en: `The server never answered the upgrade. ${name} gives up ${limit === null ? "after a time not yet measured (over 30 s)" : `after ${limit / 1000} s`}: error, then 1006.`,
          ru: `Сервер так и не ответил на апгрейд. ${name} сдаётся ${limit === null ? "через время, которое ещё не измерено (больше 30 с)" : `через ${limit / 1000} с`}: error, затем 1006.`,
        },
        limit,
      );
    }
    return v(rejected, status, HANDSHAKE_WHY[p]);
  }
  const open = t.events.find((x) => x.kind === "open");
  if (!open) {
    // The probe stopped before an answer without naming a problem: a timeout while connecting.
    return v(rejected, {}, HANDSHAKE_WHY["no-response"]);
  }
  const opened = t.handshakeProblems.includes("protocol-missing")
    ? {
        en: `${name} opens even though the server picked none of the offered subprotocols (protocol is ""). `,
        ru: `${name} открывает сокет, хотя сервер не выбрал ни один из предложенных подпротоколов (protocol — ""). `,
      }
    : { en: "", ru: "" };
  const because = (w: Localized): Localized => ({ en: opened.en + w.en, ru: opened.ru + w.ru });

  // 2. The server's frames, in order, until its close frame.
  const inFrames = t.events.filter((x): x is FrameRecord => x.kind === "frame" && x.dir === "in");
  const serverClose = inFrames.find((f) => f.opcode === 0x8);
  for (const f of inFrames) {
    const violation = f.problems.find(isViolation);
    if (violation) {
      const o = violationOutcome(e, violation);
      if (o.fails) {
        const page = settle(e, failed, f.t - open.t);
        const server = t.clientClose ? clientCloseOutcome(t) : { close: o.answer };
        return v(page, server, because(violationWhy(e, violation, o.answer)));
      }
    }
    if (f === serverClose) break;
  }

  // 3. The server's close frame.
  if (serverClose) return afterServerClose(e, t, serverClose, open.t, because);

  // 4. No close frame from the server: how TCP ended.
  const server: ServerOutcome = t.clientClose ? clientCloseOutcome(t) : { close: null };
  if (t.clientClose && (t.end.how === "timeout" || t.end.how === "client")) {
    const at = t.clientClose.t + CLOSE_TIMEOUT_MS[e];
    const page = ERROR_ON_CLOSE_TIMEOUT[e] ? failed : dropped;
    return v(
      page,
      server,
      because({
        en: `The server never answered the close frame. ${name} waits ${CLOSE_TIMEOUT_MS[e] / 1000} s, then drops TCP and reports 1006${ERROR_ON_CLOSE_TIMEOUT[e] ? " after an error event" : ""}.`,
        ru: `Сервер так и не ответил на кадр закрытия. ${name} ждёт ${CLOSE_TIMEOUT_MS[e] / 1000} с, затем рвёт TCP и сообщает 1006${ERROR_ON_CLOSE_TIMEOUT[e] ? " после события error" : ""}.`,
      }),
      at,
    );
  }
  if (t.end.how === "server-rst") {
    const page = settle(e, ERROR_ON_RESET[e] ? failed : dropped, t.end.t - open.t);
    return v(
      page,
      server,
      because({
        en: `The server reset TCP without a close frame: 1006${ERROR_ON_RESET[e] ? `, and ${name} fires error first` : `; ${name} fires no error`}.`,
        ru: `Сервер сбросил TCP (RST) без кадра закрытия: 1006${ERROR_ON_RESET[e] ? `, и ${name} сначала вызывает error` : `; ${name} не вызывает error`}.`,
      }),
    );
  }
  if (t.end.how === "server-fin") {
    const page = settle(e, dropped, t.end.t - open.t);
    return v(
      page,
      server,
      because({
        en: "TCP ended (FIN) without a close frame: 1006, wasClean false, no error event.",
        ru: "TCP закрылся (FIN) без кадра закрытия: 1006, wasClean: false, без события error.",
      }),
    );
  }
  return v(
    null,
    server,
    because({
      en: "The connection was still open when the probe stopped: no CloseEvent yet.",
      ru: "Когда проба остановилась, соединение ещё было открыто: CloseEvent пока нет.",
    }),
  );
}

function violationWhy(
  e: EngineId,
  kind: ViolationKind,
  answer: { code: number | null; reason: string } | null,
): Localized {
  const name = ENGINE_NAMES[e];
  const w = PROBLEM_TEXT[kind];
  const told = answer
    ? {
        en: `tells the server ${answer.code}${answer.reason ? ` “${answer.reason}”` : ""}`,
        ru: `сообщает серверу ${answer.code}${answer.reason ? ` «${answer.reason}»` : ""}`,
      }
    : { en: "only ends TCP", ru: "просто закрывает TCP" };
  return {
    en: `The server broke RFC 6455 with ${w.en}: ${name} fails the connection — error, then 1006 — and ${told.en}.`,
    ru: `Сервер нарушил RFC 6455 (${w.ru}): ${name} обрывает соединение — error, затем 1006 — и ${told.ru}.`,
  };
}

function afterServerClose(
  e: EngineId,
  t: Transcript,
  f: FrameRecord,
  tOpen: number,
  because: (w: Localized) => Localized,
): EngineVerdict {
  const name = ENGINE_NAMES[e];
  const c = f.close!;
  const gap = f.t - tOpen;
  // What the engine sends back: its echo (or answer) to a server-initiated close; after the
  // page's own close() the server got that close already.
  const reply = (answer: { code: number | null; reason: string } | null): ServerOutcome =>
    t.clientClose ? clientCloseOutcome(t) : { close: answer };

  const malformed = f.problems.includes("close-one-byte")
    ? "one-byte"
    : f.problems.includes("close-invalid-utf8")
      ? "invalid-utf8"
      : null;
  if (malformed) {
    const rule = MALFORMED_CLOSE[malformed][e];
    const what =
      malformed === "one-byte"
        ? { en: "a close frame with a one-byte body", ru: "кадр закрытия с телом из одного байта" }
        : { en: "a close reason that is not UTF-8", ru: "причина закрытия не в UTF-8" };
    if (rule.page === 1005)
      return v(
        clean(1005, ""),
        reply(rule.answer),
        because({
          en: `The server sent ${what.en}: ${name} reads it as a close with no code and reports 1005, wasClean true.`,
          ru: `Сервер прислал ${what.ru}: ${name} считает это закрытием без кода и сообщает 1005, wasClean: true.`,
        }),
      );
    return v(
      settle(e, failed, gap),
      reply(rule.answer),
      because({
        en: `The server sent ${what.en}: ${name} fails the connection — error, then 1006.`,
        ru: `Сервер прислал ${what.ru}: ${name} обрывает соединение — error, затем 1006.`,
      }),
    );
  }

  let page: PageOutcome;
  let why: Localized;
  let answer: { code: number | null; reason: string } | null;
  if (c.code === null) {
    page = clean(1005, "");
    answer = { code: EMPTY_CLOSE_ANSWER[e], reason: "" };
    why = {
      en: "The server's close frame had no code: the browser reports 1005 (it never travels on the wire).",
      ru: "В кадре закрытия сервера не было кода: браузер сообщает 1005 (по сети этот код не передаётся).",
    };
  } else if (passesToPage(e, c.code)) {
    page = clean(c.code, c.reason);
    answer = answerTo(e, c.code, c.reason);
    why = {
      en: `${name} hands ${c.code} from the server's close frame to CloseEvent as sent.`,
      ru: `${name} передаёт ${c.code} из кадра закрытия сервера в CloseEvent как есть.`,
    };
  } else {
    answer = answerTo(e, c.code, c.reason);
    return v(
      settle(e, failed, gap),
      reply(answer),
      because({
        en: `${name} refuses a close frame carrying ${c.code}: error, then 1006${answer.code === null ? "" : `; it tells the server ${answer.code}`}.`,
        ru: `${name} не принимает кадр закрытия с кодом ${c.code}: error, затем 1006${answer.code === null ? "" : `; серверу он сообщает ${answer.code}`}.`,
      }),
    );
  }

  // What came after the close frame.
  const lateData = t.events.some(
    (x) =>
      x.kind === "frame" &&
      x.dir === "in" &&
      x.t >= f.t &&
      x !== f &&
      x.problems.includes("data-after-close"),
  );
  if (lateData && FAILS_ON_DATA_AFTER_CLOSE[e])
    return v(
      failed,
      reply(answer),
      because({
        en: `A data frame came after the server's close frame: ${name} fails the connection — error, then 1006 — although it had already answered the close.`,
        ru: `После кадра закрытия сервера пришёл кадр данных: ${name} обрывает соединение — error, затем 1006, — хотя уже ответил на закрытие.`,
      }),
    );
  if (
    t.end.how === "server-rst" &&
    t.end.t - f.t < CHROMIUM_TCP_CLOSE_AFTER_MS &&
    UNCLEAN_ON_RST_AFTER_CLOSE[e]
  )
    return v(
      { ...page, wasClean: false },
      reply(answer),
      because({
        en: `${why.en} But the server reset TCP before ${name} closed it: wasClean false.`,
        ru: `${why.ru} Но сервер сбросил TCP раньше, чем ${name} закрыл его сам: wasClean: false.`,
      }),
    );
  if (t.end.how === "server-fin" && t.end.withCloseFrame && RACY_CLEAN_ON_CLOSE_WITH_FIN[e])
    return v(
      settle(e, { ...page, wasClean: false, racy: ["wasClean"] }, gap),
      reply(answer),
      because({
        en: `${why.en} The server ended TCP in the same write, without waiting for the answer: ${name} usually reports wasClean false, sometimes true (a race).`,
        ru: `${why.ru} Сервер закрыл TCP той же записью, не дождавшись ответа: ${name} обычно сообщает wasClean: false, иногда true (гонка).`,
      }),
    );
  return v(page, reply(answer), because(why));
}
