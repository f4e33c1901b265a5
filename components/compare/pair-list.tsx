import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { allPairs, classify } from "@/lib/close-codes";
import { paths } from "@/lib/i18n/paths";

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
          <Link
            href={paths.compare(lang, a, b)}
            className="block rounded-md border border-zinc-200 p-3 hover:border-emerald-600 dark:border-zinc-800 dark:hover:border-emerald-500"
          >
            <span className="font-mono font-semibold">
              {a} {sep} {b}
            </span>
            <span className="block text-sm text-zinc-600 dark:text-zinc-400">
              {nameFor(a, lang)} · {nameFor(b, lang)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
