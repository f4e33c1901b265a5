/**
 * Builds DOM nodes for the islands. Text always goes in as text nodes, never as HTML, so a
 * registry string or a user's input can never become markup.
 */
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === "object" ? c : String(c));
  }
  return node;
}

/** The JSON an element carries in a data attribute, written there by its server component. */
export function dataJson<T>(node: HTMLElement, name: string): T {
  return JSON.parse(node.dataset[name] ?? "null") as T;
}
