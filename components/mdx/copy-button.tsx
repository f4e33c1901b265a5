"use client";

import { useState } from "react";

/** Copies the text of the code block it sits in. */
export function CopyButton({ label, doneLabel }: { label: string; doneLabel: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="absolute right-2 top-2 rounded border border-zinc-300 bg-white/90 px-2 py-0.5 text-xs text-zinc-700 opacity-80 hover:opacity-100 focus:opacity-100 dark:border-zinc-600 dark:bg-zinc-800/90 dark:text-zinc-200"
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
