import type { EngineId } from "closecodes/engines";
import { launchChromium } from "./chromium";
import { launchFirefox } from "./firefox";
import { launchWebKit } from "./webkit";
import type { EngineSession } from "./types";

export type { EngineSession } from "./types";

export function launchEngine(
  id: EngineId,
  opts: { firefoxFailDelay?: boolean } = {},
): Promise<EngineSession> {
  if (id === "chromium") return launchChromium();
  if (id === "firefox") return launchFirefox({ failDelay: opts.firefoxFailDelay });
  return launchWebKit();
}
