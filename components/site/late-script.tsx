import { loadAfterFirstPaint } from "@/lib/serve/after-first-paint";

/**
 * A script the page loads once it has painted (lib/serve/after-first-paint.ts says why): the
 * islands on every page, the tester's client on the tester. What such a script wires is rendered
 * disabled and enabled by it, so nothing looks usable before it is.
 */
export function LateScript({ src }: { src: string }) {
  return <script dangerouslySetInnerHTML={{ __html: loadAfterFirstPaint([{ src }]) }} />;
}
