import { MAX_REASON_BYTES } from "../codes/rules.ts";
import type { VendorRow } from "./types.ts";

/**
 * Services and libraries with their own close codes, plus platforms that report closes another
 * way. Every code, name, meaning and reconnect rule comes from shared/reference/close-codes.md §4
 * (the `sources` of each row say which file or page the reference checked). Where a vendor gives
 * no reconnect rule for a code, the rule here is the cautious one and its `note` says so.
 */
export const vendorRows: readonly VendorRow[] = [
  {
    id: "discord-gateway",
    name: "Discord Gateway",
    summary: {
      en: "Close codes of Discord's Gateway, the bot and client event WebSocket. Discord marks each one as reconnectable or not: after 4004 and 4010–4014 (bad token, shard, API version or intents) reconnecting unchanged fails again.",
      ru: "Коды закрытия Discord Gateway — WebSocket событий для ботов и клиентов. Discord отмечает для каждого, можно ли переподключаться: после 4004 и 4010–4014 (неверный токен, шард, версия API или интенты) повторное подключение без изменений снова закончится ошибкой.",
    },
    docs: "https://discord.com/developers/docs/topics/opcodes-and-status-codes",
    sources: [
      "discord/discord-api-docs developers/topics/opcodes-and-status-codes.mdx @ c98d64b (2026-08-06)",
    ],
    codes: [
      {
        code: 4000,
        name: "Unknown error",
        meaning: {
          en: "Something went wrong and Discord doesn't know what; try reconnecting.",
          ru: "Что-то пошло не так, и Discord не знает, что именно; попробуйте переподключиться.",
        },
        reconnect: "backoff",
      },
      {
        code: 4001,
        name: "Unknown opcode",
        meaning: {
          en: "The client sent an invalid opcode or an invalid payload for an opcode.",
          ru: "Клиент отправил неверный opcode или неверную нагрузку для opcode.",
        },
        reconnect: "backoff",
      },
      {
        code: 4002,
        name: "Decode error",
        meaning: {
          en: "The client sent a payload the Gateway could not decode.",
          ru: "Клиент отправил нагрузку, которую Gateway не смог декодировать.",
        },
        reconnect: "backoff",
      },
      {
        code: 4003,
        name: "Not authenticated",
        meaning: {
          en: "The client sent a payload before Identify, or its session was invalidated.",
          ru: "Клиент отправил нагрузку до Identify, или его сессия была аннулирована.",
        },
        reconnect: "backoff",
      },
      {
        code: 4004,
        name: "Authentication failed",
        meaning: {
          en: "The token sent with Identify is invalid.",
          ru: "Токен, отправленный в Identify, недействителен.",
        },
        reconnect: "no",
        note: {
          en: "Fix the token before connecting again.",
          ru: "Исправьте токен, прежде чем подключаться снова.",
        },
      },
      {
        code: 4005,
        name: "Already authenticated",
        meaning: {
          en: "The client sent more than one Identify.",
          ru: "Клиент отправил Identify больше одного раза.",
        },
        reconnect: "backoff",
      },
      {
        code: 4007,
        name: "Invalid seq",
        meaning: {
          en: "The sequence number sent with Resume was invalid.",
          ru: "Номер последовательности, отправленный в Resume, неверен.",
        },
        reconnect: "backoff",
        note: {
          en: "Start a new session instead of resuming.",
          ru: "Начните новую сессию вместо возобновления.",
        },
      },
      {
        code: 4008,
        name: "Rate limited",
        meaning: {
          en: "The client sent payloads too quickly.",
          ru: "Клиент отправлял нагрузки слишком часто.",
        },
        reconnect: "backoff",
      },
      {
        code: 4009,
        name: "Session timed out",
        meaning: {
          en: "The session timed out.",
          ru: "Время сессии истекло.",
        },
        reconnect: "backoff",
        note: {
          en: "Reconnect and start a new session.",
          ru: "Переподключитесь и начните новую сессию.",
        },
      },
      {
        code: 4010,
        name: "Invalid shard",
        meaning: {
          en: "The client sent an invalid shard when identifying.",
          ru: "Клиент указал неверный шард при идентификации.",
        },
        reconnect: "no",
      },
      {
        code: 4011,
        name: "Sharding required",
        meaning: {
          en: "The bot is in too many guilds for one connection; it must shard.",
          ru: "Бот состоит в слишком многих серверах для одного соединения; нужен шардинг.",
        },
        reconnect: "no",
        note: {
          en: "Turn on sharding before connecting again.",
          ru: "Включите шардинг, прежде чем подключаться снова.",
        },
      },
      {
        code: 4012,
        name: "Invalid API version",
        meaning: {
          en: "The client asked for an invalid Gateway version.",
          ru: "Клиент запросил неверную версию Gateway.",
        },
        reconnect: "no",
      },
      {
        code: 4013,
        name: "Invalid intent(s)",
        meaning: {
          en: "The intents bitfield sent with Identify is invalid.",
          ru: "Битовое поле интентов в Identify неверно.",
        },
        reconnect: "no",
      },
      {
        code: 4014,
        name: "Disallowed intent(s)",
        meaning: {
          en: "The client asked for a privileged intent that is not enabled or approved for the app.",
          ru: "Клиент запросил привилегированный интент, который не включён или не одобрен для приложения.",
        },
        reconnect: "no",
        note: {
          en: "Enable the intent for the app, or stop asking for it, before reconnecting.",
          ru: "Включите интент для приложения или перестаньте его запрашивать, прежде чем переподключаться.",
        },
      },
    ],
  },
  {
    id: "discord-voice",
    name: "Discord Voice",
    summary: {
      en: "Close codes of Discord's voice WebSocket, documented on the same page as the Gateway's. Discord gives reconnect advice only for 4014, 4015, 4021 and 4022; for the other codes the rule here follows the Gateway code of the same name, or says not to reconnect unchanged, and a note says so.",
      ru: "Коды закрытия голосового WebSocket Discord, описанные на той же странице, что и коды Gateway. Discord даёт совет о переподключении только для 4014, 4015, 4021 и 4022; для остальных кодов правило здесь повторяет одноимённый код Gateway или советует не переподключаться без изменений — об этом сказано в примечании.",
    },
    docs: "https://discord.com/developers/docs/topics/opcodes-and-status-codes",
    sources: [
      "discord/discord-api-docs developers/topics/opcodes-and-status-codes.mdx @ c98d64b (2026-08-06)",
    ],
    codes: [
      {
        code: 4001,
        name: "Unknown opcode",
        meaning: {
          en: "The client sent an invalid opcode.",
          ru: "Клиент отправил неверный opcode.",
        },
        reconnect: "backoff",
        note: {
          en: "Discord gives no voice rule; the Gateway's Unknown opcode (4001) is reconnectable.",
          ru: "Для голоса Discord правила не даёт; одноимённый код Gateway (4001) допускает переподключение.",
        },
      },
      {
        code: 4002,
        name: "Failed to decode payload",
        meaning: {
          en: "The client sent a payload the server could not decode.",
          ru: "Клиент отправил нагрузку, которую сервер не смог декодировать.",
        },
        reconnect: "backoff",
        note: {
          en: "Discord gives no voice rule; the Gateway's Decode error (4002) is reconnectable.",
          ru: "Для голоса Discord правила не даёт; Decode error в Gateway (4002) допускает переподключение.",
        },
      },
      {
        code: 4003,
        name: "Not authenticated",
        meaning: {
          en: "The client sent a payload before it identified.",
          ru: "Клиент отправил нагрузку до идентификации.",
        },
        reconnect: "backoff",
        note: {
          en: "Discord gives no voice rule; the Gateway's Not authenticated (4003) is reconnectable.",
          ru: "Для голоса Discord правила не даёт; одноимённый код Gateway (4003) допускает переподключение.",
        },
      },
      {
        code: 4004,
        name: "Authentication failed",
        meaning: {
          en: "The credentials sent with Identify were rejected.",
          ru: "Учётные данные, отправленные в Identify, отклонены.",
        },
        reconnect: "no",
        note: {
          en: "Discord gives no voice rule; as with the Gateway's 4004, fix the credentials first.",
          ru: "Для голоса Discord правила не даёт; как и с 4004 в Gateway, сначала исправьте учётные данные.",
        },
      },
      {
        code: 4005,
        name: "Already authenticated",
        meaning: {
          en: "The client sent more than one Identify.",
          ru: "Клиент отправил Identify больше одного раза.",
        },
        reconnect: "backoff",
        note: {
          en: "Discord gives no voice rule; the Gateway's Already authenticated (4005) is reconnectable.",
          ru: "Для голоса Discord правила не даёт; одноимённый код Gateway (4005) допускает переподключение.",
        },
      },
      {
        code: 4006,
        name: "Session no longer valid",
        meaning: {
          en: "The voice session is no longer valid.",
          ru: "Голосовая сессия больше недействительна.",
        },
        reconnect: "backoff",
        note: {
          en: "Start a new session instead of resuming; Discord gives no voice rule, this follows the Gateway's pattern for invalid sessions.",
          ru: "Начните новую сессию вместо возобновления; для голоса Discord правила не даёт, это следует образцу Gateway для недействительных сессий.",
        },
      },
      {
        code: 4009,
        name: "Session timeout",
        meaning: {
          en: "The voice session timed out.",
          ru: "Время голосовой сессии истекло.",
        },
        reconnect: "backoff",
        note: {
          en: "Start a new session; Discord gives no voice rule, this follows the Gateway's Session timed out (4009).",
          ru: "Начните новую сессию; для голоса Discord правила не даёт, это следует коду Session timed out в Gateway (4009).",
        },
      },
      {
        code: 4011,
        name: "Server not found",
        meaning: {
          en: "The voice server the client asked for was not found.",
          ru: "Запрошенный клиентом голосовой сервер не найден.",
        },
        reconnect: "no",
        note: {
          en: "Discord gives no rule for this code; check which server you connect to before trying again.",
          ru: "Для этого кода Discord правила не даёт; проверьте, к какому серверу вы подключаетесь, прежде чем пробовать снова.",
        },
      },
      {
        code: 4012,
        name: "Unknown protocol",
        meaning: {
          en: "The client chose a protocol the server does not know.",
          ru: "Клиент выбрал протокол, неизвестный серверу.",
        },
        reconnect: "no",
        note: {
          en: "Discord gives no rule for this code; fix the protocol the client selects first.",
          ru: "Для этого кода Discord правила не даёт; сначала исправьте протокол, который выбирает клиент.",
        },
      },
      {
        code: 4014,
        name: "Disconnected",
        meaning: {
          en: "The client was kicked from the channel, or its main Gateway session dropped.",
          ru: "Клиента выгнали из канала, или его основная сессия Gateway оборвалась.",
        },
        reconnect: "no",
        note: {
          en: "Discord: should not reconnect.",
          ru: "Discord: переподключаться не следует.",
        },
      },
      {
        code: 4015,
        name: "Voice server crashed",
        meaning: {
          en: "The voice server crashed.",
          ru: "Голосовой сервер упал.",
        },
        reconnect: "backoff",
        note: {
          en: "Try resuming.",
          ru: "Попробуйте возобновить сессию (Resume).",
        },
      },
      {
        code: 4016,
        name: "Unknown encryption mode",
        meaning: {
          en: "The client chose an encryption mode the server does not know.",
          ru: "Клиент выбрал режим шифрования, неизвестный серверу.",
        },
        reconnect: "no",
        note: {
          en: "Discord gives no rule for this code; pick a supported encryption mode first.",
          ru: "Для этого кода Discord правила не даёт; сначала выберите поддерживаемый режим шифрования.",
        },
      },
      {
        code: 4017,
        name: "E2EE/DAVE protocol required",
        meaning: {
          en: "The call requires end-to-end encryption with the DAVE protocol.",
          ru: "Звонок требует сквозного шифрования по протоколу DAVE.",
        },
        reconnect: "no",
        note: {
          en: "Discord gives no rule for this code; the client must support DAVE before it reconnects.",
          ru: "Для этого кода Discord правила не даёт; клиент должен поддерживать DAVE, прежде чем переподключаться.",
        },
      },
      {
        code: 4020,
        name: "Bad request",
        meaning: {
          en: "The client sent a malformed request.",
          ru: "Клиент отправил некорректный запрос.",
        },
        reconnect: "no",
        note: {
          en: "Discord gives no rule for this code; fix the request first.",
          ru: "Для этого кода Discord правила не даёт; сначала исправьте запрос.",
        },
      },
      {
        code: 4021,
        name: "Disconnected: Rate Limited",
        meaning: {
          en: "The client was disconnected for hitting a rate limit.",
          ru: "Клиента отключили за превышение лимита запросов.",
        },
        reconnect: "no",
        note: {
          en: "Discord: should not reconnect.",
          ru: "Discord: переподключаться не следует.",
        },
      },
      {
        code: 4022,
        name: "Disconnected: Call Terminated",
        meaning: {
          en: "The call ended: the channel was deleted or the voice server changed.",
          ru: "Звонок завершён: канал удалён или голосовой сервер сменился.",
        },
        reconnect: "no",
        note: {
          en: "Discord: should not reconnect.",
          ru: "Discord: переподключаться не следует.",
        },
      },
    ],
  },
  {
    id: "graphql-ws",
    name: "graphql-ws",
    summary: {
      en: "Codes of the `graphql-transport-ws` subprotocol, implemented by the graphql-ws library: mostly 4000 + an HTTP status, plus client-side 4004, 4005 and 4499. The client retries after 4403, 4408, 4499 and 4504, and treats 1000, 1001, 1005, 1006, 1012, 1013 and 1014 as non-fatal; every other 1000–1999 code and the remaining 4xxx codes are fatal.",
      ru: "Коды подпротокола `graphql-transport-ws`, который реализует библиотека graphql-ws: в основном 4000 + HTTP-статус, плюс клиентские 4004, 4005 и 4499. Клиент повторяет попытку после 4403, 4408, 4499 и 4504 и считает некритичными 1000, 1001, 1005, 1006, 1012, 1013 и 1014; все прочие коды 1000–1999 и остальные коды 4xxx для него фатальны.",
    },
    docs: "https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md",
    sources: [
      "enisdenjo/graphql-ws src/common.ts @ af4f5c9 (2026-07-24)",
      "enisdenjo/graphql-ws src/client.ts @ af4f5c9 (2026-07-24)",
      "enisdenjo/graphql-ws src/client.ts @ v6.2.0 (af4f5c9): terminate() emits a TerminatedCloseEvent (line 1040), whose handler calls socket.close(4499, 'Terminated') on the real socket (line 654)",
      "enisdenjo/graphql-ws PROTOCOL.md @ af4f5c9 (2026-07-24)",
    ],
    codes: [
      {
        code: 1000,
        name: "Normal Closure",
        meaning: {
          en: "The client closed normally because all subscriptions were gone (“All Subscriptions Gone”).",
          ru: "Клиент закрыл соединение штатно, потому что подписок не осталось («All Subscriptions Gone»).",
        },
        reconnect: "no",
        note: {
          en: "A deliberate close with nothing to recover; graphql-ws gives it no retry rule.",
          ru: "Намеренное закрытие, восстанавливать нечего; graphql-ws не задаёт для него правила повтора.",
        },
      },
      {
        code: 1001,
        name: "Going away",
        meaning: {
          en: "The server's `use/ws` adapter is being disposed.",
          ru: "Серверный адаптер `use/ws` завершает работу.",
        },
        reconnect: "backoff",
      },
      {
        code: 4004,
        name: "BadResponse",
        meaning: {
          en: "The client got a message from the server it could not accept.",
          ru: "Клиент получил от сервера сообщение, которое не может принять.",
        },
        reconnect: "no",
      },
      {
        code: 4005,
        name: "InternalClientError",
        meaning: {
          en: "An error happened inside the client.",
          ru: "Ошибка внутри клиента.",
        },
        reconnect: "no",
      },
      {
        code: 4400,
        name: "BadRequest",
        meaning: {
          en: "The server got an invalid or unknown message; the reason reads `4400: <error-message>`.",
          ru: "Сервер получил неверное или неизвестное сообщение; причина выглядит как `4400: <error-message>`.",
        },
        reconnect: "no",
      },
      {
        code: 4401,
        name: "Unauthorized",
        meaning: {
          en: "The client sent Subscribe before the server's ConnectionAck.",
          ru: "Клиент отправил Subscribe до ConnectionAck от сервера.",
        },
        reconnect: "no",
      },
      {
        code: 4403,
        name: "Forbidden",
        meaning: {
          en: "The server rejected the connection, e.g. authentication failed in `onConnect`.",
          ru: "Сервер отклонил соединение, например, аутентификация не прошла в `onConnect`.",
        },
        reconnect: "backoff",
        note: {
          en: "The client retries: the server might grant access after a retry.",
          ru: "Клиент повторяет попытку: сервер может дать доступ при следующей.",
        },
      },
      {
        code: 4406,
        name: "SubprotocolNotAcceptable",
        meaning: {
          en: "The client did not ask for the `graphql-transport-ws` subprotocol, or asked for another one.",
          ru: "Клиент не запросил подпротокол `graphql-transport-ws` или запросил другой.",
        },
        reconnect: "no",
      },
      {
        code: 4408,
        name: "ConnectionInitialisationTimeout",
        meaning: {
          en: "No ConnectionInit arrived within `connectionInitWaitTimeout`.",
          ru: "ConnectionInit не пришёл за время `connectionInitWaitTimeout`.",
        },
        reconnect: "backoff",
      },
      {
        code: 4409,
        name: "SubscriberAlreadyExists",
        meaning: {
          en: "The client reused an operation id (“Subscriber for <id> already exists”).",
          ru: "Клиент повторно использовал id операции («Subscriber for <id> already exists»).",
        },
        reconnect: "no",
      },
      {
        code: 4429,
        name: "TooManyInitialisationRequests",
        meaning: {
          en: "The client sent more than one ConnectionInit.",
          ru: "Клиент отправил ConnectionInit больше одного раза.",
        },
        reconnect: "no",
      },
      {
        code: 4499,
        name: "Terminated",
        meaning: {
          en: "The client was shut down with `client.terminate()`, for example because its socket froze.",
          ru: "Клиент остановлен вызовом `client.terminate()`, например потому, что его сокет завис.",
        },
        reconnect: "backoff",
        note: {
          en: "The client reports it to its own listeners at once, without waiting for the socket, and also closes the real socket with 4499 “Terminated”: a server whose connection is still alive gets 4499 in a close frame.",
          ru: "Клиент сразу сообщает его своим слушателям, не дожидаясь сокета, и закрывает настоящий сокет с 4499 «Terminated»: сервер, чьё соединение ещё живо, получает 4499 в кадре закрытия.",
        },
      },
      {
        code: 4500,
        name: "InternalServerError",
        meaning: {
          en: "The server hit an internal error.",
          ru: "Внутренняя ошибка сервера.",
        },
        reconnect: "no",
      },
      {
        code: 4504,
        name: "ConnectionAcknowledgementTimeout",
        meaning: {
          en: "The server did not send ConnectionAck in time.",
          ru: "Сервер не прислал ConnectionAck вовремя.",
        },
        reconnect: "backoff",
        note: {
          en: "A doc comment in the source still calls this code 4418.",
          ru: "В одном комментарии в исходниках этот код до сих пор назван 4418.",
        },
      },
    ],
  },
  {
    id: "subscriptions-transport-ws",
    name: "subscriptions-transport-ws",
    summary: {
      en: "Apollo's legacy library for the older `graphql-ws` subprotocol (the same name as the newer library, a different protocol). It is deprecated in favour of graphql-ws. It uses no 4xxx codes: only the standard 1002 and 1011, and on GQL_CONNECTION_TERMINATE it closes without a code.",
      ru: "Устаревшая библиотека Apollo для старого подпротокола `graphql-ws` (имя совпадает с новой библиотекой, но протокол другой). Она объявлена устаревшей в пользу graphql-ws. Кодов 4xxx в ней нет: только стандартные 1002 и 1011, а по GQL_CONNECTION_TERMINATE соединение закрывается без кода.",
    },
    docs: "https://github.com/apollographql/subscriptions-transport-ws",
    sources: [
      "apollographql/subscriptions-transport-ws src/server.ts @ 36f3f6f (2023)",
      "apollographql/subscriptions-transport-ws README (migrate to graphql-ws)",
    ],
    codes: [
      {
        code: 1002,
        name: "Protocol error",
        meaning: {
          en: "The client did not ask for the `graphql-ws` or `graphql-subscriptions` subprotocol.",
          ru: "Клиент не запросил подпротокол `graphql-ws` или `graphql-subscriptions`.",
        },
        reconnect: "no",
        note: {
          en: "Fix the subprotocol the client requests first.",
          ru: "Сначала исправьте подпротокол, который запрашивает клиент.",
        },
      },
      {
        code: 1011,
        name: "Internal Error",
        meaning: {
          en: "Connection init or `onConnect` failed; sent after a GQL_CONNECTION_ERROR message.",
          ru: "Ошибка при инициализации соединения или в `onConnect`; отправляется после сообщения GQL_CONNECTION_ERROR.",
        },
        reconnect: "backoff",
      },
    ],
  },
  {
    id: "pusher-channels",
    name: "Pusher Channels",
    summary: {
      en: "Pusher sends these codes in `pusher:error` events and as close codes. The hundred a code falls in tells the client what to do: 4000–4099 don't reconnect unchanged, 4100–4199 back off, 4200–4299 reconnect at once, 4300–4399 other errors.",
      ru: "Pusher передаёт эти коды в событиях `pusher:error` и как коды закрытия. Сотня, в которую попадает код, подсказывает клиенту, что делать: 4000–4099 — не переподключаться без изменений, 4100–4199 — переподключаться с задержкой, 4200–4299 — переподключаться сразу, 4300–4399 — прочие ошибки.",
    },
    docs: "https://pusher.com/docs/channels/library_auth_reference/pusher-websockets-protocol/#error-codes",
    sources: [
      "pusher.com/docs/channels/library_auth_reference/pusher-websockets-protocol#error-codes",
      "php-api-clients/pusher #2 (quotes the ranges)",
      "Pusher Go client ErrCodes map and C++ client error_code enum",
      "asyncapi.apis.io Pusher AsyncAPI (4201)",
    ],
    rangeRules: [
      {
        from: 4000,
        to: 4099,
        rule: {
          en: "Should not reconnect without changing something.",
          ru: "Не следует переподключаться, ничего не изменив.",
        },
      },
      {
        from: 4100,
        to: 4199,
        rule: {
          en: "Reconnect after a backoff of at least 1 s (it may grow exponentially).",
          ru: "Переподключаться с задержкой не меньше 1 с (она может расти экспоненциально).",
        },
      },
      {
        from: 4200,
        to: 4299,
        rule: {
          en: "Reconnect immediately.",
          ru: "Переподключаться сразу.",
        },
      },
      {
        from: 4300,
        to: 4399,
        rule: {
          en: "Other errors; the protocol sets no reconnect rule for them.",
          ru: "Прочие ошибки; правила переподключения для них протокол не задаёт.",
        },
      },
    ],
    codes: [
      {
        code: 4000,
        name: "Application only accepts SSL connections",
        meaning: {
          en: "The app accepts only encrypted connections.",
          ru: "Приложение принимает только зашифрованные соединения.",
        },
        reconnect: "no",
        note: {
          en: "Reconnect using wss://.",
          ru: "Переподключитесь по wss://.",
        },
      },
      {
        code: 4001,
        name: "Application does not exist",
        meaning: {
          en: "No app exists with the key the client used.",
          ru: "Приложения с ключом, который указал клиент, не существует.",
        },
        reconnect: "no",
      },
      {
        code: 4003,
        name: "Application disabled",
        meaning: {
          en: "The app is disabled.",
          ru: "Приложение отключено.",
        },
        reconnect: "no",
      },
      {
        code: 4004,
        name: "Application is over connection quota",
        meaning: {
          en: "The app has used up its connection quota.",
          ru: "Приложение исчерпало квоту соединений.",
        },
        reconnect: "no",
      },
      {
        code: 4005,
        name: "Path not found",
        meaning: {
          en: "The client connected to a path that does not exist.",
          ru: "Клиент подключился по несуществующему пути.",
        },
        reconnect: "no",
      },
      {
        code: 4006,
        name: "Invalid version string format",
        meaning: {
          en: "The protocol version string is malformed.",
          ru: "Строка версии протокола имеет неверный формат.",
        },
        reconnect: "no",
      },
      {
        code: 4007,
        name: "Unsupported protocol version",
        meaning: {
          en: "The client asked for a protocol version Pusher does not support.",
          ru: "Клиент запросил версию протокола, которую Pusher не поддерживает.",
        },
        reconnect: "no",
      },
      {
        code: 4008,
        name: "No protocol version supplied",
        meaning: {
          en: "The client did not say which protocol version it speaks.",
          ru: "Клиент не указал версию протокола.",
        },
        reconnect: "no",
      },
      {
        code: 4009,
        name: "Connection is unauthorized",
        meaning: {
          en: "The connection is not authorized.",
          ru: "Соединение не авторизовано.",
        },
        reconnect: "no",
      },
      {
        code: 4100,
        name: "Over capacity",
        meaning: {
          en: "Pusher is over capacity.",
          ru: "Pusher перегружен.",
        },
        reconnect: "backoff",
      },
      {
        code: 4200,
        name: "Generic reconnect immediately",
        meaning: {
          en: "A generic request to reconnect at once.",
          ru: "Общая просьба сразу переподключиться.",
        },
        reconnect: "immediately",
      },
      {
        code: 4201,
        name: "Pong reply not received",
        meaning: {
          en: "The server sent a ping and got no pong back.",
          ru: "Сервер отправил ping и не получил pong в ответ.",
        },
        reconnect: "immediately",
        note: {
          en: "The recommended pong timeout is 30 s.",
          ru: "Рекомендуемый тайм-аут ожидания pong — 30 с.",
        },
      },
      {
        code: 4202,
        name: "Closed after inactivity",
        meaning: {
          en: "Closed after 24 h of inactivity, for a client without ping support.",
          ru: "Закрыто после 24 ч бездействия у клиента без поддержки ping.",
        },
        reconnect: "immediately",
      },
      {
        code: 4301,
        name: "Client event rejected due to rate limit",
        meaning: {
          en: "A client event was rejected because of the rate limit.",
          ru: "Клиентское событие отклонено из-за ограничения частоты.",
        },
        reconnect: "backoff",
        note: {
          en: "The 4300–4399 range has no reconnect rule in the protocol; back off and send client events more slowly.",
          ru: "Для диапазона 4300–4399 протокол не задаёт правила переподключения; сделайте паузу и отправляйте клиентские события реже.",
        },
      },
    ],
  },
  {
    id: "centrifugo",
    name: "Centrifugo / centrifuge",
    summary: {
      en: `Disconnect codes of the Centrifugo server and the centrifuge Go library. The range decides reconnection: reconnect on 3000–3499, 4000–4499 and 5000 and up; no reconnect on 3500–3999 and 4500–4999. Applications should use 4000–4999, and 0–2999 are not for library users. Centrifugo caps a disconnect reason under 127 bytes, but a WebSocket close frame holds a reason of at most ${MAX_REASON_BYTES} UTF-8 bytes, so over WebSocket the protocol's limit is the one that bites and Centrifugo's own never comes into play. These 3xxx codes are not IANA-registered: 3000 and 3008 here do NOT mean IANA's Unauthorized and Timeout (and 3003, IANA's Forbidden, is not a Centrifugo code). Centrifugo only says “reconnect” for 3000–3499; the site suggests a backoff where the cause is load or a failure.`,
      ru: `Коды отключения сервера Centrifugo и Go-библиотеки centrifuge. Переподключение определяет диапазон: переподключаться при 3000–3499, 4000–4499 и от 5000; не переподключаться при 3500–3999 и 4500–4999. Приложениям следует использовать 4000–4999, а 0–2999 не для пользователей библиотеки. Centrifugo требует, чтобы причина отключения была короче 127 байт, но кадр закрытия WebSocket вмещает причину не длиннее ${MAX_REASON_BYTES} байт UTF-8, так что в WebSocket упираются в предел протокола, а собственный предел Centrifugo не срабатывает никогда. Эти коды 3xxx не зарегистрированы в IANA: 3000 и 3008 здесь НЕ означают Unauthorized и Timeout из реестра IANA (а 3003, Forbidden из IANA, у Centrifugo нет). Для 3000–3499 Centrifugo говорит лишь «переподключаться»; там, где причина в нагрузке или сбое, сайт советует делать это с задержкой.`,
    },
    docs: "https://centrifugal.dev/docs/server/codes",
    sources: [
      "centrifugal/centrifuge disconnect.go @ 1d8f99f (2026-08-22)",
      "centrifugal.dev/docs/server/codes",
    ],
    rangeRules: [
      {
        from: 3000,
        to: 3499,
        rule: { en: "Reconnect.", ru: "Переподключаться." },
      },
      {
        from: 3500,
        to: 3999,
        rule: { en: "Terminal: do not reconnect.", ru: "Окончательное отключение: не переподключаться." },
      },
      {
        from: 4000,
        to: 4499,
        rule: { en: "Reconnect (application codes).", ru: "Переподключаться (коды приложения)." },
      },
      {
        from: 4500,
        to: 4999,
        rule: {
          en: "Terminal: do not reconnect (application codes).",
          ru: "Окончательное отключение: не переподключаться (коды приложения).",
        },
      },
      {
        from: 5000,
        to: 65535,
        rule: { en: "Reconnect.", ru: "Переподключаться." },
      },
    ],
    codes: [
      {
        code: 3000,
        name: "connection closed",
        meaning: { en: "The connection was closed.", ru: "Соединение закрыто." },
        reconnect: "backoff",
      },
      {
        code: 3001,
        name: "shutdown",
        meaning: { en: "The server is shutting down.", ru: "Сервер завершает работу." },
        reconnect: "backoff",
      },
      {
        code: 3004,
        name: "internal server error",
        meaning: { en: "The server hit an internal error.", ru: "Внутренняя ошибка сервера." },
        reconnect: "backoff",
      },
      {
        code: 3005,
        name: "connection expired",
        meaning: { en: "The connection expired.", ru: "Срок действия соединения истёк." },
        reconnect: "backoff",
      },
      {
        code: 3006,
        name: "subscription expired",
        meaning: { en: "A subscription expired.", ru: "Срок действия подписки истёк." },
        reconnect: "backoff",
      },
      {
        code: 3008,
        name: "slow",
        meaning: {
          en: "The client was too slow to keep up with its messages.",
          ru: "Клиент слишком медленно принимал сообщения.",
        },
        reconnect: "backoff",
      },
      {
        code: 3009,
        name: "write error",
        meaning: {
          en: "The server failed to write to the connection.",
          ru: "Серверу не удалось записать данные в соединение.",
        },
        reconnect: "backoff",
      },
      {
        code: 3010,
        name: "insufficient state",
        meaning: {
          en: "The server found the client's state insufficient.",
          ru: "Сервер обнаружил, что состояния клиента недостаточно.",
        },
        reconnect: "backoff",
      },
      {
        code: 3011,
        name: "force reconnect",
        meaning: {
          en: "The server asked the client to reconnect.",
          ru: "Сервер попросил клиента переподключиться.",
        },
        reconnect: "backoff",
      },
      {
        code: 3012,
        name: "no pong",
        meaning: {
          en: "The client did not answer a ping in time.",
          ru: "Клиент не ответил на ping вовремя.",
        },
        reconnect: "backoff",
      },
      {
        code: 3013,
        name: "too many requests",
        meaning: {
          en: "The client sent too many requests.",
          ru: "Клиент отправил слишком много запросов.",
        },
        reconnect: "backoff",
      },
      {
        code: 3014,
        name: "state invalidated",
        meaning: {
          en: "The client's state was invalidated.",
          ru: "Состояние клиента стало недействительным.",
        },
        reconnect: "backoff",
      },
      {
        code: 3500,
        name: "invalid token",
        meaning: { en: "The connection token is invalid.", ru: "Токен соединения недействителен." },
        reconnect: "no",
      },
      {
        code: 3501,
        name: "bad request",
        meaning: { en: "The client sent a malformed request.", ru: "Клиент отправил некорректный запрос." },
        reconnect: "no",
      },
      {
        code: 3502,
        name: "stale",
        meaning: { en: "The connection is stale.", ru: "Соединение устарело." },
        reconnect: "no",
      },
      {
        code: 3503,
        name: "force disconnect",
        meaning: {
          en: "The server disconnected the client for good.",
          ru: "Сервер окончательно отключил клиента.",
        },
        reconnect: "no",
      },
      {
        code: 3504,
        name: "connection limit",
        meaning: { en: "A connection limit was reached.", ru: "Достигнут лимит соединений." },
        reconnect: "no",
      },
      {
        code: 3505,
        name: "channel limit",
        meaning: { en: "A channel limit was reached.", ru: "Достигнут лимит каналов." },
        reconnect: "no",
      },
      {
        code: 3506,
        name: "inappropriate protocol",
        meaning: {
          en: "The client used an inappropriate protocol.",
          ru: "Клиент использовал неподходящий протокол.",
        },
        reconnect: "no",
      },
      {
        code: 3507,
        name: "permission denied",
        meaning: { en: "Permission denied.", ru: "Доступ запрещён." },
        reconnect: "no",
      },
      {
        code: 3508,
        name: "not available",
        meaning: {
          en: "What the client asked for is not available.",
          ru: "Запрошенное клиентом недоступно.",
        },
        reconnect: "no",
      },
      {
        code: 3509,
        name: "too many errors",
        meaning: { en: "The client caused too many errors.", ru: "Клиент вызвал слишком много ошибок." },
        reconnect: "no",
      },
    ],
  },
  {
    id: "twitch-eventsub",
    name: "Twitch EventSub WebSocket",
    summary: {
      en: "Close codes of Twitch's EventSub WebSocket transport. The client may send nothing but pongs, must answer pings and must subscribe within 10 s of the welcome message; `keepalive_timeout_seconds` can be set from 10 to 600.",
      ru: "Коды закрытия WebSocket-транспорта Twitch EventSub. Клиенту нельзя отправлять ничего, кроме pong, он обязан отвечать на ping и должен подписаться в течение 10 с после приветственного сообщения; `keepalive_timeout_seconds` можно задать от 10 до 600.",
    },
    docs: "https://dev.twitch.tv/docs/eventsub/handling-websocket-events/",
    sources: [
      "dev.twitch.tv/docs/eventsub/handling-websocket-events#close-message",
      "twitch4j SocketCloseReason",
    ],
    codes: [
      {
        code: 4000,
        name: "Internal server error",
        meaning: {
          en: "Twitch hit an internal error, like HTTP 500.",
          ru: "Внутренняя ошибка Twitch, аналог HTTP 500.",
        },
        reconnect: "backoff",
      },
      {
        code: 4001,
        name: "Client sent inbound traffic",
        meaning: {
          en: "The client sent a message other than a pong.",
          ru: "Клиент отправил что-то помимо pong.",
        },
        reconnect: "no",
        note: {
          en: "Only pong messages are allowed from the client.",
          ru: "От клиента допускаются только сообщения pong.",
        },
      },
      {
        code: 4002,
        name: "Client failed ping-pong",
        meaning: { en: "The client did not answer a ping.", ru: "Клиент не ответил на ping." },
        reconnect: "no",
        note: {
          en: "The client must answer every ping with a pong.",
          ru: "Клиент обязан отвечать pong на каждый ping.",
        },
      },
      {
        code: 4003,
        name: "Connection unused",
        meaning: {
          en: "The client did not subscribe to anything in time.",
          ru: "Клиент не подписался ни на что вовремя.",
        },
        reconnect: "no",
        note: {
          en: "Subscribe within 10 s of the welcome message.",
          ru: "Подписывайтесь в течение 10 с после приветственного сообщения.",
        },
      },
      {
        code: 4004,
        name: "Reconnect grace time expired",
        meaning: {
          en: "The client did not reconnect within 30 s of a `session_reconnect` message.",
          ru: "Клиент не переподключился в течение 30 с после сообщения `session_reconnect`.",
        },
        reconnect: "backoff",
        note: {
          en: "Reconnect within 30 s of `session_reconnect`.",
          ru: "Переподключайтесь в течение 30 с после `session_reconnect`.",
        },
      },
      {
        code: 4005,
        name: "Network timeout",
        meaning: { en: "A transient network timeout.", ru: "Временный сетевой тайм-аут." },
        reconnect: "backoff",
      },
      {
        code: 4006,
        name: "Network error",
        meaning: { en: "A transient network error.", ru: "Временная сетевая ошибка." },
        reconnect: "backoff",
      },
      {
        code: 4007,
        name: "Invalid reconnect",
        meaning: {
          en: "The client reconnected with an invalid reconnect URL.",
          ru: "Клиент переподключился по неверному URL для переподключения.",
        },
        reconnect: "no",
      },
    ],
  },
  {
    id: "obs-websocket",
    name: "OBS WebSocket v5",
    summary: {
      en: "Close codes of obs-websocket 5.x, the remote-control API of OBS Studio. Nearly all of them mean the client broke the protocol or asked for something unsupported, so reconnecting unchanged repeats the error; 4011 means the session was kicked from the OBS UI and the client must not reconnect on its own. The protocol also defines 0 DontClose, which is internal only and never a close code.",
      ru: "Коды закрытия obs-websocket 5.x — API удалённого управления OBS Studio. Почти все они означают, что клиент нарушил протокол или запросил неподдерживаемое, поэтому переподключение без изменений повторит ошибку; 4011 значит, что сессию отключили из интерфейса OBS, и клиент не должен переподключаться сам. В протоколе есть ещё 0 DontClose — внутреннее значение, которое никогда не бывает кодом закрытия.",
    },
    docs: "https://github.com/obsproject/obs-websocket/blob/master/docs/generated/protocol.md",
    sources: ["obsproject/obs-websocket docs/generated/protocol.md @ 032c993 (2026-05-01)"],
    codes: [
      {
        code: 4000,
        name: "UnknownReason",
        meaning: {
          en: "Unknown reason; the server should never use it.",
          ru: "Неизвестная причина; сервер не должен её использовать.",
        },
        reconnect: "backoff",
      },
      {
        code: 4002,
        name: "MessageDecodeError",
        meaning: {
          en: "The server could not decode the client's message.",
          ru: "Сервер не смог декодировать сообщение клиента.",
        },
        reconnect: "no",
        note: {
          en: "A client bug: fix it before reconnecting.",
          ru: "Ошибка в клиенте: исправьте её, прежде чем переподключаться.",
        },
      },
      {
        code: 4003,
        name: "MissingDataField",
        meaning: { en: "A required data field is missing.", ru: "Отсутствует обязательное поле данных." },
        reconnect: "no",
        note: {
          en: "A client bug: fix it before reconnecting.",
          ru: "Ошибка в клиенте: исправьте её, прежде чем переподключаться.",
        },
      },
      {
        code: 4004,
        name: "InvalidDataFieldType",
        meaning: { en: "A data field has the wrong type.", ru: "Поле данных имеет неверный тип." },
        reconnect: "no",
        note: {
          en: "A client bug: fix it before reconnecting.",
          ru: "Ошибка в клиенте: исправьте её, прежде чем переподключаться.",
        },
      },
      {
        code: 4005,
        name: "InvalidDataFieldValue",
        meaning: { en: "A data field has an invalid value.", ru: "Поле данных имеет недопустимое значение." },
        reconnect: "no",
        note: {
          en: "A client bug: fix it before reconnecting.",
          ru: "Ошибка в клиенте: исправьте её, прежде чем переподключаться.",
        },
      },
      {
        code: 4006,
        name: "UnknownOpCode",
        meaning: {
          en: "The message's `op` is missing or unknown.",
          ru: "Поле `op` в сообщении отсутствует или неизвестно.",
        },
        reconnect: "no",
        note: {
          en: "A client bug: fix it before reconnecting.",
          ru: "Ошибка в клиенте: исправьте её, прежде чем переподключаться.",
        },
      },
      {
        code: 4007,
        name: "NotIdentified",
        meaning: {
          en: "The client sent a message before Identify.",
          ru: "Клиент отправил сообщение до Identify.",
        },
        reconnect: "no",
      },
      {
        code: 4008,
        name: "AlreadyIdentified",
        meaning: { en: "The client sent Identify twice.", ru: "Клиент отправил Identify дважды." },
        reconnect: "no",
        note: {
          en: "Use Reidentify to change session parameters.",
          ru: "Для смены параметров сессии используйте Reidentify.",
        },
      },
      {
        code: 4009,
        name: "AuthenticationFailed",
        meaning: {
          en: "Authentication in Identify failed.",
          ru: "Аутентификация в Identify не прошла.",
        },
        reconnect: "no",
      },
      {
        code: 4010,
        name: "UnsupportedRpcVersion",
        meaning: {
          en: "The client asked for an RPC version the server no longer supports.",
          ru: "Клиент запросил версию RPC, которую сервер больше не поддерживает.",
        },
        reconnect: "no",
      },
      {
        code: 4011,
        name: "SessionInvalidated",
        meaning: {
          en: "The session was kicked from the OBS UI.",
          ru: "Сессию отключили из интерфейса OBS.",
        },
        reconnect: "no",
        note: {
          en: "Must not reconnect automatically.",
          ru: "Автоматически переподключаться нельзя.",
        },
      },
      {
        code: 4012,
        name: "UnsupportedFeature",
        meaning: {
          en: "A requested feature is unavailable because of a hardware or software limitation.",
          ru: "Запрошенная функция недоступна из-за аппаратного или программного ограничения.",
        },
        reconnect: "no",
      },
    ],
  },
  {
    id: "liveblocks",
    name: "Liveblocks",
    summary: {
      en: "Close codes of the Liveblocks realtime service, from its client's WebsocketCloseCodes enum. The range tells the client what to do: 4000–4099 disconnect, 4100–4199 re-authenticate, 4200–4299 retry without re-authenticating. It also gives standard codes a meaning: 1006 and 1011 are retried, 1013 is retried without re-authentication.",
      ru: "Коды закрытия realtime-сервиса Liveblocks из перечисления WebsocketCloseCodes его клиента. Диапазон подсказывает клиенту, что делать: 4000–4099 — отключиться, 4100–4199 — пройти аутентификацию заново, 4200–4299 — повторить попытку без повторной аутентификации. Стандартным кодам он тоже придаёт смысл: после 1006 и 1011 клиент повторяет попытку, после 1013 — без повторной аутентификации.",
    },
    docs: "https://github.com/liveblocks/liveblocks/blob/main/packages/liveblocks-core/src/types/WebsocketCloseCodes.ts",
    sources: ["liveblocks/liveblocks packages/liveblocks-core/src/types/WebsocketCloseCodes.ts"],
    rangeRules: [
      {
        from: 4000,
        to: 4099,
        rule: { en: "Disconnect.", ru: "Отключиться." },
      },
      {
        from: 4100,
        to: 4199,
        rule: {
          en: "Re-authenticate, then reconnect.",
          ru: "Пройти аутентификацию заново и переподключиться.",
        },
      },
      {
        from: 4200,
        to: 4299,
        rule: {
          en: "Retry without re-authenticating.",
          ru: "Повторить попытку без повторной аутентификации.",
        },
      },
    ],
    codes: [
      {
        code: 4000,
        name: "INVALID_MESSAGE_FORMAT",
        meaning: {
          en: "The client sent a message in an invalid format.",
          ru: "Клиент отправил сообщение в неверном формате.",
        },
        reconnect: "no",
      },
      {
        code: 4001,
        name: "NOT_ALLOWED",
        meaning: {
          en: "The client is not allowed in, like HTTP 403.",
          ru: "Клиенту нет доступа, аналог HTTP 403.",
        },
        reconnect: "no",
      },
      {
        code: 4002,
        name: "MAX_NUMBER_OF_MESSAGES_PER_SECONDS",
        meaning: {
          en: "The limit on messages per second was exceeded.",
          ru: "Превышен лимит сообщений в секунду.",
        },
        reconnect: "no",
        note: { en: "Unused now.", ru: "Сейчас не используется." },
      },
      {
        code: 4003,
        name: "MAX_NUMBER_OF_CONCURRENT_CONNECTIONS",
        meaning: {
          en: "The limit on concurrent connections was exceeded.",
          ru: "Превышен лимит одновременных соединений.",
        },
        reconnect: "no",
        note: { en: "Unused now.", ru: "Сейчас не используется." },
      },
      {
        code: 4004,
        name: "MAX_NUMBER_OF_MESSAGES_PER_DAY_PER_APP",
        meaning: {
          en: "The app's daily message limit was exceeded.",
          ru: "Превышен дневной лимит сообщений приложения.",
        },
        reconnect: "no",
        note: { en: "Unused now.", ru: "Сейчас не используется." },
      },
      {
        code: 4005,
        name: "MAX_NUMBER_OF_CONCURRENT_CONNECTIONS_PER_ROOM",
        meaning: { en: "The room is full.", ru: "Комната заполнена." },
        reconnect: "no",
      },
      {
        code: 4006,
        name: "ROOM_ID_UPDATED",
        meaning: { en: "The room's id was changed.", ru: "Идентификатор комнаты изменился." },
        reconnect: "no",
      },
      {
        code: 4100,
        name: "KICKED",
        meaning: { en: "The user was kicked.", ru: "Пользователя выгнали." },
        reconnect: "reauth",
      },
      {
        code: 4109,
        name: "TOKEN_EXPIRED",
        meaning: {
          en: "The auth token expired, like HTTP 401.",
          ru: "Срок действия токена истёк, аналог HTTP 401.",
        },
        reconnect: "reauth",
      },
      {
        code: 4999,
        name: "CLOSE_WITHOUT_RETRY",
        meaning: {
          en: "Close and stop: the client must not retry.",
          ru: "Закрыть и остановиться: клиент не должен повторять попытки.",
        },
        reconnect: "no",
      },
    ],
  },
  {
    id: "hocuspocus",
    name: "Hocuspocus",
    summary: {
      en: "Close events of Hocuspocus, the Yjs collaboration server: 4000 + HTTP status for 4401, 4403 and 4408, 4205 to reset the connection, and the standard 1009.",
      ru: "События закрытия Hocuspocus — сервера совместной работы для Yjs: 4000 + HTTP-статус для 4401, 4403 и 4408, 4205 для сброса соединения и стандартный 1009.",
    },
    docs: "https://github.com/ueberdosis/hocuspocus/blob/main/packages/common/src/CloseEvents.ts",
    sources: ["ueberdosis/hocuspocus packages/common/src/CloseEvents.ts"],
    codes: [
      {
        code: 1009,
        name: "Message Too Big",
        meaning: {
          en: "A message was too big for the server to process.",
          ru: "Сообщение слишком велико, чтобы сервер его обработал.",
        },
        reconnect: "no",
        note: {
          en: "Send smaller messages before reconnecting, or the same message fails again.",
          ru: "Отправляйте сообщения поменьше, иначе после переподключения то же сообщение снова не пройдёт.",
        },
      },
      {
        code: 4205,
        name: "Reset Connection",
        meaning: {
          en: "The server asks the client to reset the connection.",
          ru: "Сервер просит клиента сбросить соединение.",
        },
        reconnect: "backoff",
      },
      {
        code: 4401,
        name: "Unauthorized",
        meaning: { en: "The client is not authenticated.", ru: "Клиент не аутентифицирован." },
        reconnect: "reauth",
      },
      {
        code: 4403,
        name: "Forbidden",
        meaning: { en: "The client is not allowed access.", ru: "Клиенту запрещён доступ." },
        reconnect: "no",
      },
      {
        code: 4408,
        name: "Connection Timeout",
        meaning: { en: "The connection timed out.", ru: "Время ожидания соединения истекло." },
        reconnect: "backoff",
      },
    ],
  },
  {
    id: "socket-io",
    name: "Socket.IO / Engine.IO",
    summary: {
      en: "Socket.IO and its transport Engine.IO do not use custom close codes.",
      ru: "Socket.IO и его транспорт Engine.IO не используют собственные коды закрытия.",
    },
    docs: "https://socket.io/docs/v4/client-socket-instance/#disconnect",
    sources: [
      "docs.rs socketio-next DisconnectReason",
      "socketio/socket.io #3237",
      "socketio/socket.io discussion #4362",
    ],
    codes: [],
    howItReports: {
      en: "The `disconnect` event carries a string reason instead of a code: `io server disconnect`, `io client disconnect`, `ping timeout`, `transport close`, `transport error` or `parse error`.",
      ru: "Вместо кода событие `disconnect` передаёт строковую причину: `io server disconnect`, `io client disconnect`, `ping timeout`, `transport close`, `transport error` или `parse error`.",
    },
  },
  {
    id: "phoenix",
    name: "Phoenix Channels",
    summary: {
      en: "Phoenix Channels, and what is built on them (Supabase Realtime, Absinthe, LiveView), use only standard close codes.",
      ru: "Phoenix Channels и то, что построено на них (Supabase Realtime, Absinthe, LiveView), используют только стандартные коды закрытия.",
    },
    docs: "https://hexdocs.pm/phoenix/js/",
    sources: ["phoenixframework/phoenix PR #6678", "phoenixframework/phoenix #5155"],
    codes: [],
    howItReports: {
      en: "The phoenix.js client reconnects after any close except 1000. A disconnect from the server side now closes with 1001, so clients reconnect.",
      ru: "Клиент phoenix.js переподключается после любого закрытия, кроме 1000. Отключение со стороны сервера теперь закрывает соединение с кодом 1001, поэтому клиенты переподключаются.",
    },
  },
  {
    id: "aws-api-gateway",
    name: "AWS API Gateway WebSocket APIs",
    summary: {
      en: "API Gateway cannot send custom close codes: when the server side closes a connection, the client always gets 1000. A feature request to choose the code is open and stale.",
      ru: "API Gateway не умеет отправлять собственные коды закрытия: когда соединение закрывает серверная сторона, клиент всегда получает 1000. Запрос на выбор кода открыт и давно не движется.",
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html",
    sources: [
      "aws/aws-sdk-js #3636",
      "aws/chalice #2060",
      "docs.aws.amazon.com apigateway-execution-service-websocket-limits-table (API Gateway quotas)",
    ],
    codes: [],
    howItReports: {
      en: "The backend learns why a connection ended from the `$disconnect` route event, which carries `disconnectStatusCode` and `disconnectReason`. A message over 128 KB closes the connection with 1009 (frames are limited to 32 KB); connections end after 10 minutes idle and after 2 hours at most, and none of these limits can be raised.",
      ru: "Причину закрытия бэкенд узнаёт из события маршрута `$disconnect` с полями `disconnectStatusCode` и `disconnectReason`. Сообщение больше 128 КБ закрывает соединение с кодом 1009 (кадры ограничены 32 КБ); соединения закрываются после 10 минут простоя и не живут дольше 2 часов, и ни один из этих лимитов нельзя увеличить.",
    },
  },
  {
    id: "slack-socket-mode",
    name: "Slack Socket Mode",
    summary: {
      en: "Slack Socket Mode does not use custom close codes.",
      ru: "Slack Socket Mode не использует собственные коды закрытия.",
    },
    docs: "https://api.slack.com/apis/socket-mode",
    sources: ["slackapi/node-slack-sdk PR #1762", "slackapi/node-slack-sdk issue #1654"],
    codes: [],
    howItReports: {
      en: 'Slack announces a disconnect with a JSON message of `type: "disconnect"` and a `reason`: `warning`, `refresh_requested`, `link_disabled` or `too_many_websockets`. An app can have at most 10 Socket Mode connections open.',
      ru: 'Об отключении Slack сообщает JSON-сообщением с `type: "disconnect"` и полем `reason`: `warning`, `refresh_requested`, `link_disabled` или `too_many_websockets`. У приложения может быть открыто не больше 10 соединений Socket Mode.',
    },
  },
];
