import type { ComponentProps } from "react";
import { CopyButton } from "./copy-button";

/** A highlighted <pre> (shiki classes from rehype-pretty-code, at build time) plus a copy button. */
export function makeCodeBlock(labels: { copy: string; copied: string }) {
  return function CodeBlock(props: ComponentProps<"pre">) {
    return (
      <div className="relative">
        <pre
          {...props}
          className="overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 p-4 text-sm leading-relaxed dark:border-zinc-800 dark:bg-zinc-900"
        />
        <CopyButton label={labels.copy} doneLabel={labels.copied} />
      </div>
    );
  };
}
