import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes as T } from "parse5";
import { loadAfterFirstPaint, type LateScript } from "./after-first-paint";

/**
 * What server.ts does to each HTML page Next renders, before it is sent (docs/performance.md):
 *
 * - **The site's pages need no React DOM or Next router in the browser.** Server components render
 *   all of their HTML; what is interactive on reference pages (theme button, search, copy buttons,
 *   decoder) is wired by islands/main.ts on that markup, and the tester's components run on
 *   Preact (islands/tester.ts). Next's client runtime adds nothing to them but cost: about
 *   150 KiB of JavaScript that must start before the page is idle, a second copy of the whole page
 *   as inline RSC data (60–78 % of the HTML) and hydration of every element. So it is removed:
 *   the chunk <script src>s and their preloads, the bootstrap script and the RSC payload pushes
 *   ({@link stripClientRuntime}).
 * - **A page whose content the runtime has yet to show keeps it, loaded after the first paint**:
 *   one that streamed part of its content (Suspense boundaries revealed by inline scripts), or
 *   Next's error shell (`<html id="__next_error__">`, an empty body the client renders into; Next
 *   sends it for the 404 of an unknown path under a locale). Its inline data stays where it is;
 *   its chunk scripts are loaded once the page has painted ({@link deferClientRuntime}), so the
 *   server-rendered page paints without waiting for them.
 *
 * parse5 finds the elements (with their source offsets) and only those bytes are cut: everything
 * else stays byte for byte what React rendered. Each function returns the new HTML, or null when
 * the page is to be sent as it is.
 */
type Element = T.Element;
type Role = "chunk" | "preload" | "inline-runtime" | "needs-runtime" | "other";
type Found = { el: Element; role: Role };

/** Strips the runtime from a page that does not need it; defers it on one that does. */
export function prepareForServing(html: string): string | null {
  const found = scan(html);
  return needsRuntime(found) ? deferScripts(html, found) : stripScripts(html, found);
}

export function stripClientRuntime(html: string): string | null {
  const found = scan(html);
  return needsRuntime(found) ? null : stripScripts(html, found);
}

export function deferClientRuntime(html: string): string | null {
  return deferScripts(html, scan(html));
}

function needsRuntime(found: Found[]): boolean {
  return found.some((f) => f.role === "needs-runtime");
}

function stripScripts(html: string, found: Found[]): string | null {
  const drop = found.filter((f) => f.role === "chunk" || f.role === "preload" || f.role === "inline-runtime");
  return drop.length === 0 ? null : cut(html, drop, () => "");
}

function deferScripts(html: string, found: Found[]): string | null {
  const chunks = found.filter((f) => f.role === "chunk");
  if (chunks.length === 0) return null;
  const late: LateScript[] = chunks.map(({ el }) => ({
    src: attr(el, "src")!,
    noModule: attr(el, "nomodule") !== undefined,
  }));
  const loader = `<script>${loadAfterFirstPaint(late)}</script>`;
  const first = chunks[0]!.el;
  // The loader takes the place of the first chunk script; the rest and the preloads go.
  const drop = found.filter((f) => f.role === "chunk" || f.role === "preload");
  return cut(html, drop, (el) => (el === first ? loader : ""));
}

function scan(html: string): Found[] {
  const found: Found[] = [];
  walk(parse(html, { sourceCodeLocationInfo: true }), (el) => {
    const role = roleOf(el);
    if (role !== "other") found.push({ el, role });
  });
  return found;
}

/** Replaces each element's source bytes (found in document order) with `by(el)`. */
function cut(html: string, found: Found[], by: (el: Element) => string): string {
  let out = "";
  let from = 0;
  for (const { el } of found) {
    const at = el.sourceCodeLocation;
    if (!at || at.startOffset < from)
      throw new Error(`client-runtime: no source offsets for <${el.tagName}>`);
    out += html.slice(from, at.startOffset) + by(el);
    from = at.endOffset;
  }
  return out + html.slice(from);
}

function attr(el: Element, name: string): string | undefined {
  return tree.getAttrList(el).find((a) => a.name === name)?.value;
}

function roleOf(el: Element): Role {
  if (el.tagName === "template" && /^B:/.test(attr(el, "id") ?? "")) return "needs-runtime";
  if (el.tagName === "html" && attr(el, "id") === "__next_error__") return "needs-runtime";
  if (el.tagName === "link") {
    const rel = attr(el, "rel") ?? "";
    const scriptPreload = (rel === "preload" && attr(el, "as") === "script") || rel === "modulepreload";
    return scriptPreload && (attr(el, "href") ?? "").startsWith("/_next/") ? "preload" : "other";
  }
  if (el.tagName !== "script") return "other";
  const src = attr(el, "src");
  if (src !== undefined) return src.startsWith("/_next/") ? "chunk" : "other";
  const text = el.childNodes.map((n) => (tree.isTextNode(n) ? tree.getTextNodeContent(n) : "")).join("");
  // React's streaming reveal functions ($RC, $RS, $RX): content still in hidden <div>s.
  if (/\$R[CSX]\s*\(|\$RC\s*=/.test(text)) return "needs-runtime";
  // The RSC payload ("self.__next_f.push(…)") and the Turbopack bootstrap (<script id="_R_">).
  if (/^\(?self\.__next_[fs]\b/.test(text.trimStart()) || attr(el, "id") === "_R_") return "inline-runtime";
  return "other";
}

function walk(node: T.ParentNode, visit: (el: Element) => void) {
  for (const child of node.childNodes) {
    if (!tree.isElementNode(child)) continue;
    visit(child);
    walk(child.tagName === "template" ? tree.getTemplateContent(child as T.Template) : child, visit);
  }
}
