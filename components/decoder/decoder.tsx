import { useId } from "react";
import type { Locale } from "@/i18n/routing";
import { decoderLabels } from "@/lib/decoder/data";
import { Card } from "@/components/ui/card";

/**
 * The decoder box, rendered on the server; islands/decoder.ts answers as the reader types, from
 * /{lang}/decoder.json. Without JavaScript the field is there but does not answer, as before.
 */
export async function Decoder({ lang }: { lang: Locale }) {
  const labels = await decoderLabels(lang);
  return <DecoderBox lang={lang} labels={labels} />;
}

// A component of its own because it calls useId, and an async component cannot call hooks.
function DecoderBox({ lang, labels }: { lang: Locale; labels: Awaited<ReturnType<typeof decoderLabels>> }) {
  const id = useId();
  return (
    <Card
      padding="md"
      data-testid="decoder"
      data-decoder=""
      data-lang={lang}
      data-src={`/${lang}/decoder.json`}
      data-labels={JSON.stringify(labels)}
    >
      <label htmlFor={`${id}-in`} className="block text-sm font-medium">
        {labels.label}
      </label>
      <input
        id={`${id}-in`}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={labels.placeholder}
        aria-describedby={`${id}-hint`}
        className="mt-1 w-full max-w-xs rounded-md border border-border-strong bg-surface-raised px-3 py-2 font-mono text-lg"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
        {labels.hint}
      </p>
      <div aria-live="polite" className="mt-3 min-h-28 text-sm" data-testid="decoder-result" />
    </Card>
  );
}
