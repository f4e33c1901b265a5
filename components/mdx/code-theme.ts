/**
 * The two Shiki themes code blocks are highlighted with (next.config.ts hands them to
 * rehype-pretty-code); components/mdx/code-colors.tsx turns their colours into classes.
 */
export const CODE_THEMES = {
  light: "github-light-high-contrast",
  dark: "github-dark-high-contrast",
} as const;
