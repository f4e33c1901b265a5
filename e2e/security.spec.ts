import { expect, test } from "@playwright/test";

/** Security headers on pages, and hostile strings rendered inert everywhere they can appear. */
test("pages carry a Content-Security-Policy and the usual security headers", async ({ request }) => {
  for (const path of ["/en", "/ru/codes/1006", "/en/tester", "/en/codes/abc"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"], path).toContain("default-src 'self'");
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toContain("object-src 'none'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
  const report = await request.get("/ws-report/doesnotexist0000000");
  expect(report.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the site works under its CSP: no violations while using the decoder, search and tester", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.goto("/en");
  await page.getByLabel("Close code", { exact: true }).fill("1006");
  await expect(page.getByTestId("decoder-result")).toContainText("Abnormal Closure");
  await page.getByRole("button", { name: /^Search/ }).click();
  await page.getByRole("searchbox").fill("1006");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await page.goto("/en/tester?s=close&code=4000");
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page.getByTestId("result-code")).toHaveText("4000");
  expect(violations).toEqual([]);
});

test("a hostile close reason and message from the server render as text", async ({ page }) => {
  const reason = '<img src=x onerror="window.__pwned=1">';
  await page.goto(`/en/tester?s=close&code=4000&reason=${encodeURIComponent(reason)}`);
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page.getByTestId("result-reason")).toHaveText(reason);
  await expect(page.getByTestId("event-log")).toContainText(reason);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});
