"use client";

import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/button";

type Theme = "system" | "light" | "dark";
const order: Theme[] = ["system", "light", "dark"];

function apply(theme: Theme) {
  const dark = theme === "dark" || (theme === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.dataset.theme = theme;
}

/** Cycles system → light → dark. The label always names the current choice for screen readers. */
export function ThemeToggle({ labels }: { labels: Record<Theme, string> & { label: string } }) {
  const [theme, setTheme] = useState<Theme>("system");

  useEffect(() => {
    const saved = localStorage.getItem("theme");
    // Sync with what the pre-paint script already applied; not a render-time value.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved === "light" || saved === "dark") setTheme(saved);
    const mq = matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => {
      if (!localStorage.getItem("theme")) apply("system");
    };
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, []);

  function next() {
    const t = order[(order.indexOf(theme) + 1) % order.length]!;
    if (t === "system") localStorage.removeItem("theme");
    else localStorage.setItem("theme", t);
    apply(t);
    setTheme(t);
  }

  return (
    <button
      type="button"
      onClick={next}
      className={buttonClass({ variant: "tool", size: "sm", className: "min-w-24 gap-1.5" })}
      aria-label={`${labels.label}: ${labels[theme]}`}
    >
      <span aria-hidden="true">{theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}</span>
      <span>{labels[theme]}</span>
    </button>
  );
}
