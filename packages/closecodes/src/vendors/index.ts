import { vendorRows } from "./data.ts";
import type { Vendor, VendorCode, VendorRow } from "./types.ts";

export * from "./types.ts";

/**
 * Normalises vendor rows and checks what a per-row schema cannot: unique vendor ids, no code
 * listed twice by one vendor, and a vendor without codes saying how it reports closes. Throws on
 * the first problem. Exported so tests can feed it bad rows.
 */
export function parseVendors(rows: readonly VendorRow[]): Vendor[] {
  const ids = new Set<string>();
  return rows.map((row) => {
    if (ids.has(row.id)) throw new Error(`vendor registry: duplicate vendor id "${row.id}"`);
    ids.add(row.id);
    const seen = new Set<number>();
    for (const c of row.codes) {
      if (seen.has(c.code)) throw new Error(`vendor registry: ${row.id} lists code ${c.code} twice`);
      seen.add(c.code);
    }
    if (row.codes.length === 0 && row.howItReports === undefined)
      throw new Error(`vendor registry: ${row.id} has no codes and does not say how it reports closes`);
    return { ...row, rangeRules: row.rangeRules ?? [] };
  });
}

/** Parsed once, at module load: a bad row throws here, in the build, the tests, the server and the CLI. */
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
