import { createRequire } from "node:module";
import type { Locale } from "../codes/types.ts";

/** The package's version, read from its package.json (one level above src/ and dist/). */
export function version(): string {
  return (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
}

export const HELP: Record<Locale, string> = {
  en: `closecodes — what a WebSocket close code means, and what really went over the wire

Usage:
  closecodes <code> [--vendor ID] [--lang en|ru] [--json]
      Explain any close code 0–65535: its meaning, who produces it, what Chromium,
      Firefox and WebKitGTK each report, whether to reconnect, and the page about it.
  closecodes vendors [--lang en|ru] [--json]
      List the vendors whose own codes --vendor knows (Discord, graphql-ws, Pusher…).
  closecodes probe <ws:// or wss:// URL> [options]
      Open a WebSocket with its own handshake and show what a browser hides: the HTTP
      status and headers of a rejected upgrade, every frame both ways byte-exact, who
      ended TCP and how, and what each browser engine would put in CloseEvent.

Probe options:
  --protocol NAME       offer a subprotocol (repeatable)
  --header 'K: V'       add a request header (repeatable)
  --origin URL          send an Origin header
  --send TEXT           send a text message after open (repeatable)
  --send-hex HEX        send a binary message after open (repeatable)
  --close [CODE [REASON]]  close after the sends (no CODE: an empty close frame)
  --timeout S           give up waiting after S seconds (default 10)
  --ping S              ping the server every S seconds and show round trips
  --insecure            wss: accept any certificate
  --ca FILE             wss: trust this CA (PEM)
  --no-deflate          do not offer permessage-deflate
  --expect CODE         exit 1 unless every measured engine would report CODE
  --json                print the transcript and verdict as JSON

Common options:
  --lang en|ru          language of the output (default en)
  --json                machine-readable output
  -h, --help            this help
  -v, --version         the version

Exit status: 0 ok · 1 --expect did not match · 2 bad input · 3 could not connect
(DNS, refused, TLS) · 4 the server stopped answering · 70 a bug in closecodes.
`,
  ru: `closecodes — что означает код закрытия WebSocket и что на самом деле было в сети

Использование:
  closecodes <код> [--vendor ID] [--lang en|ru] [--json]
      Объяснить любой код закрытия 0–65535: смысл, кто его выдаёт, что сообщают
      Chromium, Firefox и WebKitGTK, стоит ли переподключаться, и ссылка на страницу.
  closecodes vendors [--lang en|ru] [--json]
      Список вендоров, чьи собственные коды знает --vendor (Discord, graphql-ws, Pusher…).
  closecodes probe <URL ws:// или wss://> [параметры]
      Открыть WebSocket собственным рукопожатием и показать то, что скрывает браузер:
      HTTP-статус и заголовки отклонённого апгрейда, каждый кадр в обе стороны побайтно,
      кто и как закрыл TCP, и что каждый браузерный движок положил бы в CloseEvent.

Параметры probe:
  --protocol ИМЯ        предложить подпротокол (можно несколько раз)
  --header 'K: V'       добавить заголовок запроса (можно несколько раз)
  --origin URL          отправить заголовок Origin
  --send ТЕКСТ          отправить текстовое сообщение после открытия (можно несколько раз)
  --send-hex HEX        отправить двоичное сообщение после открытия (можно несколько раз)
  --close [КОД [ПРИЧИНА]]  закрыть после отправки (без КОДА — пустой кадр закрытия)
  --timeout С           ждать не дольше С секунд (по умолчанию 10)
  --ping С              пинговать сервер каждые С секунд и показывать время отклика
  --insecure            wss: принимать любой сертификат
  --ca ФАЙЛ             wss: доверять этому CA (PEM)
  --no-deflate          не предлагать permessage-deflate
  --expect КОД          код выхода 1, если хоть один измеренный движок сообщит не КОД
  --json                вывести запись обмена и вердикт в JSON

Общие параметры:
  --lang en|ru          язык вывода (по умолчанию en)
  --json                машиночитаемый вывод
  -h, --help            эта справка
  -v, --version         версия

Код выхода: 0 — всё в порядке · 1 — --expect не совпал · 2 — неверный ввод ·
3 — не удалось соединиться (DNS, отказ, TLS) · 4 — сервер перестал отвечать ·
70 — ошибка в самом closecodes.
`,
};
