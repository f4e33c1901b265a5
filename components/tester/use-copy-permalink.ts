import { useEffect, useRef, useState } from "react";
import { toQuery, type Permalink } from "@/lib/tester/permalink";

/** How long the button says "copied". */
const COPIED_MS = 1500;

/**
 * Copy permalink: puts the permalink in the address bar and on the clipboard, and says so for
 * a moment. The moment's timer is cleared on unmount.
 */
export function useCopyPermalink(permalink: Permalink): { copied: boolean; copy: () => Promise<void> } {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  async function copy() {
    const url = `${window.location.origin}${window.location.pathname}?${toQuery(permalink)}`;
    window.history.replaceState(null, "", url);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard refused (permissions): the address bar holds the permalink anyway.
    }
    setCopied(true);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(false), COPIED_MS);
  }

  return { copied, copy };
}
