import { el } from "./dom";

/**
 * Site search (components/site/search.tsx renders the button and the dialog) over the static
 * Pagefind index built after `next build` (public/pagefind). The index and its script load only
 * when someone types, so pages pay nothing for it. Opens with "/" or Ctrl/⌘+K. Pagefind keeps
 * one index per <html lang>, so results stay in the page's language.
 */
type PagefindResult = { data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }> };
type Pagefind = { search: (q: string) => Promise<{ results: PagefindResult[] }>; init?: () => Promise<void> };

let pagefind: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = "/pagefind/pagefind.js";
    const mod = (await import(/* @vite-ignore */ url)) as Pagefind;
    await mod.init?.();
    return mod;
  })();
  // A failed load (offline, index missing) is retried on the next keystroke.
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

/** "/en/codes/1006.html" (Pagefind's file path) → "/en/codes/1006"; "/en.html" → "/en". */
export function pageUrl(file: string): string {
  return file.replace(/\.html$/, "").replace(/^(\/(en|ru))\/?$/, "$1");
}

export function initSearch(root: ParentNode = document) {
  const button = root.querySelector<HTMLButtonElement>("button[data-search-open]");
  const dialog = root.querySelector<HTMLDialogElement>("dialog[data-search]");
  if (!button || !dialog) return;
  const input = dialog.querySelector<HTMLInputElement>("input[type=search]")!;
  const results = dialog.querySelector<HTMLElement>("[data-testid=search-results]")!;
  const message = (text: string, tone = "text-muted") => el("p", { class: `p-2 text-sm ${tone}` }, text);
  let latest = 0;

  const open = () => {
    dialog.showModal();
    input.focus();
  };
  button.addEventListener("click", open);
  button.disabled = false;
  dialog.querySelector("[data-search-close]")?.addEventListener("click", () => dialog.close());
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener("click", (e) => {
    if (e.target === dialog) dialog.close();
  });
  window.addEventListener("keydown", (e) => {
    const target = e.target as HTMLElement | null;
    const typing =
      target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
    if ((e.key === "k" && (e.ctrlKey || e.metaKey)) || (e.key === "/" && !typing)) {
      e.preventDefault();
      open();
    }
  });

  input.addEventListener("input", async () => {
    const q = input.value;
    // Answers can come back out of order; only the newest query may draw.
    const ticket = ++latest;
    if (q.trim() === "") {
      results.replaceChildren(message(dialog.dataset.hint ?? ""));
      return;
    }
    try {
      const pf = await loadPagefind();
      const { results: found } = await pf.search(q);
      const data = await Promise.all(found.slice(0, 10).map((r) => r.data()));
      if (ticket !== latest) return;
      if (data.length === 0) {
        results.replaceChildren(message(dialog.dataset.none ?? ""));
        return;
      }
      const list = el("ul");
      for (const d of data) {
        const excerpt = el("span", { class: "mt-0.5 block text-sm text-muted" });
        // Pagefind's excerpt is escaped page text with <mark> around the matches.
        excerpt.innerHTML = d.excerpt;
        list.append(
          el(
            "li",
            {},
            el(
              "a",
              { href: pageUrl(d.url), class: "block rounded p-2 hover:bg-surface-hover" },
              el("span", { class: "font-medium" }, d.meta.title ?? d.url),
              excerpt,
            ),
          ),
        );
      }
      results.replaceChildren(list);
    } catch (e) {
      if (ticket === latest) results.replaceChildren(message((e as Error).message, "text-danger"));
    }
  });
}
