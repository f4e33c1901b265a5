import { expect, test } from "@playwright/test";

/** Site chrome: landmarks, theme, anchors, copy buttons, small screens, layout stability. */
test("landmarks and a skip link are present", async ({ page }) => {
  await page.goto("/en/codes/1006");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});

test("dark mode follows the system and the toggle overrides it, across reloads", async ({ browser }) => {
  const ctx = await browser.newContext({ colorScheme: "dark" });
  const page = await ctx.newPage();
  await page.goto("/en/codes/1000");
  await expect(page.locator("html")).toHaveClass(/dark/);
  const toggle = page.getByRole("button", { name: /^Colour theme/ });
  await expect(toggle).toHaveAccessibleName("Colour theme: System");
  await toggle.click(); // → light
  await expect(toggle).toHaveAccessibleName("Colour theme: Light");
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.getByRole("button", { name: /^Colour theme/ }).click(); // → dark
  await expect(page.locator("html")).toHaveClass(/dark/);
  await ctx.close();
});

test("headings carry copyable anchors and code blocks a working copy button", async ({ browser }) => {
  const ctx = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await ctx.newPage();
  await page.goto("/en/codes/1006");
  const heading = page.getByRole("heading", { level: 2, name: "How to fix it" });
  await expect(heading).toHaveAttribute("id", "how-to-fix-it");
  await expect(heading.getByRole("link", { name: "Copy link to this section" })).toHaveAttribute(
    "href",
    "#how-to-fix-it",
  );
  const block = page.locator("pre").first();
  // Highlighted tokens carry their colours as classes (components/mdx/code-colors.tsx).
  const tokens = block.locator("span[class^='c'][class*=' d']");
  await expect(tokens.first()).toBeAttached();
  const colours = await tokens.evaluateAll((els) => new Set(els.map((e) => getComputedStyle(e).color)).size);
  expect(colours).toBeGreaterThan(1);
  // The accessible name changes to "Copied" on success, so match both.
  const button = page.getByRole("button", { name: /^Cop(y|ied)$/ }).first();
  await button.click();
  await expect(button).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(10);
  expect(await block.innerText()).toContain(copied.trim().split("\n")[0]!);
  await ctx.close();
});

for (const path of ["/en", "/ru/codes/1006", "/en/compare/1000-vs-1006", "/ru/codes/4004"]) {
  test(`${path} fits a 360 px screen without horizontal scrolling`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await ctx.close();
  });
}

test("pages load without layout shift", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) {
        if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const path of ["/en", "/en/codes/1006", "/ru/compare/1000-vs-1006"]) {
    await page.goto(path, { waitUntil: "load" });
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls, path).toBe(0);
  }
  // The tester's client renders over the server's HTML after the first paint, then again once its
  // session exists: neither may move anything.
  for (const path of ["/en/tester", "/ru/tester"]) {
    await page.goto(path, { waitUntil: "load" });
    await expect(page.getByRole("button", { name: /^(Connect|Подключиться)$/ })).toBeEnabled();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls, path).toBe(0);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the tester reads as a page, and its controls say they cannot work", async ({ page }) => {
    await page.goto("/en/tester");
    await expect(page.getByRole("heading", { level: 1, name: "Live close tester" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /Server closes with a code/ })).toBeDisabled();
    await expect(page.getByRole("radio", { name: /Server closes with a code/ })).toBeChecked();
    await expect(page.getByRole("button", { name: "Connect" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Copy permalink" })).toBeDisabled();
    // The links in the picker still lead to the codes each scenario illustrates.
    await page.getByRole("link", { name: "Illustrates 1005" }).click();
    await expect(page).toHaveURL(/\/en\/codes\/1005$/);
  });
});

test("no page loads Next's runtime: reference pages load the islands, the tester its Preact bundle", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  for (const path of [
    "/en",
    "/ru/codes/1006",
    "/en/codes/4321",
    "/en/compare/1000-vs-1006",
    "/en/codes/abc",
  ]) {
    scripts.length = 0;
    await page.goto(path, { waitUntil: "load" });
    // The islands (loaded after the first paint) have wired the header's buttons.
    await expect(page.getByRole("button", { name: /^(Search|Поиск)/ })).toBeEnabled();
    await expect(page.getByRole("button", { name: /^(Colour theme|Цветовая тема)/ })).toBeEnabled();
    expect(scripts, path).toEqual(["/islands.js"]);
    const html = await page.content();
    expect(html, path).not.toContain("self.__next_f");
  }
  for (const path of ["/en/tester", "/ru/tester"]) {
    scripts.length = 0;
    await page.goto(path, { waitUntil: "load" });
    // islands/tester.ts renders the tester after the first paint; Connect is enabled once its
    // session exists.
    await expect(page.getByRole("button", { name: /^(Connect|Подключиться)$/ })).toBeEnabled();
    await expect(page.getByRole("button", { name: /^(Search|Поиск)/ })).toBeEnabled();
    expect(scripts.sort(), path).toEqual(["/islands.js", "/tester.js"]);
    expect(await page.content(), path).not.toContain("self.__next_f");
  }
});
