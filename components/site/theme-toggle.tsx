import { buttonClass } from "@/components/ui/button";
import { THEMES, type Theme } from "./themes";

const icons: Record<Theme, string> = { system: "◐", light: "☀", dark: "☾" };

/**
 * Cycles system → light → dark (islands/theme.ts). Rendered on the server with all three names;
 * CSS (app/globals.css, [data-theme-option]) shows the one <html data-theme> names, which the
 * pre-paint script sets, so the right name shows from the first paint and nothing shifts.
 * The accessible name always names the current choice; the island keeps it in step. Disabled
 * until the island has wired it.
 */
export function ThemeToggle({ labels }: { labels: Record<Theme, string> & { label: string } }) {
  return (
    <button
      type="button"
      disabled
      data-theme-toggle=""
      data-label={labels.label}
      data-system={labels.system}
      data-light={labels.light}
      data-dark={labels.dark}
      className={buttonClass({ variant: "tool", size: "sm", className: "min-w-24 gap-1.5" })}
      aria-label={`${labels.label}: ${labels.system}`}
    >
      {THEMES.map((t) => (
        <span key={t} data-theme-option={t} className="gap-1.5">
          <span aria-hidden="true">{icons[t]}</span>
          <span>{labels[t]}</span>
        </span>
      ))}
    </button>
  );
}
