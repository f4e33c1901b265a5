import { expect, test } from "@playwright/test";

test.describe("redirects", () => {
  test("/ picks Russian from Accept-Language", async ({ request }) => {
    const res = await request.get("/", {
      headers: { "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" },
      maxRedirects: 0,
    });
    expect([307, 308]).toContain(res.status());
    expect(res.headers()["location"]).toMatch(/\/ru$/);
  });

  test("/ picks English from Accept-Language", async ({ request }) => {
    const res = await request.get("/", { headers: { "accept-language": "en-GB,en;q=0.9" }, maxRedirects: 0 });
    expect(res.headers()["location"]).toMatch(/\/en$/);
  });

  test("/ falls back to English for other languages", async ({ request }) => {
    const res = await request.get("/", { headers: { "accept-language": "de-DE" }, maxRedirects: 0 });
    expect(res.headers()["location"]).toMatch(/\/en$/);
  });

  test("a reversed pair redirects permanently to the canonical order", async ({ request }) => {
    const res = await request.get("/en/compare/1006-vs-1000", { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(res.headers()["location"]).toBe("/en/compare/1000-vs-1006");
  });

  test("/compare/1006-vs-1000 without a locale ends on the canonical localised page", async ({ browser }) => {
    const ctx = await browser.newContext({ locale: "ru-RU" });
    const page = await ctx.newPage();
    const res = await page.goto("/compare/1006-vs-1000");
    expect(res?.status()).toBe(200);
    await expect(page).toHaveURL(/\/ru\/compare\/1000-vs-1006$/);
    await ctx.close();
  });

  test("a code with leading zeros redirects to its canonical URL", async ({ request }) => {
    const res = await request.get("/en/codes/01006", { maxRedirects: 0 });
    expect([307, 308]).toContain(res.status());
    expect(res.headers()["location"]).toMatch(/^(http:\/\/localhost:\d+)?\/en\/codes\/1006$/);
  });

  test("/codes/1006 without a locale gets one", async ({ page }) => {
    await page.goto("/codes/1006");
    await expect(page).toHaveURL(/\/en\/codes\/1006$/);
  });

  test("an uncurated pair is a 404", async ({ request }) => {
    const res = await request.get("/en/compare/1000-vs-1002");
    expect(res.status()).toBe(404);
  });
});
