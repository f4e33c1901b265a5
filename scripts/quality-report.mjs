// Reads the Lighthouse reports of one `npm run quality` run (.lighthouse/r1…rN/*.json, plus each
// page's HTML as served in .lighthouse/html/), prints per page the median and min–max of every
// figure and the ratio of its median LCP and TBT to the floor's, then checks the medians against
// budgets.json. Exit code 1 when any budget is missed (each miss is printed) or a page has no
// report, 2 when the floor has none.
//
//   node scripts/quality-report.mjs [--rounds N] [--dir .lighthouse] [--json FILE] PATH…
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: "string", default: "3" },
    dir: { type: "string", default: ".lighthouse" },
    json: { type: "string" },
  },
});
const rounds = Number(values.rounds);
const dir = values.dir;
const pages = positionals;
const nameOf = (page) => (page === "floor" ? "floor" : page.replaceAll("/", "_"));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One Lighthouse report reduced to the figures the table shows. */
function figures(report) {
  const score = (k) => Math.round((report.categories[k]?.score ?? 0) * 100);
  const num = (k) => report.audits[k]?.numericValue ?? NaN;
  const requests = report.audits["network-requests"]?.details?.items ?? [];
  const js = requests
    .filter((i) => i.resourceType === "Script")
    .reduce((n, i) => n + (i.transferSize ?? 0), 0);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: num("largest-contentful-paint"),
    fcpMs: num("first-contentful-paint"),
    tbtMs: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    jsKiB: js / 1024,
  };
}

const rows = [];
const misses = [];
for (const page of ["floor", ...pages]) {
  const runs = [];
  for (let r = 1; r <= rounds; r++) {
    const file = `${dir}/r${r}/${nameOf(page)}.json`;
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    if (report.runtimeError) {
      console.error(`${page}, round ${r}: ${report.runtimeError.code} ${report.runtimeError.message}`);
      continue;
    }
    runs.push(figures(report));
  }
  const html = `${dir}/html/${nameOf(page)}.html`;
  const htmlKiB = existsSync(html) ? statSync(html).size / 1024 : NaN;
  if (runs.length === 0) {
    // The floor is what every ratio divides by: without it there is nothing to print.
    if (page === "floor") {
      console.error(`no Lighthouse report for the floor in ${dir}/r1…r${rounds}`);
      process.exit(2);
    }
    misses.push(`${page}: no Lighthouse report in any round (see ${dir}/lighthouse.log)`);
    continue;
  }
  if (runs.length < rounds) console.error(`${page}: ${runs.length} of ${rounds} rounds reported`);
  const stat = {};
  for (const key of Object.keys(runs[0])) {
    const xs = runs.map((x) => x[key]);
    stat[key] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  }
  rows.push({ page, runs: runs.length, htmlKiB, ...stat });
}
const floor = rows[0];

const fmt = {
  score: (v) => String(Math.round(v)),
  s: (v) => (v / 1000).toFixed(2),
  ms: (v) => String(Math.round(v)),
  cls: (v) => (v < 0.0005 ? "0" : v.toFixed(3)),
  kib: (v) => v.toFixed(1),
};
const cell = (s, f) => (s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`);
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : a > 0 ? `+${Math.round(a)} ms` : "1.00×");

const columns = [
  ["page", (x) => x.page],
  ["perf", (x) => cell(x.performance, fmt.score)],
  ["a11y", (x) => cell(x.accessibility, fmt.score)],
  ["bp", (x) => cell(x.bestPractices, fmt.score)],
  ["seo", (x) => cell(x.seo, fmt.score)],
  ["LCP s", (x) => cell(x.lcpMs, fmt.s)],
  ["FCP s", (x) => cell(x.fcpMs, fmt.s)],
  ["TBT ms", (x) => cell(x.tbtMs, fmt.ms)],
  ["CLS", (x) => cell(x.cls, fmt.cls)],
  ["JS KiB", (x) => cell(x.jsKiB, fmt.kib)],
  ["HTML KiB", (x) => fmt.kib(x.htmlKiB)],
  ["LCP/floor", (x) => ratio(x.lcpMs.median, floor.lcpMs.median)],
  ["TBT/floor", (x) => ratio(x.tbtMs.median, floor.tbtMs.median)],
];
const table = rows.map((x) => columns.map(([, f]) => f(x)));
const widths = columns.map(([h], i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`\nLighthouse ${rounds} interleaved round(s), mobile preset: median (min–max)\n`);
console.log(line(columns.map(([h]) => h)));
for (const t of table) console.log(line(t));

// Budgets: the medians against budgets.json, per page type; the HTML budget on the biggest
// reference page (every budgeted page except the tester).
const { pages: types, budgets, html: htmlBudget } = JSON.parse(readFileSync("budgets.json", "utf8"));
const checks = {
  performance: { key: "performance", atLeast: true, f: fmt.score },
  accessibility: { key: "accessibility", atLeast: true, f: fmt.score },
  "best-practices": { key: "bestPractices", atLeast: true, f: fmt.score },
  seo: { key: "seo", atLeast: true, f: fmt.score },
  lcpMs: { key: "lcpMs", atLeast: false, f: fmt.ms },
  tbtMs: { key: "tbtMs", atLeast: false, f: fmt.ms },
  cls: { key: "cls", atLeast: false, f: fmt.cls },
  jsKiB: { key: "jsKiB", atLeast: false, f: fmt.kib },
};
for (const x of rows.slice(1)) {
  const type = types[x.page];
  if (!type) continue;
  for (const [name, limit] of Object.entries(budgets[type] ?? {})) {
    const c = checks[name];
    if (!c) continue;
    const got = x[c.key].median;
    // CLS is compared at Lighthouse's display precision (0.000…), scores as whole numbers.
    const v = name === "cls" ? Number(got.toFixed(3)) : c.atLeast ? Math.round(got) : got;
    const ok = c.atLeast ? v >= limit : v <= limit;
    if (!ok) {
      const by = c.atLeast ? limit - v : v - limit;
      misses.push(
        `${x.page} (${type}): ${name} ${c.f(got)}, budget ${c.atLeast ? "≥" : "≤"} ${limit} (off by ${c.f(by)})`,
      );
    }
  }
}
if (htmlBudget) {
  const reference = rows.slice(1).filter((x) => types[x.page] && types[x.page] !== "tester");
  const biggest = reference.reduce((a, b) => (b.htmlKiB > a.htmlKiB ? b : a), reference[0]);
  if (biggest && biggest.htmlKiB > htmlBudget.maxKiB) {
    misses.push(
      `${biggest.page}: raw HTML ${fmt.kib(biggest.htmlKiB)} KiB, budget ≤ ${htmlBudget.maxKiB} KiB on the biggest reference page (off by ${fmt.kib(biggest.htmlKiB - htmlBudget.maxKiB)} KiB)`,
    );
  }
  if (biggest)
    console.log(`\nbiggest reference page: ${biggest.page}, ${fmt.kib(biggest.htmlKiB)} KiB of HTML`);
}
const unbudgeted = rows.slice(1).filter((x) => !types[x.page]);
if (unbudgeted.length) console.log(`no budget for: ${unbudgeted.map((x) => x.page).join(", ")}`);

if (values.json) writeFileSync(values.json, JSON.stringify({ rounds, rows, misses }, null, 2));
console.log(misses.length === 0 ? "\nall budgets met" : `\n${misses.length} budget(s) missed:`);
for (const m of misses) console.log(`  MISS ${m}`);
process.exit(misses.length === 0 ? 0 : 1);
