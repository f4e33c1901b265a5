/**
 * Under the free-URL field: the page cannot see why a connection to the user's own server failed
 * (a 403 is just 1006 to it), so point at the CLI that can, with the URL already filled in. The
 * URL is the user's own input, rendered as text.
 */
export function CliHint({ template, url }: { template: string; url: string }) {
  const [before, after = ""] = template.split("{cmd}");
  const shown = /^wss?:\/\/./i.test(url.trim()) ? url.trim() : "wss://…";
  return (
    <p className="text-xs text-muted" data-testid="cli-hint">
      {before}
      <code className="break-all rounded bg-zinc-100 px-1 font-mono text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
        npx closecodes probe {shown}
      </code>
      {after}
    </p>
  );
}
