import type { ReactNode } from "react";
import { cardClass } from "@/components/ui/card";

/** The bordered link card used by every index list (codes, pairs, vendors, guides, home). */
export function CardLink({
  href,
  title,
  text,
  small = false,
}: {
  href: string;
  title: ReactNode;
  text: ReactNode;
  small?: boolean;
}) {
  return (
    <a
      href={href}
      className={cardClass({ padding: small ? "sm" : "md", className: "block h-full hover:border-accent" })}
    >
      {title}
      <span className="mt-1 block text-sm text-muted">{text}</span>
    </a>
  );
}
