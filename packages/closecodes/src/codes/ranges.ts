import { spec } from "./spec-links.ts";
import type { RangeEntry } from "./types.ts";

/**
 * RFC 6455 §7.4.2 splits the 16-bit code space into ranges. Together these cover 0–65535 with
 * no gap and no overlap (tests/registry.test.ts checks it), so classify() can place any integer.
 */
/** A hand-written range: `sendableByPage` follows from rules.ts. */
export type RangeRow = Omit<RangeEntry, "sendableByPage">;

export const rangeRows: readonly RangeRow[] = [
  {
    id: "unused",
    from: 0,
    to: 999,
    name: { en: "Not used", ru: "Не используются" },
    meaning: {
      en: "RFC 6455 says codes below 1000 are not used. A conforming endpoint treats one in a close frame as a protocol error; browser engines disagree on it (below).",
      ru: "По RFC 6455 коды меньше 1000 не используются. Корректная реализация считает такой код в кадре закрытия ошибкой протокола; браузерные движки в этом расходятся (см. ниже).",
    },
    validOnWire: false,
    spec: [spec.rfcRanges],
  },
  {
    id: "protocol",
    from: 1000,
    to: 1015,
    name: { en: "Protocol codes", ru: "Коды протокола" },
    meaning: {
      en: "Codes defined by RFC 6455 and later IANA registrations. Each has its own page.",
      ru: "Коды, определённые в RFC 6455 и позднейших регистрациях IANA. У каждого своя страница.",
    },
    validOnWire: true,
    spec: [spec.rfcCodes, spec.iana],
  },
  {
    id: "unassigned-protocol",
    from: 1016,
    to: 2999,
    name: { en: "Reserved for future protocol use", ru: "Резерв для будущих стандартов" },
    meaning: {
      en: "Reserved for the WebSocket protocol and its extensions, assigned only by a published standard. None is assigned, so an endpoint should not send one.",
      ru: "Зарезервированы за протоколом WebSocket и его расширениями и назначаются только опубликованным стандартом. Ни один не назначен, поэтому отправлять их не следует.",
    },
    validOnWire: false,
    spec: [spec.rfcRanges, spec.iana],
  },
  {
    id: "registered",
    from: 3000,
    to: 3999,
    name: {
      en: "Libraries and frameworks (IANA-registered)",
      ru: "Библиотеки и фреймворки (регистрируются в IANA)",
    },
    meaning: {
      en: "For libraries, frameworks and applications, registered with IANA first come, first served. Only 3000, 3003 and 3008 are registered; others in this range are used by some frameworks without registration.",
      ru: "Для библиотек, фреймворков и приложений; регистрируются в IANA в порядке очереди. Зарегистрированы только 3000, 3003 и 3008; остальные коды диапазона некоторые фреймворки используют без регистрации.",
    },
    validOnWire: true,
    spec: [spec.rfcRanges, spec.iana],
  },
  {
    id: "private",
    from: 4000,
    to: 4999,
    name: { en: "Private use", ru: "Для частного использования" },
    meaning: {
      en: "Free for your own application protocol; cannot be registered. The meaning is whatever the server you talk to says it is: check its documentation.",
      ru: "Свободны для собственного протокола приложения и не регистрируются. Значение такое, какое определил сервер, с которым вы говорите: смотрите его документацию.",
    },
    validOnWire: true,
    spec: [spec.rfcRanges],
  },
  {
    id: "undefined",
    from: 5000,
    to: 65535,
    name: { en: "Outside the defined ranges", ru: "Вне определённых диапазонов" },
    meaning: {
      en: "RFC 6455 defines no range above 4999. A strict endpoint rejects such a code; browser engines disagree on it (below).",
      ru: "RFC 6455 не определяет диапазонов выше 4999. Строгая реализация отвергает такой код; браузерные движки в этом расходятся (см. ниже).",
    },
    validOnWire: false,
    spec: [spec.rfcRanges],
  },
];
