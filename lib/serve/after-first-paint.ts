/**
 * Inline JavaScript that loads scripts once the page has painted: after `load`, in the task after
 * the next frame. Used for what no page needs in order to paint (islands.js; on the tester, Next's
 * own chunks): a script that arrives and runs before the first paint delays it, and Lighthouse
 * counts its download and run into the page's LCP (docs/performance.md).
 */
export type LateScript = { src: string; noModule?: boolean };

export function loadAfterFirstPaint(scripts: readonly LateScript[]): string {
  // "<" is escaped so no src can close the inline <script> this text goes into.
  const list = JSON.stringify(scripts.map((s) => (s.noModule ? [s.src, 1] : [s.src]))).replace(
    /</g,
    "\\u003c",
  );
  return (
    `addEventListener("load",function(){requestAnimationFrame(function(){setTimeout(function(){` +
    `${list}.forEach(function(s){var e=document.createElement("script");e.src=s[0];e.async=true;` +
    `if(s[1])e.noModule=true;document.head.appendChild(e)})})})})`
  );
}
