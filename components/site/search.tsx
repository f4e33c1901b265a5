"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";

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
        className="inline-flex h-9 items-center gap-2 rounded-md border border-zinc-300 px-2 text-sm text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
        aria-keyshortcuts="/ Control+K Meta+K"
      >
        <span aria-hidden="true">⌕</span>
        {labels.open}
        <kbd className="hidden rounded border border-zinc-300 px-1 text-xs sm:inline dark:border-zinc-600">
          /
        </kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label={labels.title}
        className="m-auto mt-16 w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-zinc-300 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        onClick={(e) => {
          if (e.target === dialog.current) dialog.current?.close();
        }}
      >
        <div className="flex items-center gap-2 border-b border-zinc-200 p-3 dark:border-zinc-800">
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
            className="rounded px-2 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
          >
            {labels.close}
          </button>
        </div>
        <div className="max-h-[60vh] overflow-y-auto p-2" aria-live="polite" data-testid="search-results">
          {error ? <p className="p-2 text-sm text-red-700 dark:text-red-400">{error}</p> : null}
          {hits === null ? (
            <p className="p-2 text-sm text-zinc-600 dark:text-zinc-400">{labels.hint}</p>
          ) : null}
          {hits && hits.length === 0 ? <p className="p-2 text-sm">{labels.none}</p> : null}
          <ul>
            {hits?.map((h) => (
              <li key={h.url}>
                <a href={h.url} className="block rounded p-2 hover:bg-zinc-100 dark:hover:bg-zinc-800">
                  <span className="font-medium">{h.title}</span>
                  {/* Pagefind's excerpt is escaped page text with <mark> around the matches. */}
                  <span
                    className="mt-0.5 block text-sm text-zinc-600 dark:text-zinc-400"
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
