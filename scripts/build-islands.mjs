// Bundles islands/main.ts (the reference pages' only client script) into public/islands.js.
// Runs before `next build` and `npm run dev`; esbuild reads tsconfig.json's paths, so islands
// import the registry's parser and the site's helpers the same way the pages do.
import { build } from "esbuild";

await build({
  entryPoints: ["islands/main.ts"],
  outfile: "public/islands.js",
  bundle: true,
  minify: true,
  format: "iife",
  target: ["chrome111", "firefox115", "safari16"],
  legalComments: "none",
  logLevel: "warning",
});
