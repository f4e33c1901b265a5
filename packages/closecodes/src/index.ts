/**
 * closecodes: every WebSocket close code with its meaning, who produces it, what to do, and what
 * Chromium, Firefox and WebKitGTK each put in CloseEvent — measured, not guessed. The submodules
 * are also exported on their own (closecodes/codes, /engines, /vendors, /facts, /decode, /wire)
 * so a browser bundle takes only what it uses.
 */
export * from "./codes/index.ts";
export * from "./engines/index.ts";
export * from "./vendors/index.ts";
export * from "./facts/index.ts";
export * from "./decode/index.ts";
export * from "./explain/index.ts";
export * from "./verdict/index.ts";
export * from "./reconnect/index.ts";
