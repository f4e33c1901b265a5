import { buttonClass } from "@/components/ui/button";

/**
 * Copies the text of the code block it sits in (islands/copy.ts does the copying and says
 * "Copied"). Rendered on the server: a page with code blocks ships no component code for it.
 * Disabled until the island has wired it.
 */
export function CopyButton({ label, doneLabel }: { label: string; doneLabel: string }) {
  return (
    <button
      type="button"
      disabled
      data-copy={label}
      data-copied={doneLabel}
      className={buttonClass({
        variant: "tool",
        size: "xs",
        className:
          "absolute right-2 top-2 bg-surface-raised/90 text-fg-soft opacity-80 hover:opacity-100 focus:opacity-100",
      })}
    >
      <span aria-live="polite" data-copy-label="">
        {label}
      </span>
    </button>
  );
}
