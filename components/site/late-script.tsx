import { loadAfterFirstPaint } from "@/lib/serve/after-first-paint";

/**
 * Loads /islands.js (islands/main.ts: theme button, search, copy buttons, decoder) once the page
 * has painted: nothing on a reference page needs it to paint. The buttons it wires are rendered
 * disabled and enabled by it, so nothing looks usable before it is.
 */
const loader = loadAfterFirstPaint([{ src: "/islands.js" }]);

export function IslandsScript() {
  return <script dangerouslySetInnerHTML={{ __html: loader }} />;
}
