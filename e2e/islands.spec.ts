import { expect, test } from "./engines/fixture";

/**
 * The reference pages' widgets (islands/) in each engine, Chromium, Firefox and WebKitGTK: the
 * pages ship no framework, so these few lines of DOM code are all that makes them work.
 * (Chromium also runs the fuller Playwright specs: chrome, discovery, journey.)
 */
type Seen = { theme: string[]; decoder: string; vendors: number; search: string[] };

/** Runs in the page: waits for the islands, then uses each widget the way a reader would. */
function useWidgets(): Promise<Seen> {
  const until = <T>(get: () => T | null | undefined | false, what: string, ms = 10_000) =>
    new Promise<T>((resolve, reject) => {
      const t0 = Date.now();
      const tick = () => {
        const v = get();
        if (v) return resolve(v as T);
        if (Date.now() - t0 > ms) return reject(new Error(`timed out waiting for ${what}`));
        setTimeout(tick, 50);
      };
      tick();
    });
  return (async () => {
    const toggle = document.querySelector<HTMLButtonElement>("button[data-theme-toggle]")!;
    await until(() => !toggle.disabled, "the theme button to be wired");
    const theme: string[] = [];
    for (let i = 0; i < 3; i++) {
      toggle.click();
      theme.push(`${document.documentElement.dataset.theme} ${toggle.getAttribute("aria-label")}`);
    }

    const input = document.querySelector<HTMLInputElement>("[data-decoder] input")!;
    input.focus();
    input.value = "4004";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const result = document.querySelector<HTMLElement>('[data-testid="decoder-result"]')!;
    const decoder = await until(
      () => result.querySelector("a[href='/en/codes/4004']") && result.textContent,
      "the decoder",
    );
    const vendors = result.querySelectorAll('[data-testid="decoder-vendors"] li').length;

    document.querySelector<HTMLButtonElement>("button[data-search-open]")!.click();
    const box = document.querySelector<HTMLInputElement>("dialog[data-search] input")!;
    box.value = "1006";
    box.dispatchEvent(new Event("input", { bubbles: true }));
    const links = await until(
      () => {
        const as = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="search-results"] a')];
        return as.length > 0 && as.map((a) => a.getAttribute("href")!);
      },
      "search results",
      20_000,
    );
    return { theme, decoder, vendors, search: links };
  })();
}

test("the theme button, the decoder and search work on a page without the framework", async ({
  engine,
  baseURL,
}) => {
  await engine.goto(`${baseURL}/en`);
  const seen = await engine.run(useWidgets, undefined as never, 40_000);
  // system → light → dark → system, and the button names each choice.
  expect(seen.theme).toEqual([
    "light Colour theme: Light",
    "dark Colour theme: Dark",
    "system Colour theme: System",
  ]);
  expect(seen.decoder).toContain("4004");
  expect(seen.vendors).toBeGreaterThan(0); // 4004 is in several vendors' tables
  expect(seen.search).toContain("/en/codes/1006");
});
