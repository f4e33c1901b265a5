import type { Locale } from "@/i18n/routing";
import { findPair, getCode } from "closecodes/codes";
import { paths } from "@/lib/i18n/paths";

/** `<Compare a={1000} b={1006} />` in MDX; a pair that is not curated fails the build. */
export function CompareLink({ a, b, lang }: { a: number; b: number; lang: Locale }) {
  const found = findPair(`${a}-vs-${b}`);
  if (!found)
    throw new Error(`<Compare a={${a}} b={${b}} />: not a curated pair (closecodes/codes/pairs.ts)`);
  const [x, y] = found.pair;
  const sep = lang === "ru" ? " и " : " vs ";
  const nx = getCode(x)?.name[lang];
  const ny = getCode(y)?.name[lang];
  return (
    <a href={paths.compare(lang, x, y)}>
      {x}
      {sep}
      {y}
      {nx && ny ? ` (${nx}${lang === "ru" ? " и " : " vs "}${ny})` : null}
    </a>
  );
}
