import type { MDXComponents } from "mdx/types";

/**
 * Required by @next/mdx with the App Router. The real components are bound per page and locale in
 * components/mdx/page-components.tsx, because links and labels depend on the page's locale.
 */
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
