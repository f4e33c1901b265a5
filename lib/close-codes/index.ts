export * from "./registry";
export * from "./classify";
export * from "./parse";
export type { CloseCodeEntry, RangeEntry, Localized, Producer, Reconnect } from "./schema";
export * from "./facts";
