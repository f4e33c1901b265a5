import { expect, test } from "@playwright/test";
import { locales } from "../i18n/routing";
import { allCodes, allPairs, pairSlug } from "closecodes/codes";
import { requiredSections } from "../lib/content/meta";

/**
 * Every registered code and every curated pair renders, in both locales, from the production
 * build: status 200, the right <html lang>, canonical + hreflang alternates, and the sections in
 * their fixed order. Fetched over HTTP (no scripts needed for any of this).
 */
function h2s(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, "")
      .replace(/#$/, "")
      .replace(/&#x27;|&#39;/g, "'")
      .trim(),
  );
}

for (const lang of locales) {
  test(`every ${lang} code page is complete`, async ({ request }) => {
    for (const c of allCodes()) {
      const res = await request.get(`/${lang}/codes/${c.code}`);
      expect(res.status(), `/${lang}/codes/${c.code}`).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(`<link rel="canonical" href="http://localhost:3000/${lang}/codes/${c.code}"`);
      for (const l of locales)
        expect(html).toContain(`hrefLang="${l}" href="http://localhost:3000/${l}/codes/${c.code}"`);
      const sections = h2s(html).filter((h) =>
        (requiredSections.codes[lang] as readonly string[]).includes(h),
      );
      expect(sections, `/${lang}/codes/${c.code}`).toEqual([...requiredSections.codes[lang]]);
      expect(html).toContain('data-testid="facts"');
      expect(html).toContain('data-testid="browser-rules"');
    }
  });

  test(`every ${lang} comparison page is complete`, async ({ request }) => {
    for (const p of allPairs()) {
      const path = `/${lang}/compare/${pairSlug(p)}`;
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}"`);
      for (const l of locales)
        expect(html).toContain(`hrefLang="${l}" href="http://localhost:3000/${l}/compare/${pairSlug(p)}"`);
      const sections = h2s(html).filter((h) =>
        (requiredSections.compare[lang] as readonly string[]).includes(h),
      );
      expect(sections, path).toEqual([...requiredSections.compare[lang]]);
      expect(html).toContain('data-testid="diff-table"');
    }
  });

  test(`the ${lang} comparison index lists every pair`, async ({ page }) => {
    await page.goto(`/${lang}/compare`);
    const links = page.getByTestId("pair-list").getByRole("link");
    await expect(links).toHaveCount(allPairs().length);
  });
}

test("/en/browsers and /ru/browsers show the matrix with the measured versions", async ({ page }) => {
  for (const lang of ["en", "ru"] as const) {
    await page.goto(`/${lang}/browsers`);
    await expect(page.getByTestId("engine-versions")).toContainText("Chromium");
    await expect(page.getByTestId("engine-versions")).toContainText("Firefox");
    await expect(page.getByTestId("engine-versions")).toContainText("WebKitGTK");
    const matrix = page.getByTestId("engine-matrix");
    await expect(matrix.locator("tbody tr")).toHaveCount(72);
    // close-raw with 1005: Chromium and WebKitGTK fail the connection, Firefox passes 1005 on.
    const row = matrix.locator('tr[data-variant="close-raw?code=1005"]');
    await expect(row).toHaveAttribute("data-differ", "true");
    await expect(row.locator('td[data-engine="firefox"]')).toContainText("1005");
    await expect(row.locator('td[data-engine="chromium"]')).toContainText("error · 1006");
  }
});

test("facts a review found wrong stay fixed, as the pages render them", async ({ request }) => {
  const html = async (path: string) => {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    return res.text();
  };
  // 1014: IANA registers a description, no name; "Bad Gateway" is marked as the site's own.
  const c1014 = await html("/en/codes/1014");
  expect(c1014).toContain("None: IANA registers only a description");
  expect(c1014).toContain("our plain-language name");
  // The echo sentence only on codes a page can send.
  expect(await html("/en/codes/1000")).toContain("echoes the page&#x27;s own close(1000)");
  expect(await html("/en/codes/1011")).not.toContain("echoes the page");
  // Centrifugo's 3000 and 3008 are not labelled with IANA's names; which reason limit bites is said.
  const centrifugo = await html("/en/vendors/centrifugo");
  expect(centrifugo).toContain('data-testid="iana-differs"');
  expect(centrifugo).toContain("at most 123 UTF-8 bytes");
  // graphql-ws 4499 reaches the server too.
  expect(await html("/en/vendors/graphql-ws")).toContain("closes the real socket with 4499");
  // Russian: the message-size table is translated; frames are «кадр».
  const ru1009 = await html("/ru/codes/1009");
  expect(ru1009).toContain("100 МиБ");
  expect(ru1009).not.toMatch(/\d (KiB|MiB)/);
  expect(ru1009).not.toContain("фрейм");
});
