export * from "./registry.ts";
export * from "./classify.ts";
export * from "./parse.ts";
export * from "./types.ts";
export * from "./facts.ts";
export { spec } from "./spec-links.ts";
export * from "./rules.ts";
