import { buttonClass } from "@/components/ui/button";

export type SearchLabels = {
  open: string;
  title: string;
  placeholder: string;
  none: string;
  close: string;
  hint: string;
};

/**
 * The search button and its dialog, rendered on the server; islands/search.ts opens it (button,
 * "/" or Ctrl/⌘+K) and runs the queries. The button stays disabled until that script has run:
 * the dialog needs JavaScript.
 */
export function Search({ labels }: { labels: SearchLabels }) {
  return (
    <>
      <button
        type="button"
        data-search-open=""
        disabled
        className={buttonClass({ variant: "tool", size: "sm", className: "gap-2 text-fg-soft" })}
        aria-keyshortcuts="/ Control+K Meta+K"
      >
        <span aria-hidden="true">⌕</span>
        {labels.open}
        <kbd className="hidden rounded border border-border-strong px-1 text-xs sm:inline">/</kbd>
      </button>
      <dialog
        data-search=""
        data-hint={labels.hint}
        data-none={labels.none}
        aria-label={labels.title}
        className="m-auto mt-16 w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-border-strong bg-surface-raised p-0 text-fg shadow-xl backdrop:bg-black/40"
      >
        <div className="flex items-center gap-2 border-b border-border p-3">
          <input
            type="search"
            placeholder={labels.placeholder}
            aria-label={labels.title}
            className="w-full bg-transparent px-1 py-1 text-base outline-none"
          />
          <button
            type="button"
            data-search-close=""
            className="rounded px-2 py-1 text-sm hover:bg-surface-hover"
          >
            {labels.close}
          </button>
        </div>
        <div className="max-h-[60vh] overflow-y-auto p-2" aria-live="polite" data-testid="search-results">
          <p className="p-2 text-sm text-muted">{labels.hint}</p>
        </div>
      </dialog>
    </>
  );
}
