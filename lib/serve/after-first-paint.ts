/**
 * Inline JavaScript that loads scripts once the page has painted: after `load`, in the task after
 * the next frame. Used for what no page needs in order to paint (islands.js, tester.js, and Next's
 * own chunks on a page that keeps them): a script that arrives and runs before the first paint delays it, and Lighthouse
 * counts its download and run into the page's LCP (docs/performance.md).
 */
import { inlineJson } from "./inline-json";

export type LateScript = { src: string; noModule?: boolean };

export function loadAfterFirstPaint(scripts: readonly LateScript[]): string {
  const list = inlineJson(scripts.map((s) => (s.noModule ? [s.src, 1] : [s.src])));
  return (
    `addEventListener("load",function(){requestAnimationFrame(function(){setTimeout(function(){` +
    `${list}.forEach(function(s){var e=document.createElement("script");e.src=s[0];e.async=true;` +
    `if(s[1])e.noModule=true;document.head.appendChild(e)})})})})`
  );
}
