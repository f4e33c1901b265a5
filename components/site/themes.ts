/**
 * The colour theme choices, in the order the theme button cycles through them ("system" follows
 * the operating system), and where a chosen one is kept: the pre-paint script
 * (theme-script.tsx), the button (theme-toggle.tsx) and its island (islands/theme.ts) share them.
 */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** The localStorage key: "light" or "dark" when the reader chose one; absent means "system". */
export const THEME_STORAGE_KEY = "theme";
