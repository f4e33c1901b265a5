import type { Locale } from "@/i18n/routing";
import { allPairs, classify } from "closecodes/codes";
import { paths } from "@/lib/i18n/paths";
import { CardLink } from "@/components/site/card-link";

/** A name for any number in a pair: the registered name, or the range it falls in (e.g. 4000). */
export function nameFor(code: number, lang: Locale): string {
  const c = classify(code);
  if (!c.ok) throw new Error(`bad code in pair: ${code}`);
  return c.entry ? c.entry.name[lang] : c.range.name[lang];
}

export function PairList({ lang, limit }: { lang: Locale; limit?: number }) {
  const pairs = limit ? allPairs().slice(0, limit) : allPairs();
  const sep = lang === "ru" ? "и" : "vs";
  return (
    <ul className="grid gap-2 sm:grid-cols-2" data-testid="pair-list">
      {pairs.map(([a, b]) => (
        <li key={`${a}-${b}`}>
          <CardLink
            small
            href={paths.compare(lang, a, b)}
            title={
              <span className="font-mono font-semibold">
                {a} {sep} {b}
              </span>
            }
            text={`${nameFor(a, lang)} · ${nameFor(b, lang)}`}
          />
        </li>
      ))}
    </ul>
  );
}
