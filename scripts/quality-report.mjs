// Compares Lighthouse JSON reports (.lighthouse/*.json) with budgets.json and prints one line
// per page plus PASS/MISS per budget. Exit code 1 when any budget is missed.
import { readFileSync } from "node:fs";

const { pages, budgets } = JSON.parse(readFileSync("budgets.json", "utf8"));
let missed = 0;
const rows = [];
for (const path of process.argv.slice(2)) {
  const file = `.lighthouse/${path.replaceAll("/", "_")}.json`;
  const r = JSON.parse(readFileSync(file, "utf8"));
  const score = (k) => Math.round(r.categories[k].score * 100);
  const js = (r.audits["network-requests"].details?.items ?? [])
    .filter((i) => i.resourceType === "Script")
    .reduce((n, i) => n + (i.transferSize ?? 0), 0);
  const got = {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    jsKiB: Math.round(js / 1024),
    lcpMs: Math.round(r.audits["largest-contentful-paint"].numericValue),
    cls: Number(r.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
  };
  const type = pages[path];
  const b = type ? budgets[type] : undefined;
  const checks = [];
  if (b) {
    for (const [k, limit] of Object.entries(b)) {
      const upper = k === "jsKiB" || k === "lcpMs" || k === "cls";
      const ok = upper ? got[k] <= limit : got[k] >= limit;
      if (!ok) missed++;
      checks.push(`${ok ? "PASS" : "MISS"} ${k} ${got[k]}${upper ? " ≤ " : " ≥ "}${limit}`);
    }
  }
  rows.push({ path, type: type ?? "(no budget)", ...got, checks });
}
console.log("page                             type     perf a11y  bp  seo  JS KiB  LCP ms   CLS");
for (const x of rows) {
  console.log(
    `${x.path.padEnd(32)} ${x.type.padEnd(8)} ${String(x.performance).padStart(4)} ${String(x.accessibility).padStart(4)} ${String(x["best-practices"]).padStart(3)} ${String(x.seo).padStart(4)} ${String(x.jsKiB).padStart(7)} ${String(x.lcpMs).padStart(7)} ${String(x.cls).padStart(5)}`,
  );
  for (const c of x.checks.filter((c) => c.startsWith("MISS"))) console.log(`    ${c}`);
}
console.log(missed === 0 ? "all budgets met" : `${missed} budget(s) missed`);
process.exit(missed === 0 ? 0 : 1);
