import type { Locale } from "@/i18n/routing";
import { allCodes, allRanges } from "closecodes/codes";
import { paths } from "@/lib/i18n/paths";
import { CardLink } from "@/components/site/card-link";

/** Every range, with its registered codes under it. Headings are h3 under a page's h2. */
export function CodeList({ lang }: { lang: Locale }) {
  const codes = allCodes();
  return (
    <div className="space-y-8" data-testid="code-list">
      {allRanges().map((r) => {
        const inRange = codes.filter((c) => c.code >= r.from && c.code <= r.to);
        return (
          <section key={r.id} aria-labelledby={`range-${r.id}`}>
            <h3 id={`range-${r.id}`} className="text-lg font-semibold">
              <a href={paths.code(lang, r.from)} className="hover:underline">
                <span className="font-mono">
                  {r.from}–{r.to}
                </span>{" "}
                {r.name[lang]}
              </a>
            </h3>
            <p className="mt-1 text-sm text-fg-soft">{r.meaning[lang]}</p>
            {inRange.length > 0 ? (
              <ul className="mt-3 grid gap-2 sm:grid-cols-2">
                {inRange.map((c) => (
                  <li key={c.code}>
                    <CardLink
                      small
                      href={paths.code(lang, c.code)}
                      title={
                        <>
                          <span className="font-mono font-semibold">{c.code}</span>{" "}
                          <span className="font-medium">{c.name[lang]}</span>
                        </>
                      }
                      text={c.meaning[lang]}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
