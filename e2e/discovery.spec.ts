import { expect, test } from "@playwright/test";
import { locales } from "../i18n/routing";
import { allCodes, allPairs, pairSlug } from "closecodes/codes";
import { guides } from "../lib/content/guides";
import { allVendors } from "closecodes/vendors";

/** Vendors, guides, search, the JSON API and the sitemap, from the production build. */
test.describe("search", () => {
  const cases = {
    en: [
      ["1006", "/en/codes/1006"],
      ["Discord 4004", "/en/vendors/discord-gateway"],
      ["60 seconds", "/en/guides/idle-timeouts"],
      ["reason empty", null],
      ["Cloudflare", null],
    ],
    ru: [
      ["1006", "/ru/codes/1006"],
      ["Discord 4004", "/ru/vendors/discord-gateway"],
      ["60 секунд", "/ru/guides/idle-timeouts"],
      ["Cloudflare", null],
    ],
  } as const;
  for (const lang of locales) {
    test(`finds codes, vendors and symptoms in ${lang}, opened with the keyboard`, async ({ page }) => {
      await page.goto(`/${lang}`);
      await expect(
        page.getByRole("button", { name: new RegExp(`^${lang === "en" ? "Search" : "Поиск"}`) }),
      ).toBeEnabled();
      for (const [q, url] of cases[lang]) {
        await page.keyboard.press("/");
        const box = page.getByRole("searchbox");
        await expect(box).toBeFocused();
        await box.fill(q);
        const results = page.getByTestId("search-results").getByRole("link");
        await expect(results.first()).toBeVisible();
        const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        for (const h of hrefs) expect(h, q).toMatch(new RegExp(`^/${lang}(/|$)`));
        if (url) expect(hrefs, q).toContain(url);
        await page.keyboard.press("Escape");
      }
    });
  }
});

test.describe("vendors", () => {
  test("every vendor has a page in both locales, with its codes", async ({ request }) => {
    for (const lang of locales) {
      for (const v of allVendors()) {
        const res = await request.get(`/${lang}/vendors/${v.id}`);
        expect(res.status(), v.id).toBe(200);
        const html = await res.text();
        expect(html).toContain(`<html lang="${lang}"`);
        for (const c of v.codes) expect(html, `${v.id} ${c.code}`).toContain(`id="code-${c.code}"`);
        expect(html).toContain(
          v.summary[lang].slice(0, 30).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;"),
        );
      }
    }
  });

  test("a vendor code decodes on the home page and on its code page", async ({ page }) => {
    await page.goto("/en");
    await page.getByLabel("Close code", { exact: true }).fill("4004");
    const vendors = page.getByTestId("decoder-vendors");
    await expect(vendors).toContainText("Discord Gateway");
    await expect(vendors).toContainText("Twitch");
    await page.goto("/en/codes/4004");
    await expect(page.getByTestId("vendor-matches")).toContainText("Discord Gateway");
    await page.getByTestId("vendor-matches").getByRole("link", { name: "Discord Gateway" }).click();
    await expect(page).toHaveURL(/\/en\/vendors\/discord-gateway#code-4004$/);
  });
});

test.describe("guides", () => {
  test("every guide renders in both locales with its sections", async ({ request }) => {
    for (const lang of locales) {
      for (const g of guides) {
        const res = await request.get(`/${lang}/guides/${g.slug}`);
        expect(res.status(), g.slug).toBe(200);
        expect(await res.text()).toContain(g.title[lang].replace(/'/g, "&#x27;"));
      }
    }
  });
});

test.describe("JSON API", () => {
  test("codes.json holds exactly the registry", async ({ request }) => {
    const res = await request.get("/api/codes.json");
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const data = await res.json();
    expect(data.codes.map((c: { code: number }) => c.code)).toEqual(allCodes().map((c) => c.code));
    const c1006 = data.codes.find((c: { code: number }) => c.code === 1006);
    expect(c1006).toMatchObject({ ianaName: "Abnormal Closure", onWire: "forbidden", sendableByPage: false });
    expect(data.ranges).toHaveLength(6);
  });

  test("one code by number: registered, unregistered with vendors, and invalid", async ({ request }) => {
    const r1 = await (await request.get("/api/codes/1006")).json();
    expect(r1.registered.ianaName).toBe("Abnormal Closure");
    const r2 = await (await request.get("/api/codes/4004")).json();
    expect(r2.registered).toBeNull();
    expect(r2.range.id).toBe("private");
    expect(r2.vendors.map((v: { vendor: string }) => v.vendor)).toContain("discord-gateway");
    const bad = await request.get("/api/codes/70000");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toBe("too-large");
    const junk = await request.get("/api/codes/abc");
    expect(junk.status()).toBe(400);
  });

  test("vendors.json lists every vendor; the API page documents all endpoints", async ({ request, page }) => {
    const data = await (await request.get("/api/vendors.json")).json();
    expect(data.vendors.map((v: { id: string }) => v.id)).toEqual(allVendors().map((v) => v.id));
    await page.goto("/ru/api");
    for (const p of ["/api/codes.json", "/api/codes/{n}", "/api/vendors.json", "/api/scenarios.json"]) {
      await expect(page.getByText(`GET ${p}`, { exact: true })).toBeVisible();
    }
  });
});

test("the sitemap lists every page in both locales with alternates; robots.txt points to it", async ({
  request,
}) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const rests = [
    ...allCodes().map((c) => `/codes/${c.code}`),
    ...allPairs().map((p) => `/compare/${pairSlug(p)}`),
    ...allVendors().map((v) => `/vendors/${v.id}`),
    ...guides.map((g) => `/guides/${g.slug}`),
    "/tester",
  ];
  for (const rest of rests) {
    for (const lang of locales) expect(xml, rest).toContain(`/${lang}${rest}</loc>`);
  }
  expect(xml).toContain('hreflang="ru"');
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
  expect(robots).toContain("Disallow: /ws/");
});

test("code and comparison pages have titles, descriptions and a generated social card per locale", async ({
  request,
}) => {
  for (const path of [
    "/en/codes/1006",
    "/ru/codes/1006",
    "/en/compare/1000-vs-1006",
    "/ru/compare/1000-vs-1006",
    "/en/codes/4004",
  ]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<title>[^<]{10,}<\/title>/);
    expect(html, path).toMatch(/<meta name="description" content="[^"]{40,}"/);
    const og = /<meta property="og:image" content="https?:\/\/[^/]+([^"]+)"/.exec(html);
    expect(og, path).toBeTruthy();
    const img = await request.get(og![1]!.replace(/&amp;/g, "&"));
    expect(img.status(), path).toBe(200);
    expect(img.headers()["content-type"]).toBe("image/png");
    expect((await img.body()).length).toBeGreaterThan(10_000);
  }
});
