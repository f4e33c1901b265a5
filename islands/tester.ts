/**
 * The tester's client (bundled to public/tester.js by scripts/build-islands.mjs, loaded by
 * components/tester/tester-island.tsx once the page has painted).
 *
 * The tester's components are React components: Next renders their HTML on the server. In the
 * browser they run on Preact (the build aliases `react` to `preact/compat`): React DOM and Next's
 * router cost more main-thread time to start than the whole tester (docs/performance.md), and the
 * page is served without them like every reference page. Preact's `render` into a container that
 * already has children reuses those nodes and sets every attribute its first render produces, so
 * the server's markup becomes the live tester without being rebuilt or shifting.
 *
 * Where Next's runtime is still on the page (`npm run dev` keeps it for hot reload), React
 * hydrates the tester as a client component and this script leaves it alone.
 */
import { h, render, type ComponentType } from "preact";
import { Tester, type TesterProps } from "@/components/tester/tester";
import { TESTER_PROPS_ID, TESTER_ROOT_ATTRIBUTE } from "@/components/tester/island-ids";

function start() {
  if ("__next_f" in self) return;
  const root = document.querySelector(`[${TESTER_ROOT_ATTRIBUTE}]`);
  const json = document.getElementById(TESTER_PROPS_ID)?.textContent;
  if (!root || !json) return;
  const props = JSON.parse(json) as TesterProps;
  // The component is typed against React's JSX; at run time it is Preact's (the alias).
  render(h(Tester as unknown as ComponentType<TesterProps>, props), root);
}

start();
