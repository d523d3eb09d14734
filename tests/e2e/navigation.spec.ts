import { expect, test, type Page } from "@playwright/test";

/**
 * Links fetch the page they point to on intent (pointer, touch, focus), not as soon as they are on screen: a page's
 * start-up is not spent fetching and parsing every page the header links to. Following a link is still a client-side
 * navigation, so the move between pages needs no full reload.
 */

/** Requests for another route's React Server Component payload (how Next.js prefetches and navigates). */
function payloadRequests(page: Page) {
  const seen: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (r.resourceType() !== "document" && (url.searchParams.has("_rsc") || url.pathname.endsWith(".txt"))) seen.push(url.pathname);
  });
  return seen;
}

test("a page does not prefetch the pages its links point to while it starts", async ({ page }) => {
  const payloads = payloadRequests(page);
  await page.goto("/exam");
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  expect(payloads).toEqual([]);
});

test("pointing at a link prefetches its page, and following it navigates without a reload", async ({ page }) => {
  const payloads = payloadRequests(page);
  await page.goto("/exam");
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));

  const selector = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Selector" });
  await selector.hover();
  await expect.poll(() => payloads.some((p) => p.includes("selector"))).toBe(true);

  await selector.click();
  await expect(page).toHaveURL(/\/selector$/);
  await expect(page.getByRole("heading", { level: 1, name: "Method selector" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
});

test("focusing a link by keyboard prefetches its page too", async ({ page }) => {
  const payloads = payloadRequests(page);
  await page.goto("/exam");
  await page.waitForLoadState("networkidle");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).focus();
  await expect.poll(() => payloads.some((p) => p.includes("review"))).toBe(true);
  expect(payloads.some((p) => p.includes("selector"))).toBe(false);
});

test("the header marks the section the page belongs to, for screen readers and by sight", async ({ page }) => {
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [path, section, value] of [
    ["/selector", "Selector", "page"],
    ["/concepts", "Concepts", "page"],
    ["/concepts/distillation", "Concepts", "true"],
    ["/exam", "Exam", "page"],
  ] as const) {
    await page.goto(path);
    await expect(nav.getByRole("link", { name: section })).toHaveAttribute("aria-current", value);
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
  }
  await page.goto("/");
  await expect(nav.locator("[aria-current]")).toHaveCount(0);
  // The 404 page marks nothing, whatever address reached it, and following its link marks the section.
  await page.goto("/concepts/not-a-page");
  await expect(nav.locator("[aria-current]")).toHaveCount(0);
  await page.getByRole("main").getByRole("link", { name: "concept index" }).click();
  await expect(page).toHaveURL(/\/concepts$/);
  await expect(nav.getByRole("link", { name: "Concepts" })).toHaveAttribute("aria-current", "page");
});
