import { expect, test, type Page } from "@playwright/test";
import { tickAsAsked } from "./helpers";

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

test("after a move to another page, focus is on its main heading, and Tab goes on from there; not on the first load", async ({ page }) => {
  await page.goto("/exam");
  await page.waitForLoadState("networkidle");
  await expect(page.locator("body")).toBeFocused();
  // By keyboard, from the header.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Concepts" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/concepts$/);
  const concepts = page.getByRole("heading", { level: 1, name: "Concepts" });
  await expect(concepts).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.getElementById("main")!.contains(document.activeElement))).toBe(true);
  // From a link inside the page, which goes away with it.
  await page.locator('main a[href$="/concepts/distillation"]').first().click();
  await expect(page).toHaveURL(/\/concepts\/distillation$/);
  await expect(page.getByRole("heading", { level: 1, name: "Distillation" })).toBeFocused();
  // Back.
  await page.goBack();
  await expect(page).toHaveURL(/\/concepts$/);
  await expect(concepts).toBeFocused();
  // A move to a section of another page focuses that section, scrolled into view.
  await page.evaluate(() => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push("/concepts/distillation#mental-model"));
  await expect(page).toHaveURL(/\/concepts\/distillation#mental-model$/);
  await expect(page.locator("#mental-model")).toBeFocused();
  await expect(page.locator("#mental-model")).toBeInViewport();
  // A link to a place on the same page moves there, not to the heading.
  await page.goto("/concepts/distillation");
  await page.locator('a[href="#mental-model"]').filter({ visible: true }).first().click();
  await expect(page).toHaveURL(/#mental-model$/);
  await expect(page.getByRole("heading", { level: 1, name: "Distillation" })).not.toBeFocused();
});

test("Back to a place reached by an in-page link shows that page there, not the page after it", async ({ page }) => {
  // A browser-made entry for a `#…` link carries none of Next.js's state; Back to it from another page changed the
  // address and left the other page on screen (vercel/next.js#75072).
  await page.goto("/concepts/distillation");
  await page.waitForLoadState("networkidle");
  const title = page.getByRole("heading", { level: 1, name: "Distillation" });
  const sources = page.getByRole("heading", { level: 2, name: "Sources" });
  await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Sources", exact: true }).filter({ visible: true }).click();
  await expect(page).toHaveURL(/\/concepts\/distillation#sources$/);
  await expect(sources).toBeFocused();
  await expect(sources).toBeInViewport();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Selector" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Method selector" })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/concepts\/distillation#sources$/);
  await expect(title).toBeVisible();
  await expect(sources).toBeFocused();
  // Still there once the browser has restored its own scroll position for the entry.
  await page.waitForTimeout(300);
  await expect(sources).toBeInViewport();
  await page.goBack();
  await expect(page).toHaveURL(/\/concepts\/distillation$/);
  await expect(title).toBeVisible();

  // The skip link, the same way.
  await page.goto("/concepts/distillation");
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main#main")).toBeFocused();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exam" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice exam" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/concepts\/distillation#main$/);
  await expect(title).toBeVisible();
});

test("a link in the page's own feedback to a place on the same page is followed the same way", async ({ page }) => {
  // The misconception links under Check yourself are Next.js links to /concepts/<this page>#misconception-…
  await page.goto("/concepts/prompt-engineering");
  await page.waitForLoadState("networkidle");
  const region = page.getByRole("region", { name: "Check yourself" });
  const pending = region.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Check answer" }) });
  const samePage = region.locator('a[href^="/concepts/prompt-engineering#misconception-"]');
  while ((await samePage.count()) === 0 && (await pending.count()) > 0) {
    const before = await pending.count();
    const question = pending.first();
    await tickAsAsked(question);
    await question.getByRole("button", { name: "Check answer" }).click();
    await expect(pending).toHaveCount(before - 1);
  }
  const link = samePage.first();
  const id = ((await link.getAttribute("href")) ?? "").split("#")[1]!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/concepts/prompt-engineering#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeFocused();
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Prompt engineering" })).toBeVisible();
});

test("an in-page link to something inside a closed disclosure opens it, as the browser would", async ({ page }) => {
  // Content may hold raw <details> (the sanitizer keeps it); none does yet, so the page gets one here.
  await page.goto("/concepts/distillation");
  await page.waitForLoadState("networkidle");
  await page.locator("main h1").evaluate((h1) =>
    h1.insertAdjacentHTML("afterend", '<a href="#note-inside" id="to-note">To the note</a><details id="outer"><summary>More</summary><details id="inner"><summary>Even more</summary><p id="note-inside">The note</p></details></details>'),
  );
  await page.locator("#to-note").click();
  await expect(page).toHaveURL(/#note-inside$/);
  await expect(page.locator("#outer")).toHaveAttribute("open", "");
  await expect(page.locator("#inner")).toHaveAttribute("open", "");
  await expect(page.locator("#note-inside")).toBeFocused();
  await expect(page.locator("#note-inside")).toBeInViewport();
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

test("every page loads each of its scripts once and comes alive with its framework scripts deferred", async ({ page }) => {
  // scripts/defer-scripts.mjs turns the framework's async scripts into deferred ones after the build. The scripts
  // React renders itself must stay async: React looks for them as script[async] while hydrating, and adds (and
  // runs) a second copy of any it cannot find.
  test.slow();
  const repeated = (paths: string[]) => paths.filter((p, i) => paths.indexOf(p) !== i);
  for (const route of ["/", "/concepts", "/concepts/supervised-fine-tuning", "/selector", "/exam", "/review", "/progress"]) {
    const fetched: string[] = [];
    const onRequest = (r: { resourceType(): string; url(): string }) => {
      if (r.resourceType() === "script") fetched.push(new URL(r.url()).pathname);
    };
    page.on("request", onRequest);
    await page.goto(route);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("script[src][defer]").count(), route).toBeGreaterThan(0);
    const toggle = page.getByRole("button", { name: "Dark mode" });
    const wasPressed = await toggle.getAttribute("aria-pressed");
    await toggle.click();
    await expect(toggle, `${route} hydrated`).toHaveAttribute("aria-pressed", wasPressed === "true" ? "false" : "true");
    await page.waitForLoadState("networkidle");
    page.off("request", onRequest);
    const inPage = await page.locator("script[src]").evaluateAll((els) => els.map((e) => new URL((e as HTMLScriptElement).src).pathname));
    expect(fetched.length, route).toBeGreaterThan(0);
    expect(repeated(fetched), `${route}: scripts fetched twice`).toEqual([]);
    expect(repeated(inPage), `${route}: scripts added twice`).toEqual([]);
  }
});
