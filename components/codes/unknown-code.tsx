"use client";

import { usePathname } from "next/navigation";
import { fill } from "@/lib/i18n/fill";
import { parseCode, type ParseError } from "@/lib/close-codes/parse";

type Messages = {
  codeTitle: string;
  codeLead: string;
  home: string;
  tryDecoder: string;
  errors: Record<ParseError, string>;
};

/** Explains why a /codes/<segment> URL is not a close code, using the same parser as the decoder. */
export function UnknownCode({ messages }: { messages: { en: Messages; ru: Messages } }) {
  const pathname = usePathname() ?? "";
  const m = /^\/(en|ru)\/codes\/([^/]*)/.exec(pathname);
  const lang = (m?.[1] ?? "en") as "en" | "ru";
  let segment = m?.[2] ?? "";
  try {
    segment = decodeURIComponent(segment);
  } catch {
    // A malformed escape is shown as typed.
  }
  const t = messages[lang];
  const parsed = parseCode(segment);
  const why = parsed.ok ? "" : fill(t.errors[parsed.error], { input: parsed.input });
  return (
    <div className="max-w-2xl space-y-4" data-testid="unknown-code">
      <p className="font-mono text-sm text-zinc-500">404</p>
      <h1 className="text-3xl font-bold tracking-tight">{fill(t.codeTitle, { input: segment })}</h1>
      <p className="text-lg" data-testid="unknown-code-why">
        {why}
      </p>
      <p>{t.codeLead}</p>
      <p className="flex gap-4">
        <a className="font-medium underline" href={`/${lang}/codes`}>
          {t.tryDecoder}
        </a>
        <a className="underline" href={`/${lang}`}>
          {t.home}
        </a>
      </p>
    </div>
  );
}
