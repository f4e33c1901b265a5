"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button";

/** Copies the text of the code block it sits in. */
export function CopyButton({ label, doneLabel }: { label: string; doneLabel: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className={buttonClass({
        variant: "tool",
        size: "xs",
        className:
          "absolute right-2 top-2 bg-surface-raised/90 text-fg-soft opacity-80 hover:opacity-100 focus:opacity-100",
      })}
      onClick={async (e) => {
        const pre = e.currentTarget.parentElement?.querySelector("pre");
        if (!pre) return;
        await navigator.clipboard.writeText(pre.innerText);
        setDone(true);
        setTimeout(() => setDone(false), 1500);
      }}
    >
      <span aria-live="polite">{done ? doneLabel : label}</span>
    </button>
  );
}
