import type { ReactNode } from "react";

export function Note({ children }: { children: ReactNode }) {
  return <div className="my-4 rounded-lg border-l-4 border-amber-400 bg-warn-soft px-4 py-1">{children}</div>;
}
