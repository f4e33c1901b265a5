import { MAX_REASON_BYTES, pageCloseText } from "closecodes/codes/rules";
import type { Locale } from "closecodes/codes/types";
import { MAX_DELAY_MS } from "@/lib/scenarios/catalogue";
import { fill } from "@/lib/i18n/fill";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

type TesterMessages = (typeof en)["tester"];

/**
 * The tester's strings with the rules they state filled in on the server, from their one home:
 * the close() range, the reason limit, the longest delay. Placeholders that depend on what the
 * user does ({bytes}, {code}…) stay for the client to fill.
 */
export function testerMessages(lang: Locale): TesterMessages {
  const rules = { pageCodes: pageCloseText(lang), max: MAX_REASON_BYTES, maxDelay: MAX_DELAY_MS / 1000 };
  const walk = (v: unknown): unknown =>
    typeof v === "string"
      ? fill(v, rules)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
        : v;
  return walk((lang === "ru" ? ru : en).tester) as TesterMessages;
}
