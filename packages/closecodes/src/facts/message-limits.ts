import type { Localized } from "../codes/types.ts";

/**
 * Default maximum incoming message sizes: the usual reason a server closes with 1009.
 * Source for every row: shared/reference/close-codes.md §3.3.
 */
export type MessageLimit = {
  component: string;
  /** The default limit, in words, in both locales (units are written the local way). */
  limit: Localized;
  setting?: string;
  behaviour: Localized;
  source: string;
};

export const messageLimits = [
  {
    component: "ws (Node.js)",
    limit: { en: "100 MiB", ru: "100 МиБ" },
    setting: "maxPayload",
    behaviour: { en: "closes with 1009", ru: "закрывает с 1009" },
    source: "https://github.com/websockets/ws/blob/master/doc/ws.md",
  },
  {
    component: "Python websockets",
    limit: { en: "1 MiB", ru: "1 МиБ" },
    setting: "max_size",
    behaviour: {
      en: "closes with 1009; the peer may see only 1006",
      ru: "закрывает с 1009; другая сторона может увидеть лишь 1006",
    },
    source: "https://websockets.readthedocs.io/en/stable/reference/variables.html",
  },
  {
    component: "coder/websocket (Go)",
    limit: { en: "32 KiB", ru: "32 КиБ" },
    setting: "SetReadLimit",
    behaviour: { en: "closes with 1009 (StatusMessageTooBig)", ru: "закрывает с 1009 (StatusMessageTooBig)" },
    source: "https://pkg.go.dev/github.com/coder/websocket#Conn.SetReadLimit",
  },
  {
    component: "Spring + embedded Tomcat",
    limit: { en: "8 KiB", ru: "8 КиБ" },
    setting: "maxTextMessageBufferSize",
    behaviour: { en: "closes with 1009", ru: "закрывает с 1009" },
    source: "https://github.com/spring-projects/spring-boot/issues/47944",
  },
  {
    component: "Jetty",
    limit: { en: "64 KiB", ru: "64 КиБ" },
    setting: "maxTextMessageSize",
    behaviour: { en: "closes the connection", ru: "закрывает соединение" },
    source: "https://jetty.org/docs/",
  },
  {
    component: "ASP.NET Core SignalR",
    limit: { en: "32 KiB", ru: "32 КиБ" },
    setting: "MaximumReceiveMessageSize",
    behaviour: { en: "closes the connection", ru: "закрывает соединение" },
    source: "https://learn.microsoft.com/en-us/aspnet/core/signalr/configuration",
  },
  {
    component: "AWS API Gateway (WebSocket APIs)",
    limit: { en: "128 KiB message, 32 KiB frame", ru: "128 КиБ на сообщение, 32 КиБ на кадр" },
    behaviour: { en: "closes with 1009; not adjustable", ru: "закрывает с 1009; не меняется" },
    source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html",
  },
] as const satisfies readonly MessageLimit[];
