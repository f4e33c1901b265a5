export * from "./idle-timeouts.ts";
export * from "./message-limits.ts";
