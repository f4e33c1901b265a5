import { enginesDiffer } from "closecodes/engines";
import { ENGINE_IDS, type EngineId } from "closecodes/engines";
import { defaultValues, getScenario, type Expectation } from "./catalogue";
import type { ParamValues } from "./params";
import { variants, type Variant } from "./variants";

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

/** Whether a variant ends differently across engines: on the page, and counting the server's view. */
export function differsAcrossEngines(v: Variant): { page: boolean; any: boolean } {
  const page = enginesDiffer(v.scenario.expect(v.values));
  const srv = v.scenario.expectServer?.(v.values);
  return { page, any: page || (srv ? enginesDiffer(srv) : false) };
}

/**
 * The variants that show one of `codes` (on the page in some engine, in the server's view, or as
 * the code they illustrate) and end differently in at least one engine.
 */
export function variantsDifferingFor(codes: readonly number[]): Variant[] {
  return variants().filter((v) => {
    const exp = v.scenario.expect(v.values);
    const srv = v.scenario.expectServer?.(v.values);
    const shows =
      codes.includes(v.scenario.illustrates) ||
      ENGINE_IDS.some((id) => {
        const back = srv?.[id].close;
        return codes.includes(exp[id].code) || (back != null && codes.includes(back.code ?? 1005));
      });
    return shows && differsAcrossEngines(v).any;
  });
}
