/**
 * Loads /islands.js (islands/main.ts: theme button, search, copy buttons, decoder) once the page
 * has painted: after `load`, in the task after the next frame. Nothing on a reference page needs
 * it to paint, and a script that arrives before the first paint is counted into the page's LCP
 * (about 0.2–0.3 s of it under Lighthouse's slow-4G simulation; docs/performance.md). The
 * buttons it wires are rendered disabled and enabled by it, so nothing looks usable before it is.
 */
const loader = `addEventListener("load",function(){requestAnimationFrame(function(){setTimeout(function(){var s=document.createElement("script");s.src="/islands.js";document.head.appendChild(s)})})})`;

export function IslandsScript() {
  return <script dangerouslySetInnerHTML={{ __html: loader }} />;
}
