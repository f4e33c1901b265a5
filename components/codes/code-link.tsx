import type { Locale } from "@/i18n/routing";
import { getCode } from "closecodes/codes";
import { paths } from "@/lib/i18n/paths";

/** `<Code n={1006} />` in MDX: "1006 Abnormal Closure", linked, the name read from the registry. */
export function CodeLink({ n, lang, bare = false }: { n: number; lang: Locale; bare?: boolean }) {
  const entry = getCode(n);
  return (
    <a href={paths.code(lang, n)} className="whitespace-nowrap">
      <code>{n}</code>
      {!bare && entry ? ` ${entry.name[lang]}` : null}
    </a>
  );
}
