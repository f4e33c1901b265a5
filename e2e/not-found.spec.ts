import { expect, test } from "@playwright/test";

test.describe("codes that are not codes", () => {
  for (const [path, why] of [
    ["/en/codes/70000", "larger than 65535"],
    ["/en/codes/abc", "is not a number"],
    ["/en/codes/-1", "is negative"],
    ["/en/codes/10.5", "is not a whole number"],
  ] as const) {
    test(`${path} is a real 404 that explains why`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByTestId("unknown-code-why")).toContainText(why);
      await expect(page.getByRole("link", { name: "Try the decoder" })).toHaveAttribute("href", "/en/codes");
    });
  }

  test("the Russian 404 explains in Russian", async ({ page }) => {
    const res = await page.goto("/ru/codes/70000");
    expect(res?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByTestId("unknown-code-why")).toContainText("больше 65535");
  });

  test("the explanation is in the server-rendered HTML, in the URL's language", async ({ request }) => {
    const res = await request.get("/ru/codes/70000");
    expect(res.status()).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="ru"');
    expect(html).toContain("больше 65535");
    expect(html).toContain('name="robots" content="noindex"');
    // A segment with a dot looks like a file to the proxy's matcher; it is explained all the same.
    const dotted = await request.get("/en/codes/10.5");
    expect(dotted.status()).toBe(404);
    expect(await dotted.text()).toContain("is not a whole number");
  });

  test("a hostile segment is shown as text", async ({ page }) => {
    const res = await page.goto("/en/codes/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>alert(1)</script>");
  });

  test("an unknown page under a locale is a 404", async ({ page }) => {
    const res = await page.goto("/en/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});

test.describe("any integer 0–65535 has a page", () => {
  for (const [code, range] of [
    [4004, "4000–4999"],
    [0, "0–999"],
    [2000, "1016–2999"],
    [3001, "3000–3999"],
    [65535, "5000–65535"],
  ] as const) {
    test(`/en/codes/${code} shows its range`, async ({ page }) => {
      const res = await page.goto(`/en/codes/${code}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByTestId("range-page")).toBeVisible();
      await expect(page.getByTestId("answer")).toContainText(range);
    });
  }

  test("/ru/codes/4004 is in Russian", async ({ page }) => {
    await page.goto("/ru/codes/4004");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Код закрытия 4004");
    await expect(page.getByTestId("answer")).toContainText("Для частного использования");
  });
});
