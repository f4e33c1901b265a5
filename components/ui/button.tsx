import type { ComponentProps } from "react";
import { cx } from "./cx";

const dims = "disabled:cursor-not-allowed disabled:opacity-50";

const variants = {
  /** The one action a form exists for (Connect). */
  primary: cx("bg-accent-solid font-semibold text-on-solid hover:bg-accent-solid-hover", dims),
  /** Everything else in a form: outlined, quiet. */
  secondary: cx("border border-border-strong font-medium hover:bg-surface-hover", dims),
  /** Ends something the user started (Stop). */
  danger: cx("bg-danger-solid font-semibold text-on-solid hover:bg-danger-solid-hover", dims),
  /**
   * Header and overlay tools (search, theme, copy): outlined, regular weight, and not dimmed
   * while disabled — they are disabled only until the islands script has wired them (just after
   * the first paint), and dimming them would flash on every page load.
   */
  tool: "border border-border-strong hover:bg-surface-hover",
} as const;

const sizes = {
  /** Overlays on code blocks. */
  xs: "px-2 py-0.5 text-xs",
  /** Header tools: a fixed height, so the header does not move when a label changes. */
  sm: "h-9 px-2 text-sm",
  md: "px-3 py-1.5 text-sm",
  /** A form's main action: the same height as md, wider. */
  lg: "px-4 py-1.5 text-sm",
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

/** The button look, for elements that must stay something else (a link styled as a button). */
export function buttonClass({
  variant = "secondary",
  size = "md",
  className,
}: {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
} = {}): string {
  return cx(
    "inline-flex items-center justify-center rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent",
    variants[variant],
    sizes[size],
    className,
  );
}

/**
 * A button. `type` defaults to "button", not the HTML default "submit": a submit must be asked
 * for, so a button added to a form never submits it by surprise.
 */
export function Button({
  variant,
  size,
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}
