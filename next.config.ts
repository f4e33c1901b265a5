import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { comparePairs } from "./lib/close-codes/pairs";

// Turbopack needs remark/rehype plugins as module names with JSON-serialisable options.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-gfm"],
    rehypePlugins: [
      "rehype-slug",
      [
        "rehype-pretty-code",
        {
          theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
          keepBackground: false,
          defaultLang: "plaintext",
        },
      ],
    ],
  },
});

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
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
