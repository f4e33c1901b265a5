import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { CODE_THEMES } from "./components/mdx/code-theme";
import { comparePairs } from "./packages/closecodes/src/codes/pairs";

// Turbopack needs remark/rehype plugins as module names with JSON-serialisable options.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-gfm"],
    rehypePlugins: [
      "rehype-slug",
      [
        "rehype-pretty-code",
        {
          theme: { ...CODE_THEMES },
          keepBackground: false,
          defaultLang: "plaintext",
          // Inline `code` in prose stays a plain <code>: highlighting it as plaintext wrapped each
          // one in ~230 bytes of spans, data attributes and styles (110 of them on the 1006 page).
          bypassInlineCode: true,
        },
      ],
    ],
  },
});

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Security headers for every page. script-src needs 'unsafe-inline' because prerendered App
 * Router pages carry inline bootstrap scripts (a nonce would make every page dynamic), and
 * 'wasm-unsafe-eval' for the Pagefind search index. connect-src allows ws:/wss: anywhere: the
 * tester's free-URL field connects to the user's own server.
 */
const dev = process.env.NODE_ENV !== "production";
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // server.ts compresses, outside the rewrite that strips the client runtime from reference pages.
  compress: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  pageExtensions: ["ts", "tsx"],
  // A reversed pair ("1006-vs-1000") is the same comparison: send it to the canonical URL.
  async redirects() {
    return comparePairs.flatMap(([a, b]) => [
      {
        source: `/:lang(en|ru)/compare/${b}-vs-${a}`,
        destination: `/:lang/compare/${a}-vs-${b}`,
        permanent: true,
      },
      { source: `/compare/${b}-vs-${a}`, destination: `/compare/${a}-vs-${b}`, permanent: true },
    ]);
  },
};

export default withNextIntl(withMDX(nextConfig));
