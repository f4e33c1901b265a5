import data from "./measurements.json";
import type { EngineId } from "closecodes/engines";
import type { Measurements, MeasuredEngine } from "./measurements";

/** The measurements `npm run truth` wrote, typed: the versions and date the site shows. */
export const measurements = data as Measurements;

export function measuredEngine(id: EngineId): MeasuredEngine {
  const e = measurements.engines.find((x) => x.id === id);
  if (!e) throw new Error(`lib/engines/measurements.json has no ${id}: rerun npm run truth`);
  return e;
}
