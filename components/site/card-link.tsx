import Link from "next/link";
import type { ReactNode } from "react";
import { cardClass } from "@/components/ui/card";

/** The bordered link card used by every index list (codes, pairs, vendors, guides, home). */
export function CardLink({
  href,
  title,
  text,
  small = false,
  prefetch,
}: {
  href: string;
  title: ReactNode;
  text: ReactNode;
  small?: boolean;
  /** false for links into pages with heavy client code (see SiteHeader). */
  prefetch?: false;
}) {
  return (
    <Link
      prefetch={prefetch}
      href={href}
      className={cardClass({ padding: small ? "sm" : "md", className: "block h-full hover:border-accent" })}
    >
      {title}
      <span className="mt-1 block text-sm text-muted">{text}</span>
    </Link>
  );
}
