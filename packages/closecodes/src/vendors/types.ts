import type { Localized, Reconnect } from "../codes/types.ts";

/**
 * Vendor close codes: services and libraries that define their own codes (mostly 4000–4999).
 * Sources: shared/reference/close-codes.md §4 and each row's `sources`. Their reconnect rule
 * uses the registry's vocabulary (codes/types.ts: Reconnect).
 */
export type VendorCode = {
  code: number;
  /** The vendor's own name for the code, as in its docs or source (not translated). */
  name: string;
  meaning: Localized;
  reconnect: Reconnect;
  /** Extra advice when the reconnect rule needs words (e.g. "resume with the same session"). */
  note?: Localized;
};

export type VendorRangeRule = { from: number; to: number; rule: Localized };

export type Vendor = {
  /** URL slug, e.g. "discord-gateway". */
  id: string;
  name: string;
  summary: Localized;
  /** Link to the vendor's own documentation of its close codes (or of how it reports closes). */
  docs: string;
  /** Where the facts were checked (docs page, source file at a commit). */
  sources: string[];
  /** The vendor's own range rules, when it publishes them (Pusher, Centrifugo, Liveblocks). */
  rangeRules: VendorRangeRule[];
  /** Empty for platforms that report closes without custom codes (Socket.IO, Phoenix…). */
  codes: VendorCode[];
  /** For platforms without custom codes: how they report why a connection ended. */
  howItReports?: Localized;
};

/** A hand-written row: rangeRules may be left out. */
export type VendorRow = Omit<Vendor, "rangeRules"> & { rangeRules?: VendorRangeRule[] };
