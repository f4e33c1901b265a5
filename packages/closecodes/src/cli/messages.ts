import type { ParseError } from "../codes/parse.ts";
import { pageCloseText } from "../codes/rules.ts";
import type { Locale } from "../codes/types.ts";

/** The CLI's own words, in both locales (the registry's texts come from the registry). */
export const T = {
  en: {
    parse: {
      empty: "give a close code: a whole number from 0 to 65535",
      "not-a-number": (i: string) => `“${i}” is not a number: a close code is a whole number from 0 to 65535`,
      "not-an-integer": (i: string) =>
        `“${i}” is not a whole number: close codes are integers from 0 to 65535`,
      negative: (i: string) => `“${i}” is negative: close codes are unsigned, 0 to 65535`,
      "too-large": (i: string) => `“${i}” is larger than 65535: the code field of a close frame is 16 bits`,
    } satisfies Record<ParseError, string | ((i: string) => string)>,
    unknownVendor: (v: string, ids: string) => `unknown vendor “${v}”; known vendors: ${ids}`,
    vendorLacksCode: (v: string, c: number) =>
      `${v} defines no code ${c} (run “closecodes vendors” to list vendors)`,
    badLang: (l: string) => `unknown language “${l}”: use en or ru`,
    registered: "registered",
    unregistered: "not registered",
    iana: "IANA name",
    ianaDescriptionOnly: "none; the registry has only a description (the name above is ours):",
    range: "Range",
    onWire: "On the wire",
    page: "Page close()",
    pageYes: (c: number) => `close(${c}) is allowed`,
    pageNo: (c: number) =>
      `close(${c}) throws InvalidAccessError: a page may send only ${pageCloseText("en")}`,
    producers: "Who produces it",
    browsers: (d: string) => `What each engine reports (measured ${d})`,
    inCloseEvent: "in CloseEvent",
    wasClean: "wasClean",
    errorEvent: "error event first",
    whatToDo: "Reconnect?",
    vendorSays: (v: string) => `${v} says`,
    alsoUsedBy: "Also defined by",
    spec: "Spec",
    more: "More",
    hidden:
      "The browser hides the cause of most closes (a 403 on the upgrade, a forbidden code, a bad frame all reach the page as 1006). See what went over the wire:",
    vendorsTitle: "Vendors with their own close codes (use with --vendor):",
  },
  ru: {
    parse: {
      empty: "укажите код закрытия: целое число от 0 до 65535",
      "not-a-number": (i: string) => `«${i}» — не число: код закрытия — целое число от 0 до 65535`,
      "not-an-integer": (i: string) => `«${i}» — не целое число: коды закрытия — целые числа от 0 до 65535`,
      negative: (i: string) => `«${i}» — отрицательное число: коды закрытия беззнаковые, от 0 до 65535`,
      "too-large": (i: string) => `«${i}» больше 65535: поле кода в кадре закрытия занимает 16 бит`,
    } satisfies Record<ParseError, string | ((i: string) => string)>,
    unknownVendor: (v: string, ids: string) => `неизвестный вендор «${v}»; известные: ${ids}`,
    vendorLacksCode: (v: string, c: number) => `у ${v} нет кода ${c} (список вендоров: «closecodes vendors»)`,
    badLang: (l: string) => `неизвестный язык «${l}»: используйте en или ru`,
    registered: "зарегистрирован",
    unregistered: "не зарегистрирован",
    iana: "Имя в IANA",
    ianaDescriptionOnly: "нет, в реестре только описание (имя выше дали мы):",
    range: "Диапазон",
    onWire: "В кадре",
    page: "close() на странице",
    pageYes: (c: number) => `close(${c}) разрешён`,
    pageNo: (c: number) =>
      `close(${c}) бросает InvalidAccessError: страница может отправить только ${pageCloseText("ru")}`,
    producers: "Кто его выдаёт",
    browsers: (d: string) => `Что сообщает каждый движок (измерено ${d})`,
    inCloseEvent: "в CloseEvent",
    wasClean: "wasClean",
    errorEvent: "сначала error",
    whatToDo: "Переподключаться?",
    vendorSays: (v: string) => `По словам ${v}`,
    alsoUsedBy: "Тот же номер у",
    spec: "Спецификация",
    more: "Подробнее",
    hidden:
      "Браузер скрывает причину большинства закрытий (403 на апгрейд, запрещённый код, испорченный кадр — для страницы всё это 1006). Посмотрите, что было в сети:",
    vendorsTitle: "Вендоры со своими кодами закрытия (для --vendor):",
  },
} as const;

export type Messages = (typeof T)[Locale];

export function parseMessage(m: Messages, error: ParseError, input: string): string {
  const f = m.parse[error];
  return typeof f === "function" ? f(input) : f;
}
