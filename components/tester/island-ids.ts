/** Where the server page puts the tester and its props, and where islands/tester.ts finds them. */
export const TESTER_ROOT_ATTRIBUTE = "data-tester-root";
export const TESTER_PROPS_ID = "tester-props";
