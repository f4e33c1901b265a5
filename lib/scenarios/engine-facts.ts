import { ENGINE_IDS, type EngineId } from "@/lib/engines/ids";
import { defaultValues, getScenario, type Expectation } from "./catalogue";
import type { ParamValues } from "./params";

/**
 * The engines in which a catalogue scenario ends a given way: the pages' sentences that name
 * engines ("Firefox and WebKitGTK fire error for an RST") are rendered from this, so the engine
 * names come from the measured catalogue, not from the message text.
 */
export function enginesWhere(
  scenario: string,
  over: ParamValues,
  pred: (e: Expectation) => boolean,
): EngineId[] {
  const s = getScenario(scenario);
  if (!s) throw new Error(`enginesWhere: no scenario ${scenario}`);
  const exp = s.expect({ ...defaultValues(s), ...over });
  return ENGINE_IDS.filter((id) => pred(exp[id]));
}

/** Engines that fire `error` when the server resets TCP after open. */
export const rstFiresError = () => enginesWhere("drop", { how: "rst" }, (e) => e.error);
/** Engines that report wasClean: false when an RST follows the server's close frame. */
export const rstAfterCloseUnclean = () => enginesWhere("close-then-rst", {}, (e) => !e.wasClean);
