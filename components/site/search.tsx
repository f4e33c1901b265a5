"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button";

type PagefindResult = { data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }> };
type Pagefind = { search: (q: string) => Promise<{ results: PagefindResult[] }>; init?: () => Promise<void> };
type Hit = { url: string; title: string; excerpt: string };

export type SearchLabels = {
  open: string;
  title: string;
  placeholder: string;
  none: string;
  close: string;
  hint: string;
};

/**
 * Site search over the static Pagefind index built after `next build` (public/pagefind). The
 * index and its script load only when the dialog first opens, so pages pay nothing for it.
 * Opens with "/" or Ctrl/⌘+K. Pagefind keeps one index per <html lang>, so results stay in the
 * page's language.
 */
const noSubscribe = () => () => {};

export function Search({ labels }: { labels: SearchLabels }) {
  // The dialog needs JavaScript: the button stays disabled until the page has hydrated.
  const ready = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const pagefind = useRef<Pagefind | null>(null);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState("");

  const open = useCallback(() => {
    dialog.current?.showModal();
    input.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
      if ((e.key === "k" && (e.ctrlKey || e.metaKey)) || (e.key === "/" && !typing)) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  async function run(q: string) {
    setQuery(q);
    if (q.trim() === "") {
      setHits(null);
      return;
    }
    try {
      if (!pagefind.current) {
        const url = "/pagefind/pagefind.js";
        pagefind.current = (await import(
          /* webpackIgnore: true */ /* turbopackIgnore: true */ url
        )) as Pagefind;
        await pagefind.current.init?.();
      }
      const { results } = await pagefind.current.search(q);
      const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
      setHits(
        data.map((d) => ({
          url: d.url.replace(/\.html$/, "").replace(/^(\/(en|ru))\/?$/, "$1"),
          title: d.meta.title ?? d.url,
          excerpt: d.excerpt,
        })),
      );
      setError("");
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={open}
        disabled={!ready}
        className={buttonClass({ variant: "tool", size: "sm", className: "gap-2 text-fg-soft" })}
        aria-keyshortcuts="/ Control+K Meta+K"
      >
        <span aria-hidden="true">⌕</span>
        {labels.open}
        <kbd className="hidden rounded border border-border-strong px-1 text-xs sm:inline">/</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label={labels.title}
        className="m-auto mt-16 w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-border-strong bg-surface-raised p-0 text-fg shadow-xl backdrop:bg-black/40"
        onClick={(e) => {
          if (e.target === dialog.current) dialog.current?.close();
        }}
      >
        <div className="flex items-center gap-2 border-b border-border p-3">
          <input
            ref={input}
            type="search"
            value={query}
            onChange={(e) => void run(e.target.value)}
            placeholder={labels.placeholder}
            aria-label={labels.title}
            className="w-full bg-transparent px-1 py-1 text-base outline-none"
          />
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded px-2 py-1 text-sm hover:bg-surface-hover"
          >
            {labels.close}
          </button>
        </div>
        <div className="max-h-[60vh] overflow-y-auto p-2" aria-live="polite" data-testid="search-results">
          {error ? <p className="p-2 text-sm text-danger">{error}</p> : null}
          {hits === null ? <p className="p-2 text-sm text-muted">{labels.hint}</p> : null}
          {hits && hits.length === 0 ? <p className="p-2 text-sm">{labels.none}</p> : null}
          <ul>
            {hits?.map((h) => (
              <li key={h.url}>
                <a href={h.url} className="block rounded p-2 hover:bg-surface-hover">
                  <span className="font-medium">{h.title}</span>
                  {/* Pagefind's excerpt is escaped page text with <mark> around the matches. */}
                  <span
                    className="mt-0.5 block text-sm text-muted"
                    dangerouslySetInnerHTML={{ __html: h.excerpt }}
                  />
                </a>
              </li>
            ))}
          </ul>
        </div>
      </dialog>
    </>
  );
}
