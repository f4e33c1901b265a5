/**
 * The curated comparison pairs: codes that people confuse. Each pair has a written page in both
 * locales (content/<lang>/compare/<a>-vs-<b>.mdx). Always listed with a < b; the reversed URL
 * redirects to this canonical order.
 */
export const comparePairs = [
  [1000, 1006], // the first users' pair: "did it close or did it break?"
  [1000, 1001],
  [1000, 1005],
  [1001, 1005],
  [1001, 1006],
  [1001, 1010],
  [1005, 1006],
  [1005, 1011],
  [1008, 1009],
  [1002, 1007],
  [1006, 1015],
  [1011, 1012],
  [1012, 1013],
  [1008, 1011],
  [1008, 3003],
  [1000, 4000],
  [1002, 1006], // browser sends 1002 to the server but reports 1006 to the page
  [1003, 1007],
  [1006, 1011],
  [1001, 1012],
  [1011, 1014],
  [3000, 3003],
  [1006, 3008],
] as const satisfies ReadonlyArray<readonly [number, number]>;
