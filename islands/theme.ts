/**
 * The colour theme button (components/site/theme-toggle.tsx renders it). The pre-paint script
 * (theme-script.tsx) has already applied the saved choice to <html>; CSS shows the name and icon
 * of the current choice from html[data-theme], so only the click and the accessible name are here.
 */
import { THEME_STORAGE_KEY, THEMES, type Theme } from "@/components/site/themes";

const darkQuery = () => matchMedia("(prefers-color-scheme: dark)");

function current(): Theme {
  const t = document.documentElement.dataset.theme;
  return t === "light" || t === "dark" ? t : "system";
}

function apply(theme: Theme) {
  const dark = theme === "dark" || (theme === "system" && darkQuery().matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.dataset.theme = theme;
}

export function initThemeToggle(root: ParentNode = document) {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-theme-toggle]")) {
    const label = () => `${button.dataset.label}: ${button.dataset[current()]}`;
    button.setAttribute("aria-label", label());
    button.disabled = false;
    button.addEventListener("click", () => {
      const next = THEMES[(THEMES.indexOf(current()) + 1) % THEMES.length]!;
      try {
        if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
        else localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // Storage can be blocked; the choice then lasts for this page only.
      }
      apply(next);
      button.setAttribute("aria-label", label());
    });
  }
  darkQuery().addEventListener("change", () => {
    if (current() === "system") apply("system");
  });
}
