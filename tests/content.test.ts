import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { evaluate } from "@mdx-js/mdx";
import GithubSlugger from "github-slugger";
import * as runtime from "react/jsx-runtime";
import { locales } from "@/i18n/routing";
import { classify, findPair } from "closecodes/codes";
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

/** Resolves an internal link to the MDX that backs it (for anchors), or says why it is dead. */
function resolveLink(
  href: string,
): { ok: true; target?: { lang: string; kind: ContentKind; slug: string } } | { ok: false; why: string } {
  const [p = "", anchor] = href.split("#");
  if (/^\/(en|ru)\/tester(\?.*)?$/.test(p))
    return anchor ? { ok: false, why: "anchor on the tester" } : { ok: true };
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
