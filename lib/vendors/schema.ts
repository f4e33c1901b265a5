import { z } from "zod";
import { localized } from "@/lib/close-codes/schema";

/**
 * Vendor close codes: services and libraries that define their own codes (mostly 4000–4999),
 * validated like the standard registry. Sources: shared/reference/close-codes.md §4.
 */
export const vendorReconnect = z.enum([
  "yes", // reconnect (and resume where the protocol allows)
  "backoff", // reconnect after a delay, with backoff
  "immediately", // reconnect at once
  "reauth", // get new credentials first, then reconnect
  "no", // do not reconnect without changing something
]);
export type VendorReconnect = z.infer<typeof vendorReconnect>;

export const vendorCode = z
  .object({
    code: z.number().int().min(0).max(65535),
    /** The vendor's own name for the code, as in its docs or source (not translated). */
    name: z.string().min(1),
    meaning: localized,
    reconnect: vendorReconnect,
    /** Extra advice when the reconnect rule needs words (e.g. "resume with the same session"). */
    note: localized.optional(),
  })
  .strict();

export const vendorRangeRule = z
  .object({ from: z.number().int(), to: z.number().int(), rule: localized })
  .strict()
  .refine((r) => r.from <= r.to, { message: "range from > to" });

export const vendor = z
  .object({
    /** URL slug, e.g. "discord-gateway". */
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    summary: localized,
    /** Link to the vendor's own documentation of its close codes (or of how it reports closes). */
    docs: z.url(),
    /** Where the facts were checked (docs page, source file at a commit). */
    sources: z.array(z.string().min(1)).min(1),
    /** The vendor's own range rules, when it publishes them (Pusher, Centrifugo, Liveblocks). */
    rangeRules: z.array(vendorRangeRule).default([]),
    /** Empty for platforms that report closes without custom codes (Socket.IO, Phoenix…). */
    codes: z.array(vendorCode),
    /** For platforms without custom codes: how they report why a connection ended. */
    howItReports: localized.optional(),
  })
  .strict()
  .refine((v) => v.codes.length > 0 || v.howItReports !== undefined, {
    message: "a vendor without codes must say how it reports closes",
  });

export type Vendor = z.infer<typeof vendor>;
export type VendorCode = z.infer<typeof vendorCode>;
