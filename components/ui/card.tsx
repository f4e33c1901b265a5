import type { ComponentProps, ElementType } from "react";
import { cx } from "./cx";

const paddings = { none: "", sm: "p-3", md: "p-4" } as const;
const tones = {
  /** On the page's own background. */
  plain: "",
  /** Set off from the page: facts, code, examples. */
  muted: "bg-surface-muted",
} as const;

export type CardPadding = keyof typeof paddings;
export type CardTone = keyof typeof tones;

/** The card look, for elements that cannot be a Card (a link, a <pre>, an <svg>). */
export function cardClass({
  padding = "sm",
  tone = "plain",
  className,
}: { padding?: CardPadding; tone?: CardTone; className?: string } = {}): string {
  return cx("rounded-lg border border-border", paddings[padding], tones[tone], className);
}

type CardTag = "div" | "section" | "form" | "article" | "aside" | "li";

/** A bordered box around one unit of content: a form, a panel, a result. */
export function Card<T extends CardTag = "div">({
  as,
  padding,
  tone,
  className,
  ...props
}: { as?: T; padding?: CardPadding; tone?: CardTone } & ComponentProps<T>) {
  // The props were checked against `as` above; TypeScript cannot follow T into the JSX tag.
  const Tag = (as ?? "div") as ElementType<{ className: string }>;
  return <Tag className={cardClass({ padding, tone, className })} {...(props as object)} />;
}
