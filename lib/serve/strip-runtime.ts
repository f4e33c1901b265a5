import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes as T } from "parse5";

/**
 * Reference pages are documents: server components render all of their HTML, and what is
 * interactive on them (theme button, search, copy buttons, decoder) is wired by the islands
 * script (islands/main.ts) on that markup. Next's client runtime adds nothing to them but cost:
 * about 150 KiB of JavaScript that must start before the page is idle, a second copy of the whole
 * page as inline RSC data (60–78 % of the HTML), and hydration of every element (see
 * docs/performance.md). So, as pages are served (server.ts), this removes Next's scripts from them:
 * the chunk <script src>s and their preloads, the bootstrap script and the RSC payload pushes.
 * parse5 finds them (with their source offsets) and only those bytes are cut: everything else
 * stays byte for byte what React rendered.
 *
 * A page that needs React in the browser says so with a `data-client-runtime` attribute on any
 * element (the tester does), and keeps everything. So does a page whose content the runtime has
 * yet to show: one that streamed part of it (Suspense boundaries revealed by inline scripts), and
 * Next's error shell (`<html id="__next_error__">`, an empty body the client renders into; Next
 * sends it for the 404 of an unknown path under a locale).
 *
 * Returns the new HTML, or null when the page is to be served as it is.
 */
export const KEEP_RUNTIME_ATTRIBUTE = "data-client-runtime";

type Element = T.Element;

export function stripClientRuntime(html: string): string | null {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const drop: Element[] = [];
  let keep = false;
  walk(doc, (el) => {
    if (tree.getAttrList(el).some((a) => a.name === KEEP_RUNTIME_ATTRIBUTE)) keep = true;
    const verdict = classify(el);
    if (verdict === "needs-runtime") keep = true;
    if (verdict === "runtime") drop.push(el);
  });
  if (keep || drop.length === 0) return null;
  let out = "";
  let from = 0;
  for (const el of drop) {
    const at = el.sourceCodeLocation;
    if (!at || at.startOffset < from) throw new Error(`strip-runtime: no source offsets for <${el.tagName}>`);
    out += html.slice(from, at.startOffset);
    from = at.endOffset;
  }
  return out + html.slice(from);
}

/** What one element is to this transform. */
function classify(el: Element): "runtime" | "needs-runtime" | "other" {
  const attr = (name: string) => tree.getAttrList(el).find((a) => a.name === name)?.value;
  if (el.tagName === "template" && /^B:/.test(attr("id") ?? "")) return "needs-runtime";
  if (el.tagName === "html" && attr("id") === "__next_error__") return "needs-runtime";
  if (el.tagName === "link") {
    const rel = attr("rel") ?? "";
    const scriptPreload = (rel === "preload" && attr("as") === "script") || rel === "modulepreload";
    return scriptPreload && (attr("href") ?? "").startsWith("/_next/") ? "runtime" : "other";
  }
  if (el.tagName !== "script") return "other";
  const src = attr("src");
  if (src !== undefined) return src.startsWith("/_next/") ? "runtime" : "other";
  const text = el.childNodes.map((n) => (tree.isTextNode(n) ? tree.getTextNodeContent(n) : "")).join("");
  // React's streaming reveal functions ($RC, $RS, $RX): content still in hidden <div>s.
  if (/\$R[CSX]\s*\(|\$RC\s*=/.test(text)) return "needs-runtime";
  // The RSC payload ("self.__next_f.push(…)") and the Turbopack bootstrap (<script id="_R_">).
  if (/^\(?self\.__next_[fs]\b/.test(text.trimStart()) || attr("id") === "_R_") return "runtime";
  return "other";
}

function walk(node: T.ParentNode, visit: (el: Element) => void) {
  for (const child of node.childNodes) {
    if (!tree.isElementNode(child)) continue;
    visit(child);
    walk(child.tagName === "template" ? tree.getTemplateContent(child as T.Template) : child, visit);
  }
}
