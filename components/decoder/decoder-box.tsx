"use client";

import { useId, useState } from "react";
import { fill } from "@/lib/i18n/fill";
import { parseCode, type ParseError } from "closecodes/codes/parse";
import { Card } from "@/components/ui/card";

export type DecoderCode = { code: number; name: string; meaning: string; sendable: boolean };
export type DecoderRange = { from: number; to: number; name: string; meaning: string; sendable: boolean };
export type DecoderVendorCode = {
  code: number;
  vendor: string;
  id: string;
  name: string;
  meaning: string;
  reconnect: string;
};
export type DecoderLabels = {
  label: string;
  placeholder: string;
  hint: string;
  open: string;
  registered: string;
  inRange: string;
  inVendors: string;
  sendable: string;
  notSendable: string;
  errors: Record<ParseError, string>;
};

/**
 * Type any number, get its meaning at once. The data comes from the registry as props (rendered on
 * the server), and parsing is the same parseCode() the pages and the server use, so the answer here
 * always matches the code's page.
 */
export function DecoderBox({
  lang,
  codes,
  ranges,
  labels,
  initial = "",
  vendorCodes = [],
}: {
  lang: string;
  vendorCodes?: DecoderVendorCode[];
  codes: DecoderCode[];
  ranges: DecoderRange[];
  labels: DecoderLabels;
  initial?: string;
}) {
  const [value, setValue] = useState(initial);
  const id = useId();
  const parsed = parseCode(value);
  const entry = parsed.ok ? codes.find((c) => c.code === parsed.code) : undefined;
  const range = parsed.ok ? ranges.find((r) => parsed.code >= r.from && parsed.code <= r.to) : undefined;
  const inVendors = parsed.ok ? vendorCodes.filter((v) => v.code === parsed.code) : [];

  return (
    <Card padding="md" data-testid="decoder">
      <label htmlFor={`${id}-in`} className="block text-sm font-medium">
        {labels.label}
      </label>
      <input
        id={`${id}-in`}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={labels.placeholder}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setValue(e.target.value)}
        className="mt-1 w-full max-w-xs rounded-md border border-border-strong bg-surface-raised px-3 py-2 font-mono text-lg"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
        {labels.hint}
      </p>
      <div aria-live="polite" className="mt-3 min-h-28 text-sm" data-testid="decoder-result">
        {value.trim() === "" ? null : !parsed.ok ? (
          <p className="text-danger">{fill(labels.errors[parsed.error], { input: parsed.input })}</p>
        ) : (
          <div className="space-y-1">
            <p className="text-base font-semibold">
              <span className="font-mono">{parsed.code}</span> {entry ? entry.name : range?.name}
            </p>
            {entry ? (
              <p>
                {labels.registered}: {entry.meaning}
              </p>
            ) : null}
            {range ? (
              <p className="text-fg-soft">
                {fill(labels.inRange, { from: range.from, to: range.to, name: range.name })}
                {entry ? null : ` — ${range.meaning}`}
              </p>
            ) : null}
            <p>{(entry ? entry.sendable : range?.sendable) ? labels.sendable : labels.notSendable}</p>
            {inVendors.length ? (
              <div data-testid="decoder-vendors">
                <p className="mt-2 font-medium">{labels.inVendors}:</p>
                <ul className="list-disc pl-5">
                  {inVendors.map((v) => (
                    <li key={v.id}>
                      <a className="underline" href={`/${lang}/vendors/${v.id}#code-${v.code}`}>
                        {v.vendor}
                      </a>{" "}
                      <code className="text-xs">{v.name}</code>: {v.meaning} ({v.reconnect})
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <p>
              <a className="font-medium underline" href={`/${lang}/codes/${parsed.code}`}>
                {fill(labels.open, { code: parsed.code })}
              </a>
            </p>
          </div>
        )}
      </div>
    </Card>
  );
}
