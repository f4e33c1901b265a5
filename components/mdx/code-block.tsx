import type { ComponentProps } from "react";
import { CopyButton } from "./copy-button";
import { cardClass } from "@/components/ui/card";
import { CodeColors } from "./code-colors";

/**
 * A highlighted <pre> (tokens from rehype-pretty-code at build time, coloured by classes: see
 * code-colors.tsx) plus a copy button.
 */
export function makeCodeBlock(labels: { copy: string; copied: string }) {
  return function CodeBlock(props: ComponentProps<"pre">) {
    return (
      <div className="relative">
        <CodeColors />
        <pre
          {...props}
          className={cardClass({
            padding: "md",
            tone: "muted",
            className: "overflow-x-auto text-sm leading-relaxed",
          })}
        />
        <CopyButton label={labels.copy} doneLabel={labels.copied} />
      </div>
    );
  };
}
