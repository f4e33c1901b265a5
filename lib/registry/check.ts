import { validateRegistry } from "./schema";

// Imported by the root layout: every prerendered page runs it, so a bad registry row fails
// `next build` (and the server start) before any page states a wrong fact.
validateRegistry();
