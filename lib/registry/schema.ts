import { z } from "zod";
import {
  allCodes,
  allRanges,
  ON_WIRE,
  PRODUCERS,
  RECONNECT,
  type CloseCodeEntry,
  type Localized,
  type RangeEntry,
} from "closecodes/codes";
import { allVendors, type Vendor } from "closecodes/vendors";

/**
 * The shape of every registry row, as zod schemas. The closecodes package ships without runtime
 * dependencies, so it checks only what spans rows (duplicates, gaps, unknown relations); field by
 * field, the rows are checked here, by next.config.ts at the start of every build and by the
 * tests. Each schema is tied to the package's type, so the two cannot drift apart.
 */
export const localized = z
  .object({ en: z.string().min(1), ru: z.string().min(1) })
  .strict() satisfies z.ZodType<Localized>;

const specLink = z.object({ label: z.string().min(1), url: z.url() }).strict();

export const closeCodeEntry = z
  .object({
    code: z.number().int().min(0).max(65535),
    ianaName: z.string().min(1).nullable(),
    ianaDescription: z.string().min(1).optional(),
    name: localized,
    meaning: localized,
    onWire: z.enum(ON_WIRE),
    sendableByPage: z.boolean(),
    producers: z.array(z.enum(PRODUCERS)).min(1),
    reconnect: z.enum(RECONNECT),
    spec: z.array(specLink).min(1),
    registered: z.iso.date().optional(),
    related: z.array(z.number().int()),
  })
  .strict() satisfies z.ZodType<CloseCodeEntry>;

export const rangeEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    from: z.number().int().min(0).max(65535),
    to: z.number().int().min(0).max(65535),
    name: localized,
    meaning: localized,
    validOnWire: z.boolean(),
    sendableByPage: z.boolean(),
    spec: z.array(specLink).min(1),
  })
  .strict()
  .refine((r) => r.from <= r.to, { message: "range from > to" }) satisfies z.ZodType<RangeEntry>;

const vendorCode = z
  .object({
    code: z.number().int().min(0).max(65535),
    name: z.string().min(1),
    meaning: localized,
    reconnect: z.enum(RECONNECT),
    note: localized.optional(),
  })
  .strict();

export const vendor = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    summary: localized,
    docs: z.url(),
    sources: z.array(z.string().min(1)).min(1),
    rangeRules: z
      .array(
        z
          .object({ from: z.number().int(), to: z.number().int(), rule: localized })
          .strict()
          .refine((r) => r.from <= r.to, { message: "range from > to" }),
      )
      .default([]),
    codes: z.array(vendorCode),
    howItReports: localized.optional(),
  })
  .strict() satisfies z.ZodType<Vendor>;

/** Parses every row of the package's registry; throws with the first bad field. */
export function validateRegistry(): void {
  z.array(closeCodeEntry).parse(allCodes());
  z.array(rangeEntry).parse(allRanges());
  z.array(vendor).parse(allVendors());
}
