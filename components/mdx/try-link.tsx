import type { Locale } from "@/i18n/routing";
import { getScenario } from "@/lib/scenarios/catalogue";
import { paths } from "@/lib/i18n/paths";

/** `<TryLink scenario="idle-proxy" query="idle=5" />` in MDX: opens the live tester on a scenario. */
export function TryLink({ scenario, query = "", lang }: { scenario: string; query?: string; lang: Locale }) {
  const s = getScenario(scenario);
  if (!s) throw new Error(`<TryLink scenario="${scenario}" />: no such scenario`);
  return (
    <a href={paths.tester(lang, `s=${scenario}${query ? `&${query}` : ""}`)} className="whitespace-nowrap">
      ▶ {s.title[lang]}
    </a>
  );
}
