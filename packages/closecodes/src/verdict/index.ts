export * from "./types.ts";
export * from "./predict.ts";
export * from "./problems.ts";
