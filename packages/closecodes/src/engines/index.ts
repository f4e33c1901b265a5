export * from "./ids.ts";
export * from "./rules.ts";
export * from "./detect.ts";
export * from "./format.ts";
export * from "./measured.ts";
export * from "./outcome.ts";
