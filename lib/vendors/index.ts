import { z } from "zod";
import { vendorRows } from "./data";
import { vendor, type Vendor, type VendorCode } from "./schema";

export type { Vendor, VendorCode, VendorReconnect } from "./schema";

/**
 * Parses vendor rows and checks what the schema cannot: unique vendor ids and no code listed
 * twice by one vendor. Throws on the first problem. Exported so tests can feed it bad rows.
 */
export function parseVendors(rows: unknown): Vendor[] {
  const parsed = z.array(vendor).parse(rows);
  const ids = new Set<string>();
  for (const v of parsed) {
    if (ids.has(v.id)) throw new Error(`vendor registry: duplicate vendor id "${v.id}"`);
    ids.add(v.id);
    const seen = new Set<number>();
    for (const c of v.codes) {
      if (seen.has(c.code)) throw new Error(`vendor registry: ${v.id} lists code ${c.code} twice`);
      seen.add(c.code);
    }
  }
  return parsed;
}

/**
 * Parse the hand-written table once, at module load. A bad row throws here, so `next build`, the
 * tests and the server all fail loudly instead of rendering a wrong fact.
 */
const vendors: readonly Vendor[] = parseVendors(vendorRows);
const byId = new Map(vendors.map((v) => [v.id, v]));

export function allVendors(): readonly Vendor[] {
  return vendors;
}

export function getVendor(id: string): Vendor | undefined {
  return byId.get(id);
}

/** Every vendor entry for a code number, in vendor order (e.g. 4004 → Discord Gateway, Twitch…). */
export function vendorCodesFor(code: number): Array<{ vendor: Vendor; entry: VendorCode }> {
  const out: Array<{ vendor: Vendor; entry: VendorCode }> = [];
  for (const v of vendors) {
    const entry = v.codes.find((c) => c.code === code);
    if (entry) out.push({ vendor: v, entry });
  }
  return out;
}
