import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { evaluate } from "@mdx-js/mdx";
import GithubSlugger from "github-slugger";
import * as runtime from "react/jsx-runtime";
import { locales } from "@/i18n/routing";
import { classify, findPair, forbiddenOnWire, MAX_REASON_BYTES, PAGE_CLOSE_RANGES } from "closecodes/codes";
import { idleTimeouts, messageLimits } from "closecodes/facts";
import { getVendor } from "closecodes/vendors";
import { expectedContent } from "@/lib/content/inventory";
import { getGuide } from "@/lib/content/guides";
import type { ContentKind } from "@/lib/content/inventory";
import { contentMeta, requiredSections } from "@/lib/content/meta";
import { getScenario } from "@/lib/scenarios/catalogue";
import { parseParams } from "@/lib/scenarios/params";

/**
 * The content check: every registered code and every curated pair has its MDX in both locales,
 * with valid metadata, the fixed sections in order, only known components, and no dead internal
 * link or anchor; and no MDX file is orphaned.
 */
const root = path.resolve(import.meta.dirname, "..", "content");
const allowedComponents = new Set([
  "Code",
  "Compare",
  "BrowserRules",
  "IdleTimeouts",
  "MessageLimits",
  "Note",
  "Reconnect",
  "TryLink",
]);
// Ids the page itself renders around the prose (components/codes/code-page.tsx, compare-page.tsx).
const pageIds = {
  codes: ["facts-title", "try-live", "related"],
  compare: ["side-by-side", "glance"],
  guides: [] as string[],
};

/** Markdown without fenced code, so "## x" inside a code sample is not taken for a heading. */
function prose(src: string): string {
  return src.replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, "");
}

function headings(src: string, level: 2 | 3 | "any"): string[] {
  const re = level === "any" ? /^#{2,6} (.+?)\s*$/gm : new RegExp(`^${"#".repeat(level)} (.+?)\\s*$`, "gm");
  return [...prose(src).matchAll(re)].map((m) => m[1]!);
}

function anchorsOf(kind: ContentKind, src: string): Set<string> {
  const slugger = new GithubSlugger();
  // rehype-slug slugs the rendered text: strip inline code backticks and emphasis markers.
  const ids = headings(src, "any").map((h) => slugger.slug(h.replace(/[`*_]/g, "")));
  return new Set([...ids, ...pageIds[kind]]);
}

function read(lang: string, kind: string, slug: string): string {
  return readFileSync(path.join(root, lang, kind, `${slug}.mdx`), "utf8");
}

/**
 * Prose explains; components state. A rule or a number that a component renders — the close()
 * range and the reason limit (<BrowserRules />, the facts box), the codes forbidden in a close
 * frame, reconnect delays (<Reconnect />, the facts box), proxy idle limits (<IdleTimeouts />) and
 * message size limits (<MessageLimits />) — is not typed again in prose outside code: a copy
 * drifts. Each pattern is built from the registry value it protects, so it follows the registry.
 * Inline code keeps its text (`close()` counts); fenced code is not prose.
 */
const L = String.raw`(?<![\p{L}\p{N}])`;
const R = String.raw`(?![\p{L}\p{N}])`;
const DASH = String.raw`\s*[–—-]\s*`;
const NUM = String.raw`\d+(?:[.,]\d+)?`;
const TIME_UNIT = String.raw`ms|мс|secs?|seconds?|s|сек|секунд\p{L}*|с|mins?|minutes?|мин|минут\p{L}*|h|hours?|ч|час\p{L}*`;
/** "60 s", "5–30 seconds", "2,5–5 с", "4 hours": a number (or a range), a space, a unit of time. */
const TIME = new RegExp(String.raw`${L}(${NUM})(?:${DASH}(${NUM}))?[\s\u00a0]+(${TIME_UNIT})${R}`, "giu");
/** "100 MiB", "32,768 bytes", "32 768 байт", "8 KB". */
const SIZE = new RegExp(
  String.raw`${L}(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|${NUM})[\s\u00a0]*(KiB|MiB|GiB|KB|kB|MB|GB|КиБ|МиБ|ГиБ|КБ|МБ|ГБ|bytes?|байт\p{L}*)${R}`,
  "gu",
);
const RETRY_WORD = new RegExp(
  String.raw`${L}(?:retr(?:y|ies|ying|ied)|reconnect\p{L}*|back(?:s|ing)?[\s-]?off|переподключ\p{L}*|повтор\p{L}*|попытк\p{L}*)${R}`,
  "giu",
);

type Hit = { index: number; end: number; value?: number[] };

function hits(text: string, re: RegExp, value?: (m: RegExpMatchArray) => number[] | undefined): Hit[] {
  const out: Hit[] = [];
  for (const m of text.matchAll(re)) {
    const v = value?.(m);
    if (value && !v) continue;
    out.push({ index: m.index!, end: m.index! + m[0].length, value: v });
  }
  return out;
}

function toNumber(s: string): number {
  return Number(
    s
      .replace(/[\s\u00a0\u202f]/g, "")
      .replace(/,(?=\d{3}(?!\d))/g, "")
      .replace(",", "."),
  );
}

/** Seconds per unit, by the unit's first letters. */
function unitSeconds(unit: string): number {
  const u = unit.toLowerCase();
  if (u === "ms" || u === "мс") return 0.001;
  if (/^(h|hours?|ч|час)/u.test(u)) return 3600;
  if (/^(min|мин)/u.test(u)) return 60;
  return 1;
}

function timeValues(m: RegExpMatchArray): number[] | undefined {
  const [, a, b, unit] = m;
  const values = [a, b].filter((x): x is string => x !== undefined).map(toNumber);
  // "1006 с причиной": Russian "с" is also the preposition "with"; a close code is not a time.
  if (unit === "с" && values.some((v) => v >= 1000 && v <= 4999 && Number.isInteger(v))) return undefined;
  return values.map((v) => Math.round(v * unitSeconds(unit!) * 1000) / 1000);
}

function sizeValues(m: RegExpMatchArray): number[] {
  const n = toNumber(m[1]!);
  const unit = m[2]!.toLowerCase();
  const k = /^[kк]/u.test(unit)
    ? 1024
    : /^[mм]/u.test(unit)
      ? 1024 ** 2
      : /^[gг]/u.test(unit)
        ? 1024 ** 3
        : 1;
  return [Math.round(n * k)];
}

/** Both in one sentence: at most 80 characters apart, no sentence end or line break between. */
function sameSentence(text: string, a: Hit, b: Hit): boolean {
  const [first, second] = a.index <= b.index ? [a, b] : [b, a];
  if (second.index < first.end) return true;
  const between = text.slice(first.end, second.index);
  return between.length <= 80 && !/[.!?](?:\s|$)|\n/.test(between);
}

function snippet(text: string, a: Hit, b: Hit = a): string {
  return text.slice(Math.min(a.index, b.index), Math.max(a.end, b.end)).replace(/\s+/g, " ");
}

/** Each row of a facts table, the words that name it in prose (a new row must be added here). */
const idleNames: Record<(typeof idleTimeouts)[number]["component"], RegExp> = {
  nginx: /nginx/giu,
  "Kubernetes ingress-nginx": /ingress-nginx|ingress/giu,
  "AWS Application Load Balancer": /\bALB\b|Application Load Balancer/gu,
  "AWS Classic ELB": /\bELB\b|Classic Load Balancer/gu,
  "AWS API Gateway (WebSocket APIs)": /API Gateway/gu,
  "AWS CloudFront": /CloudFront/gu,
  "Cloudflare proxy": /Cloudflare/gu,
  "Heroku router": /Heroku/gu,
  "Google Cloud HTTP(S) Load Balancer": /Google Cloud|\bGCP\b|\bGKE\b/gu,
  "Azure Front Door (Standard/Premium)": /Front Door/gu,
  "Azure Load Balancer": /Azure Load Balancer/gu,
};
const limitNames: Record<(typeof messageLimits)[number]["component"], RegExp> = {
  "ws (Node.js)": /(?<![\w/.-])ws(?![\w/-])/gu,
  "Python websockets": /(?<![\w/])websockets(?![\w/])/gu,
  "coder/websocket (Go)": /coder\/websocket|nhooyr/gu,
  "Spring + embedded Tomcat": /Spring|Tomcat/gu,
  Jetty: /Jetty/gu,
  "ASP.NET Core SignalR": /SignalR/gu,
  "AWS API Gateway (WebSocket APIs)": /API Gateway/gu,
};

/** The figures of a facts-table row: its numbers, in seconds or bytes. */
function rowFigures(
  texts: string[],
  re: RegExp,
  values: (m: RegExpMatchArray) => number[] | undefined,
  extra: number[] = [],
) {
  const out = new Set(extra);
  for (const t of texts) for (const m of t.matchAll(re)) for (const v of values(m) ?? []) out.add(v);
  return out;
}

/** Figures of a table's rows found next to the row's name in one sentence. */
function tableFigures(
  text: string,
  rows: ReadonlyArray<{ name: RegExp; figures: Set<number> }>,
  figureRe: RegExp,
  values: (m: RegExpMatchArray) => number[] | undefined,
): string[] {
  const figs = hits(text, figureRe, values);
  const out: string[] = [];
  for (const f of figs) {
    const named = rows.flatMap((row) =>
      f.value!.some((v) => row.figures.has(v))
        ? hits(text, row.name).filter((n) => sameSentence(text, n, f))
        : [],
    );
    if (named[0]) out.push(snippet(text, named[0], f));
  }
  return out;
}

const idleRows = idleTimeouts.map((r) => ({
  name: idleNames[r.component],
  figures: rowFigures([r.limit.en, r.limit.ru], TIME, timeValues, [
    ...("idleS" in r ? [r.idleS] : []),
    ...("lifetimeS" in r ? [r.lifetimeS] : []),
  ]),
}));
const limitRows = messageLimits.map((r) => ({
  name: limitNames[r.component],
  figures: rowFigures([r.limit.en, r.limit.ru], SIZE, sizeValues),
}));

const pageCodes = PAGE_CLOSE_RANGES.map(([a, b]) => (a === b ? `${a}` : `${a}${DASH}${b}`));
const RESTATED: Array<{ rule: string; re: RegExp }> = [
  {
    // "1000 or 3000–4999", "1000 и 3000–4999", "1000 (plus 3000–4999)", "1000 or a code from 3000–4999"
    rule: "the close() range (<BrowserRules /> and the comparison table state it)",
    re: new RegExp(
      String.raw`${L}${pageCodes[0]}\s*,?\s*\(?(?:or|and|plus|или|и)\s+(?:(?:a |any )?codes? (?:from|in) |(?:любой )?коды? из (?:диапазона )?|диапазон\p{L}* )?${pageCodes[1]}${R}`,
      "giu",
    ),
  },
  {
    // close() in the same sentence as 3000–4999, in either order
    rule: "the close() range (<BrowserRules /> and the comparison table state it)",
    re: new RegExp(
      String.raw`close\([^\n]{0,80}?${L}${pageCodes[1]}${R}|${L}${pageCodes[1]}${R}[^\n]{0,80}?close\(`,
      "giu",
    ),
  },
  {
    // Chromium's message quoted in full: "The close code must be either 1000, or between 3000 and 4999."
    rule: "the close() range (<BrowserRules /> and the comparison table state it)",
    re: new RegExp(
      String.raw`${L}(?:between|from|от)\s+${PAGE_CLOSE_RANGES[1]![0]}\s+(?:and|to|до)\s+${PAGE_CLOSE_RANGES[1]![1]}${R}`,
      "giu",
    ),
  },
  {
    // "123 bytes", "123-byte", "123 UTF-8 bytes", "123 байт", "123 байтами", "123 UTF-8"
    rule: "the reason's byte limit (<BrowserRules /> states it: link to /{lang}/codes/1000#…)",
    re: new RegExp(
      String.raw`${L}${MAX_REASON_BYTES}(?:[\s-]+(?:UTF-8[\s-]+)?(?:bytes?|байт\p{L}*)|\s+UTF-8)${R}`,
      "giu",
    ),
  },
];

/** Every sentence of `text` (prose without fenced code) that restates a rule a component owns. */
function restatedRules(text: string): string[] {
  const t = text.replace(/`([^`\n]*)`/g, "$1");
  const out: string[] = [];
  for (const r of RESTATED) for (const m of t.matchAll(r.re)) out.push(`${r.rule}: “${m[0]}”`);
  // A list of codes holding every code forbidden in a close frame, in any order or spelling.
  const forbidden = forbiddenOnWire();
  const list = new RegExp(
    String.raw`${L}\d{4}(?:(?:\s*[,/]\s*|\s+(?:and|or|и|или)\s+)(?:(?:and|or|и|или)\s+)?\d{4}${R})+`,
    "gu",
  );
  for (const m of t.matchAll(list)) {
    const codes = new Set(m[0].match(/\d{4}/g)!.map(Number));
    if (forbidden.every((c) => codes.has(c)))
      out.push(`the codes forbidden in a close frame (each code's facts box states it): “${m[0]}”`);
  }
  const retry = hits(t, RETRY_WORD);
  const times = hits(t, TIME, timeValues);
  for (const f of times) {
    const w = retry.find((w) => sameSentence(t, w, f));
    if (w) out.push(`a reconnect delay (use <Reconnect code={…} />): “${snippet(t, w, f)}”`);
  }
  for (const s of tableFigures(t, idleRows, TIME, timeValues))
    out.push(`an idle limit (<IdleTimeouts /> renders it): “${s}”`);
  for (const s of tableFigures(t, limitRows, SIZE, sizeValues))
    out.push(`a message size limit (<MessageLimits /> renders it): “${s}”`);
  return [...new Set(out)];
}

/** Resolves an internal link to the MDX that backs it (for anchors), or says why it is dead. */
function resolveLink(
  href: string,
): { ok: true; target?: { lang: string; kind: ContentKind; slug: string } } | { ok: false; why: string } {
  const [p = "", anchor] = href.split("#");
  if (/^\/(en|ru)\/tester(\?.*)?$/.test(p))
    return anchor ? { ok: false, why: "anchor on the tester" } : { ok: true };
  const v = /^\/(en|ru)\/vendors(?:\/([^/]+))?\/?$/.exec(p);
  if (v) {
    if (!v[2]) return anchor ? { ok: false, why: "anchor on the vendor index" } : { ok: true };
    const vendor = getVendor(v[2]);
    if (!vendor) return { ok: false, why: "no such vendor" };
    // The vendor page gives each code's row the id code-<n> (app/[lang]/vendors/[id]/page.tsx).
    if (anchor && !vendor.codes.some((c) => `code-${c.code}` === anchor))
      return { ok: false, why: `no row #${anchor} on the vendor page` };
    return { ok: true };
  }
  const m = /^\/(en|ru)(?:\/(codes|compare|guides)(?:\/([^/]+))?)?\/?$/.exec(p);
  if (!m) return { ok: false, why: "no such page" };
  const [, lang, kind, slug] = m;
  if (!kind || !slug) return anchor ? { ok: false, why: "anchor on an index page" } : { ok: true };
  if (kind === "codes") {
    const c = classify(slug);
    if (!c.ok || String(c.code) !== slug) return { ok: false, why: "not a code" };
    if (!c.entry) return anchor ? { ok: false, why: "anchor on a range page" } : { ok: true };
    return { ok: true, target: { lang: lang!, kind: "codes", slug } };
  }
  if (kind === "guides") {
    return getGuide(slug)
      ? { ok: true, target: { lang: lang!, kind: "guides", slug } }
      : { ok: false, why: "no such guide" };
  }
  const pair = findPair(slug);
  if (!pair || !pair.canonical) return { ok: false, why: "not a canonical curated pair" };
  return { ok: true, target: { lang: lang!, kind: "compare", slug } };
}

describe("content", () => {
  const expected = expectedContent();

  it("has an MDX file for every registered code and every pair, in both locales", () => {
    const missing = expected
      .filter((e) => !existsSync(path.join(root, e.lang, e.kind, `${e.slug}.mdx`)))
      .map((e) => `content/${e.lang}/${e.kind}/${e.slug}.mdx`);
    assert.deepEqual(missing, []);
  });

  it("has no orphaned MDX file", () => {
    const want = new Set(expected.map((e) => `${e.lang}/${e.kind}/${e.slug}.mdx`));
    const orphans: string[] = [];
    for (const lang of readdirSync(root)) {
      const dir = path.join(root, lang);
      if (lang === "README.md") continue;
      if (!(locales as readonly string[]).includes(lang)) orphans.push(lang);
      else
        for (const kind of readdirSync(dir))
          for (const f of readdirSync(path.join(dir, kind))) {
            if (!want.has(`${lang}/${kind}/${f}`)) orphans.push(`${lang}/${kind}/${f}`);
          }
    }
    assert.deepEqual(orphans, []);
  });

  for (const e of expected) {
    const file = `content/${e.lang}/${e.kind}/${e.slug}.mdx`;
    describe(file, () => {
      const exists = existsSync(path.join(root, e.lang, e.kind, `${e.slug}.mdx`));
      const src = exists ? read(e.lang, e.kind, e.slug) : "";

      it("exists", () => assert.ok(exists, "missing"));

      it("compiles and exports valid meta", async () => {
        assert.ok(exists);
        const mod = await evaluate(src, { ...runtime, baseUrl: import.meta.url });
        const parsed = contentMeta.safeParse(mod.meta);
        assert.ok(parsed.success, parsed.success ? "" : parsed.error.message);
      });

      it("has the required sections, in order", () => {
        assert.ok(exists);
        assert.deepEqual(headings(src, 2), [...requiredSections[e.kind][e.lang]]);
      });

      it("uses only known components, with valid codes and pairs", () => {
        const text = prose(src);
        for (const m of text.matchAll(/<([A-Z]\w*)/g))
          assert.ok(allowedComponents.has(m[1]!), `unknown <${m[1]}>`);
        for (const m of text.matchAll(/<Code\s+n=\{(\d+)\}/g))
          assert.ok(classify(m[1]).ok, `<Code n={${m[1]}} />`);
        for (const m of text.matchAll(/<Compare\s+a=\{(\d+)\}\s+b=\{(\d+)\}/g)) {
          assert.ok(findPair(`${m[1]}-vs-${m[2]}`), `<Compare a={${m[1]}} b={${m[2]}} />`);
        }
        if (e.kind === "codes")
          assert.match(text, /<BrowserRules\s*\/>/, "code pages render <BrowserRules />");
        else assert.doesNotMatch(text, /<BrowserRules/, "<BrowserRules /> is for code pages");
        for (const m of text.matchAll(/<TryLink\s+scenario="([^"]*)"(?:\s+query="([^"]*)")?\s*\/>/g)) {
          const s = getScenario(m[1]!);
          assert.ok(s, `<TryLink scenario="${m[1]}" />: no such scenario`);
          const parsed = parseParams(s.params, new URLSearchParams(m[2] ?? ""));
          const why = parsed.ok ? s.validate?.(parsed.values) : parsed.error;
          assert.equal(why, undefined, `<TryLink scenario="${m[1]}" query="${m[2] ?? ""}" />: ${why}`);
        }
      });

      if (e.lang === "ru")
        it("calls a frame «кадр», never «фрейм»", () => {
          assert.ok(exists);
          // The whole file, code comments included; «фреймворк» (framework) is another word.
          assert.deepEqual(src.match(/фрейм(?!ворк)[\p{L}-]*/giu) ?? [], []);
        });

      it("states no rule or number in prose that a component owns", () => {
        assert.ok(exists);
        assert.deepEqual(restatedRules(prose(src)), []);
      });

      it("has no dead internal link or anchor, and links within its own locale", () => {
        const text = prose(src);
        const links = [
          ...[...text.matchAll(/\]\((\/[^)\s]*|#[^)\s]+)\)/g)].map((m) => m[1]!),
          ...[...text.matchAll(/href="(\/[^"]*|#[^"]+)"/g)].map((m) => m[1]!),
        ];
        for (const href of links) {
          if (href.startsWith("#")) {
            assert.ok(anchorsOf(e.kind, src).has(href.slice(1)), `dead anchor ${href}`);
            continue;
          }
          assert.ok(href.startsWith(`/${e.lang}`), `${href} leaves the ${e.lang} locale`);
          const r = resolveLink(href);
          assert.ok(r.ok, `dead link ${href}: ${r.ok ? "" : r.why}`);
          const anchor = href.split("#")[1];
          if (r.ok && r.target && anchor) {
            const t = r.target;
            const targetSrc = read(t.lang, t.kind, t.slug);
            assert.ok(anchorsOf(t.kind, targetSrc).has(decodeURIComponent(anchor)), `dead anchor ${href}`);
          }
        }
      });
    });
  }
});
