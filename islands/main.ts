/**
 * The site's only client script on reference pages (bundled to public/islands.js by
 * scripts/build-islands.mjs; app/[lang]/layout.tsx loads it (LateScript) once the page has
 * painted). Pages are served without Next's runtime (see lib/serve/client-runtime.ts), so what is
 * interactive on them — the theme button, search, copy buttons, the decoder — is wired here, on
 * the markup their server components render. The tester has its own script besides this one
 * (islands/tester.ts); this one wires its header.
 */
import { initCopyButtons } from "./copy";
import { initDecoders } from "./decoder";
import { initSearch } from "./search";
import { initThemeToggle } from "./theme";

initThemeToggle();
initSearch();
initCopyButtons();
initDecoders();
