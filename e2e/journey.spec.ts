import { expect, test } from "@playwright/test";

/** The first users' path: home → decoder → code page → comparison → other locale → back. */
test("home → decoder → code page → comparison → switch locale → back", async ({ page }) => {
  await page.goto("/en");
  await expect(page).toHaveTitle(/close codes/i);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  const input = page.getByLabel("Close code", { exact: true });
  await input.fill("1006");
  const result = page.getByTestId("decoder-result");
  await expect(result).toContainText("Abnormal Closure");
  await expect(result).toContainText("A page cannot send it with close()");

  await result.getByRole("link", { name: "Open the page for 1006" }).click();
  await expect(page).toHaveURL(/\/en\/codes\/1006$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("1006 Abnormal Closure");
  await expect(page.getByTestId("answer")).not.toBeEmpty();
  await expect(page.getByTestId("facts")).toContainText("Abnormal Closure");
  for (const h of ["What it means", "When you see it", "How to fix it", "How a browser reports it"]) {
    await expect(page.getByRole("heading", { level: 2, name: h })).toBeVisible();
  }
  await expect(page.getByTestId("browser-rules")).toContainText("1006");

  await page
    .getByRole("region", { name: "Related codes and comparisons" })
    .getByRole("link", { name: /^1000 vs 1006/ })
    .click();
  await expect(page).toHaveURL(/\/en\/compare\/1000-vs-1006$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("1000 vs 1006");
  await expect(page.getByTestId("diff-table")).toBeVisible();

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/compare\/1000-vs-1006$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("1000 и 1006");
  await expect(page.getByRole("heading", { level: 2, name: "Главные различия" })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/en\/compare\/1000-vs-1006$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the decoder explains numbers that are not codes, and unregistered ones", async ({ page }) => {
  await page.goto("/en");
  const input = page.getByLabel("Close code", { exact: true });
  const result = page.getByTestId("decoder-result");
  await input.fill("70000");
  await expect(result).toContainText("larger than 65535");
  await input.fill("abc");
  await expect(result).toContainText("is not a number");
  await input.fill("4004");
  await expect(result).toContainText("4000–4999");
  await expect(result).toContainText("A page may send it with close()");
  await input.fill("<img src=x onerror=alert(1)>");
  await expect(result).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});

test("the Russian decoder answers in Russian", async ({ page }) => {
  await page.goto("/ru");
  await page.getByLabel("Код закрытия", { exact: true }).fill("1001");
  await expect(page.getByTestId("decoder-result")).toContainText("Уход");
  await expect(page.getByTestId("decoder-result")).toContainText(
    "Страница не может отправить его через close()",
  );
});
