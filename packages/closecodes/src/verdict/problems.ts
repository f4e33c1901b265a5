import type { Localized } from "../codes/types.ts";
import type { FrameProblem, HandshakeProblem } from "../probe/transcript.ts";

/**
 * Each rule a server's frame can break, in words, with the section of RFC 6455 (or RFC 7692)
 * that states it: the probe prints them next to the frame, the verdict quotes them.
 */
export const PROBLEM_TEXT: Record<FrameProblem, Localized & { rfc: string }> = {
  masked: { en: "a masked frame from the server", ru: "маскированный кадр от сервера", rfc: "RFC 6455 §5.1" },
  rsv1: {
    en: "RSV1 set with no extension that defines it",
    ru: "бит RSV1 без расширения, которое его определяет",
    rfc: "RFC 6455 §5.2",
  },
  rsv2: {
    en: "RSV2 set with no extension that defines it",
    ru: "бит RSV2 без расширения, которое его определяет",
    rfc: "RFC 6455 §5.2",
  },
  rsv3: {
    en: "RSV3 set with no extension that defines it",
    ru: "бит RSV3 без расширения, которое его определяет",
    rfc: "RFC 6455 §5.2",
  },
  opcode: { en: "a reserved opcode", ru: "зарезервированный опкод", rfc: "RFC 6455 §5.2" },
  "bad-utf8": {
    en: "invalid UTF-8 in a text message",
    ru: "неверный UTF-8 в текстовом сообщении",
    rfc: "RFC 6455 §8.1",
  },
  "partial-utf8": {
    en: "a text message that ends in the middle of a UTF-8 sequence",
    ru: "текстовое сообщение, обрывающееся посреди UTF-8-последовательности",
    rfc: "RFC 6455 §8.1",
  },
  "fragmented-ping": {
    en: "a fragmented control frame",
    ru: "фрагментированный управляющий кадр",
    rfc: "RFC 6455 §5.5",
  },
  "fragmented-close": {
    en: "a fragmented close frame",
    ru: "фрагментированный кадр закрытия",
    rfc: "RFC 6455 §5.5",
  },
  "long-ping": {
    en: "a control frame longer than 125 bytes",
    ru: "управляющий кадр длиннее 125 байт",
    rfc: "RFC 6455 §5.5",
  },
  "non-minimal-length": {
    en: "a payload length not in its shortest form",
    ru: "длина не в кратчайшей форме",
    rfc: "RFC 6455 §5.2",
  },
  "length-top-bit": {
    en: "a 64-bit length with its top bit set",
    ru: "64-битная длина с установленным старшим битом",
    rfc: "RFC 6455 §5.2",
  },
  "orphan-continuation": {
    en: "a continuation frame with no message to continue",
    ru: "кадр-продолжение без начатого сообщения",
    rfc: "RFC 6455 §5.4",
  },
  interleaved: {
    en: "a new message before the fragmented one was finished",
    ru: "новое сообщение до окончания фрагментированного",
    rfc: "RFC 6455 §5.4",
  },
  "deflate-garbage": {
    en: "a compressed message that does not inflate",
    ru: "сжатое сообщение, которое не распаковывается",
    rfc: "RFC 7692 §6.2",
  },
  "close-one-byte": {
    en: "a close body of one byte (a code takes two)",
    ru: "тело кадра закрытия из одного байта (код занимает два)",
    rfc: "RFC 6455 §5.5.1",
  },
  "close-invalid-utf8": {
    en: "a close reason that is not UTF-8",
    ru: "причина закрытия не в UTF-8",
    rfc: "RFC 6455 §5.5.1",
  },
  "close-code-invalid": {
    en: "a code that must not appear in a close frame",
    ru: "код, которому не место в кадре закрытия",
    rfc: "RFC 6455 §7.4",
  },
  "data-after-close": {
    en: "a data frame after the close frame",
    ru: "кадр данных после кадра закрытия",
    rfc: "RFC 6455 §5.5.1",
  },
};

export const HANDSHAKE_PROBLEM_TEXT: Record<HandshakeProblem, Localized> = {
  "no-response": { en: "TCP ended before any HTTP answer", ru: "TCP закрылся до какого-либо HTTP-ответа" },
  timeout: { en: "no answer to the upgrade", ru: "нет ответа на апгрейд" },
  status: { en: "an HTTP status other than 101", ru: "HTTP-статус, отличный от 101" },
  "no-upgrade": {
    en: "101 without “Upgrade: websocket” (RFC 6455 §4.1)",
    ru: "101 без «Upgrade: websocket» (RFC 6455 §4.1)",
  },
  "no-connection": {
    en: "101 without “Connection: Upgrade” (RFC 6455 §4.1)",
    ru: "101 без «Connection: Upgrade» (RFC 6455 §4.1)",
  },
  "bad-accept": {
    en: "Sec-WebSocket-Accept missing or wrong (RFC 6455 §4.1)",
    ru: "Sec-WebSocket-Accept отсутствует или неверен (RFC 6455 §4.1)",
  },
  "protocol-not-offered": {
    en: "a subprotocol the client did not offer (RFC 6455 §4.1)",
    ru: "подпротокол, которого клиент не предлагал (RFC 6455 §4.1)",
  },
  "protocol-missing": {
    en: "subprotocols were offered and none was picked",
    ru: "подпротоколы предложены, но ни один не выбран",
  },
  "extension-not-offered": {
    en: "an extension the client did not offer (RFC 6455 §4.1)",
    ru: "расширение, которого клиент не предлагал (RFC 6455 §4.1)",
  },
  "extension-bad-params": {
    en: "permessage-deflate parameters RFC 7692 does not allow (§7.1)",
    ru: "параметры permessage-deflate, которых RFC 7692 не допускает (§7.1)",
  },
};
