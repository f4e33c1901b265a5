import type { VendorReconnect } from "closecodes/vendors";

const tone: Record<VendorReconnect, string> = {
  yes: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  backoff: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  immediately: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  reauth: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  no: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200",
};

export function ReconnectBadge({ value, label }: { value: VendorReconnect; label: string }) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${tone[value]}`}
    >
      {label}
    </span>
  );
}
