import Link from "next/link";
import type { ReactNode } from "react";

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
      className={`block h-full border border-zinc-200 hover:border-emerald-600 dark:border-zinc-800 dark:hover:border-emerald-500 ${small ? "rounded-md p-3" : "rounded-lg p-4"}`}
    >
      {title}
      <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">{text}</span>
    </Link>
  );
}
