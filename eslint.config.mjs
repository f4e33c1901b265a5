import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "public/pagefind/**",
      "public/islands.js",
      "public/tester.js",
      ".lighthouse/**",
      "fixtures/floor/.next/**",
      "fixtures/floor/next-env.d.ts",
    ],
  },
];

export default config;
