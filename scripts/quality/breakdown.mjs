// Where the time goes, per page, from the last `npm run quality` run: reads .lighthouse/r*/…json
// and .lighthouse/html/*.html (the document as served) and prints, for the floor and each page,
// what stands before the first paint and what the main thread does. Medians over the rounds for
// timings; sizes from the HTML and the first round's network log. docs/performance.md explains
// each figure.
//
//   node scripts/quality/breakdown.mjs [--dir .lighthouse] [--json FILE] [PATH…]
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: "string", default: ".lighthouse" }, json: { type: "string" } },
});
const dir = values.dir;
const roundDirs = readdirSync(dir)
  .filter((d) => /^r\d+$/.test(d))
  .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
if (roundDirs.length === 0) {
  console.error(`no rounds in ${dir}: run npm run quality first`);
  process.exit(2);
}
const names = positionals.length
  ? ["floor", ...positionals.map((p) => p.replaceAll("/", "_"))]
  : readdirSync(`${dir}/${roundDirs[0]}`)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.slice(0, -5))
      .sort((a, b) => (a === "floor" ? -1 : b === "floor" ? 1 : a.localeCompare(b)));

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kib = (n) => (n / 1024).toFixed(1);
const ms = (n) => String(Math.round(n));
/** A request URL as a path: the reports hold full URLs on the local origin. */
const pathOf = (url) => String(url).replace(/^https?:\/\/[^/]+/, "");

/** Sizes and client components read from the served HTML. */
function htmlFacts(html) {
  const pushes = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)];
  const flightBytes = pushes.reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  let flight = "";
  for (const m of pushes) {
    try {
      const [kind, chunk] = JSON.parse(m[1]);
      if (kind === 1 && typeof chunk === "string") flight += chunk;
    } catch {
      // a push that is not plain JSON (none seen so far): counted in bytes, not parsed
    }
  }
  const clientRefs = [...flight.matchAll(/^[0-9a-f]+:I\[\d+,\[[^\]]*\],"([^"]*)"/gm)].map(
    (m) => m[1] || "(default)",
  );
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  const inlineBytes = inlineScripts.reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  const body = html.replace(/<script[\s\S]*?<\/script>/g, "");
  const pre = [...body.matchAll(/<pre[\s\S]*?<\/pre>/g)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  const text = body
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
    flightBytes,
    flightPushes: pushes.length,
    otherInlineScriptBytes: inlineBytes - flightBytes,
    markupBytes: Buffer.byteLength(body),
    preBytes: pre,
    textBytes: Buffer.byteLength(text),
    elements: (body.match(/<[a-zA-Z][^>]*>/g) ?? []).length,
    stylesheets: [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]),
    scripts: [...html.matchAll(/<script src="([^"]+)"([^>]*)>/g)].map((m) => ({
      src: m[1],
      attrs: m[2].trim(),
    })),
    preloads: [...html.matchAll(/<link rel="preload"([^>]*)>/g)].map((m) => m[1].trim()),
    clientComponents: [...new Set(clientRefs)],
  };
}

/** Timings and main-thread work from one Lighthouse report. */
function lhFacts(r) {
  const a = r.audits;
  const items = (k) => a[k]?.details?.items ?? [];
  const metrics = items("metrics")[0] ?? {};
  const requests = items("network-requests");
  const fcpObserved = metrics.observedFirstContentfulPaint ?? NaN;
  const navStart = requests[0]?.networkRequestTime ?? 0;
  const before = requests.filter((q) => q.networkRequestTime - navStart < fcpObserved);
  const breakdown = Object.fromEntries(items("mainthread-work-breakdown").map((i) => [i.group, i.duration]));
  const boot = items("bootup-time");
  const longTasks = items("long-tasks");
  const lcpPhases = (items("largest-contentful-paint-element")[1]?.items ?? []).map((i) => [
    i.phase,
    i.timing,
  ]);
  const renderBlocking = items("render-blocking-resources");
  return {
    fcp: a["first-contentful-paint"]?.numericValue,
    lcp: a["largest-contentful-paint"]?.numericValue,
    tbt: a["total-blocking-time"]?.numericValue,
    si: a["speed-index"]?.numericValue,
    tti: a["interactive"]?.numericValue,
    observedFcp: fcpObserved,
    observedLcp: metrics.observedLargestContentfulPaint,
    observedDcl: metrics.observedDomContentLoaded,
    observedLoad: metrics.observedLoad,
    mainThreadMs: a["mainthread-work-breakdown"]?.numericValue,
    bootupMs: a["bootup-time"]?.numericValue,
    breakdown,
    bootup: boot.map((i) => ({
      url: pathOf(i.url),
      total: i.total,
      scripting: i.scripting,
    })),
    longTasks: longTasks.map((t) => ({
      url: pathOf(t.url),
      duration: t.duration,
      start: t.startTime,
    })),
    domSize: a["dom-size"]?.numericValue,
    lcpElement: items("largest-contentful-paint-element")[0]?.items?.[0]?.node?.snippet,
    lcpPhases,
    renderBlocking: renderBlocking.map((i) => ({
      url: pathOf(i.url),
      bytes: i.totalBytes,
      wastedMs: i.wastedMs,
    })),
    requests: requests.map((q) => ({
      url: pathOf(q.url),
      type: q.resourceType,
      transfer: q.transferSize,
      size: q.resourceSize,
      start: q.networkRequestTime - navStart,
    })),
    requestedBeforeFcp: before.map((q) => `${q.resourceType} ${pathOf(q.url)}`),
    // Route prefetches by <Link> (RSC payloads fetched with ?_rsc=) after hydration.
    rscFetches: requests.filter((q) => /[?&]_rsc=/.test(q.url)),
    // When the scripts requested before the first paint had all arrived (unthrottled).
    lastScriptEnd: Math.max(
      0,
      ...before.filter((q) => q.resourceType === "Script").map((q) => q.networkEndTime - navStart),
    ),
  };
}

const out = {};
for (const name of names) {
  const reports = roundDirs
    .map((d) => `${dir}/${d}/${name}.json`)
    .filter((f) => existsSync(f))
    .map((f) => JSON.parse(readFileSync(f, "utf8")))
    .filter((r) => !r.runtimeError);
  if (reports.length === 0) continue;
  const runs = reports.map(lhFacts);
  const first = runs[0];
  const med = (k) => median(runs.map((x) => x[k]));
  const htmlFile = `${dir}/html/${name}.html`;
  const h = existsSync(htmlFile) ? htmlFacts(readFileSync(htmlFile, "utf8")) : undefined;
  const groups = [...new Set(runs.flatMap((x) => Object.keys(x.breakdown)))];
  const page = {
    name,
    rounds: runs.length,
    fcp: med("fcp"),
    lcp: med("lcp"),
    tbt: med("tbt"),
    si: med("si"),
    tti: med("tti"),
    observedFcp: med("observedFcp"),
    observedLcp: med("observedLcp"),
    mainThreadMs: med("mainThreadMs"),
    bootupMs: med("bootupMs"),
    domSize: med("domSize"),
    longTasks: median(runs.map((x) => x.longTasks.length)),
    longTaskMs: median(runs.map((x) => x.longTasks.reduce((n, t) => n + t.duration, 0))),
    breakdown: Object.fromEntries(groups.map((g) => [g, median(runs.map((x) => x.breakdown[g] ?? 0))])),
    bootup: first.bootup,
    lcpElement: first.lcpElement,
    lcpPhases: first.lcpPhases,
    renderBlocking: first.renderBlocking,
    requestedBeforeFcp: first.requestedBeforeFcp,
    css: first.requests.filter((q) => q.type === "Stylesheet"),
    fonts: first.requests.filter((q) => q.type === "Font"),
    scripts: first.requests.filter((q) => q.type === "Script"),
    html: h,
    rscFetches: median(runs.map((x) => x.rscFetches.length)),
    rscKiB: median(runs.map((x) => x.rscFetches.reduce((n, q) => n + q.transferSize, 0) / 1024)),
    lastScriptEnd: med("lastScriptEnd"),
  };
  out[name] = page;

  console.log(`\n== ${name} (${runs.length} rounds)`);
  console.log(
    `  simulated: FCP ${ms(page.fcp)} ms, LCP ${ms(page.lcp)} ms, TBT ${ms(page.tbt)} ms, SI ${ms(page.si)} ms, TTI ${ms(page.tti)} ms; observed FCP ${ms(page.observedFcp)} ms, LCP ${ms(page.observedLcp)} ms`,
  );
  if (h) {
    console.log(
      `  HTML ${kib(h.htmlBytes)} KiB (gzip ${kib(h.htmlGzipBytes)}): inline flight data ${kib(h.flightBytes)} KiB in ${h.flightPushes} scripts (${Math.round((100 * h.flightBytes) / h.htmlBytes)} %), other inline scripts ${kib(h.otherInlineScriptBytes)} KiB, markup ${kib(h.markupBytes)} KiB of which <pre> ${kib(h.preBytes)} KiB, text ${kib(h.textBytes)} KiB, ${h.elements} elements`,
    );
    console.log(`  client components in the flight data: ${h.clientComponents.join(", ") || "none"}`);
    console.log(
      `  <script src>: ${h.scripts.length} (${h.scripts.map((s) => s.attrs || "sync").join(", ")}); preloads: ${h.preloads.length}`,
    );
  }
  for (const c of page.css)
    console.log(`  stylesheet ${c.url}: ${kib(c.size)} KiB (${kib(c.transfer)} KiB transferred)`);
  for (const b of page.renderBlocking)
    console.log(`  render-blocking ${b.url}: ${kib(b.bytes)} KiB, est. ${ms(b.wastedMs)} ms`);
  for (const f of page.fonts)
    console.log(`  font ${f.url}: ${kib(f.transfer)} KiB, requested at ${ms(f.start)} ms`);
  const js = page.scripts.reduce((n, q) => n + q.transfer, 0);
  console.log(
    `  scripts: ${page.scripts.length}, ${kib(js)} KiB transferred; requested before observed FCP: ${page.requestedBeforeFcp.length} requests`,
  );
  console.log(
    `  scripts requested before the first paint had all arrived at ${ms(page.lastScriptEnd)} ms (first paint ${ms(page.observedFcp)} ms, unthrottled); route prefetches after load: ${page.rscFetches} (${kib(page.rscKiB * 1024)} KiB)`,
  );
  console.log(
    `  LCP element: ${page.lcpElement ?? "?"}; phases ${page.lcpPhases.map(([p, t]) => `${p} ${ms(t)}`).join(", ")}`,
  );
  console.log(
    `  main thread ${ms(page.mainThreadMs)} ms: ${Object.entries(page.breakdown)
      .sort((a, b) => b[1] - a[1])
      .map(([g, d]) => `${g} ${ms(d)}`)
      .join(", ")}`,
  );
  console.log(
    `  bootup ${ms(page.bootupMs)} ms: ${page.bootup.map((b) => `${b.url} ${ms(b.total)} (script ${ms(b.scripting)})`).join("; ")}`,
  );
  console.log(`  long tasks: ${page.longTasks} (${ms(page.longTaskMs)} ms); DOM elements ${page.domSize}`);
}
if (values.json) writeFileSync(values.json, JSON.stringify(out, null, 2));
