// Bundles the site's client scripts, the only JavaScript its pages load (Next's runtime is cut
// out of every page by lib/serve/client-runtime.ts):
//   islands/main.ts   -> public/islands.js  every page: theme button, search, copy buttons, decoder
//   islands/tester.ts -> public/tester.js   the tester's React components, run on Preact
// Runs before `next build` and `npm run dev`; esbuild reads tsconfig.json's paths, so islands
// import the registry and the site's components the same way the pages do.
import { build } from "esbuild";

const common = {
  bundle: true,
  minify: true,
  format: "iife",
  target: ["chrome111", "firefox115", "safari16"],
  legalComments: "none",
  logLevel: "warning",
};

await Promise.all([
  build({ ...common, entryPoints: ["islands/main.ts"], outfile: "public/islands.js" }),
  build({
    ...common,
    entryPoints: ["islands/tester.ts"],
    outfile: "public/tester.js",
    // The components import React and are compiled for React's JSX runtime by Next; here both
    // resolve to Preact (islands/tester.ts says why).
    alias: { react: "preact/compat", "react-dom": "preact/compat" },
    jsx: "automatic",
    jsxImportSource: "preact",
  }),
]);
