import type { InCloseEvent, BrowserFacts } from "../engines/rules.ts";
import type { Localized, OnWire, Producer } from "../codes/types.ts";

/** The words for each registry value, in both locales: what `explain()` and the CLI print. */

export const PRODUCER_LABEL: Record<Producer, Localized> = {
  peer: { en: "the peer, in a close frame", ru: "другая сторона, в кадре закрытия" },
  browser: { en: "the browser itself", ru: "сам браузер" },
  proxy: { en: "a proxy or gateway", ru: "прокси или шлюз" },
  library: { en: "a WebSocket library, locally", ru: "библиотека WebSocket, локально" },
};

export const ON_WIRE_LABEL: Record<OnWire, Localized> = {
  allowed: { en: "allowed in a close frame", ru: "допустим в кадре закрытия" },
  reserved: { en: "reserved: must not be sent", ru: "зарезервирован: отправлять нельзя" },
  forbidden: {
    en: "never in a close frame: must not be sent",
    ru: "никогда не бывает в кадре закрытия: отправлять нельзя",
  },
};

export const IN_CLOSE_EVENT_LABEL: Record<InCloseEvent, Localized> = {
  "from-peer": { en: "when the server sends it", ru: "когда его присылает сервер" },
  synthesised: { en: "made up by the browser", ru: "браузер подставляет его сам" },
  "synthesised-or-peer": {
    en: "made up by the browser, or passed on from a server's frame",
    ru: "браузер подставляет его сам или передаёт из кадра сервера",
  },
  never: {
    en: "never: a frame carrying it fails the connection (the page gets 1006)",
    ru: "никогда: кадр с ним обрывает соединение (страница получает 1006)",
  },
};

export const WAS_CLEAN_LABEL: Record<BrowserFacts["wasClean"], Localized> = {
  true: { en: "true", ru: "true" },
  false: { en: "false", ru: "false" },
  either: { en: "true or false", ru: "true или false" },
  "n/a": { en: "—", ru: "—" },
};

export const ERROR_EVENT_LABEL: Record<BrowserFacts["errorEvent"], Localized> = {
  never: { en: "no", ru: "нет" },
  sometimes: {
    en: "sometimes (failed handshake, protocol violation)",
    ru: "иногда (сорванное рукопожатие, нарушение протокола)",
  },
  "n/a": { en: "—", ru: "—" },
};
