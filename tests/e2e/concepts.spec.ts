import { expect, test } from "@playwright/test";
import { CONCEPT_SLUGS, SECTIONS, tabTo, tickAsAsked } from "./helpers";

test("the concept index lists all ten pages, grouped", async ({ page }) => {
  await page.goto("/concepts");
  await expect(page.getByRole("heading", { level: 1, name: "Concepts" })).toBeVisible();
  for (const group of ["Choosing a method", "Training methods", "Serving and cost"]) {
    await expect(page.getByRole("heading", { level: 2, name: group })).toBeVisible();
  }
  const links = page.getByRole("main").getByRole("link");
  await expect(links).toHaveCount(10);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect([...hrefs].sort()).toEqual(CONCEPT_SLUGS.map((s) => `/concepts/${s}`).sort());
});

for (const slug of CONCEPT_SLUGS) {
  test(`${slug} shows every section and its teaching blocks`, async ({ page }) => {
    await page.goto(`/concepts/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const name of SECTIONS) {
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("navigation", { name: "On this page" })).toBeAttached();
    await expect(page.getByRole("complementary").filter({ has: page.getByRole("heading", { name: "Exam signals" }) })).toBeVisible();
    const myths = page.getByRole("list", { name: "Misconceptions, myth then truth" }).getByRole("listitem");
    expect(await myths.count()).toBeGreaterThanOrEqual(2);
    await expect(myths.first()).toContainText("Myth");
    await expect(myths.first()).toContainText("Truth");
    const sources = page.getByRole("list", { name: "Official sources" }).getByRole("link");
    expect(await sources.count()).toBeGreaterThanOrEqual(2);
    for (const href of await sources.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
    }
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
  });
}

test("navigation: home → index → page → next → related → table of contents", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Customization Coach" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Concepts" }).click();
  await expect(page).toHaveURL(/\/concepts$/);
  await page.getByRole("link", { name: "Supervised fine-tuning" }).click();
  await expect(page).toHaveURL(/\/concepts\/supervised-fine-tuning$/);
  await expect(page.getByRole("heading", { level: 1, name: "Supervised fine-tuning" })).toBeVisible();

  const pager = page.getByRole("navigation", { name: "Previous and next concept" });
  await pager.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/concepts\/reinforcement-fine-tuning$/);
  await page.getByRole("navigation", { name: "Previous and next concept" }).getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL(/\/concepts\/supervised-fine-tuning$/);

  const relatedSection = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Related concepts" }) });
  const firstRelated = relatedSection.getByRole("listitem").getByRole("link").first();
  const target = await firstRelated.getAttribute("href");
  await firstRelated.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));

  await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Sources", exact: true }).last().click();
  await expect(page).toHaveURL(/#sources$/);
});

test("by keyboard alone: home → index → a concept → its table of contents → next page → Check yourself answered", async ({ page }) => {
  // A long walk by Tab (70–80 key presses): on a loaded 2-core host it ran past 30 s with every step passing.
  test.slow();
  await page.goto("/");
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Concepts" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/concepts$/);
  await tabTo(page, page.getByRole("main").getByRole("link", { name: "Supervised fine-tuning" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Supervised fine-tuning" })).toBeVisible();

  // The table of contents jumps to a section, and Tab carries on from there rather than from the top of the page.
  const toc = page.getByRole("navigation", { name: "On this page" });
  await tabTo(page, toc.getByRole("link", { name: "Sources", exact: true }).last());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#sources$/);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("heading", { level: 2, name: "Sources" }).getByRole("link")).toBeFocused();

  await tabTo(page, page.getByRole("navigation", { name: "Previous and next concept" }).getByRole("link", { name: /^Next/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Reinforcement fine-tuning" })).toBeVisible();
  await tabTo(page, toc.getByRole("link", { name: "Sources", exact: true }).last());
  await page.keyboard.press("Enter");

  // Check yourself, just after the sources: Tab into the first question, pick with Space, check with Enter.
  const question = page.getByRole("region", { name: "Check yourself" }).getByRole("listitem").first();
  const first = question.getByRole("radio").or(question.getByRole("checkbox")).first();
  await tickAsAsked(question, page);
  await tabTo(page, question.getByRole("button", { name: "Check answer" }));
  await page.keyboard.press("Enter");
  await expect(question.getByText(/^(Correct\.|Not quite)/)).toBeVisible();
  await expect(question.getByText("✓ correct").first()).toBeVisible();
  // Focus stays with the question: on Try again, which brings back Check answer.
  await expect(question.getByRole("button", { name: "Try again" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(question.getByRole("button", { name: "Check answer" })).toBeFocused();
  await expect(first).not.toBeChecked();
});

test("on a phone, a contents link scrolls smoothly to its heading and stays there", async ({ page }) => {
  // Guards the page's layout being known before the jump: with sections left unrendered (content-visibility: auto)
  // the smooth scroll aimed at estimated heights and stopped thousands of pixels short.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/concepts/supervised-fine-tuning");
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByText("On this page").first().click(); // on a phone the contents sit in a disclosure
  await toc.getByRole("link", { name: "Sources", exact: true }).first().click();
  await expect(page).toHaveURL(/#sources$/);
  const top = () => page.getByRole("heading", { level: 2, name: "Sources" }).evaluate((h) => Math.round(h.getBoundingClientRect().top));
  await expect.poll(top, { timeout: 5000 }).toBeLessThan(48);
  await page.waitForTimeout(500);
  const settled = await top();
  expect(settled).toBeGreaterThanOrEqual(0);
  expect(settled).toBeLessThan(48);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/concepts/distillation");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main#main")).toBeFocused();
});

test("the theme toggle switches to dark, is remembered across pages and reloads, and switches back", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(html).not.toHaveClass(/dark/);

  await toggle.click();
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe("rgb(255, 255, 255)");

  await page.goto("/concepts/provisioned-throughput");
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.getByRole("button", { name: "Dark mode" }).click();
  await expect(html).not.toHaveClass(/dark/);
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
});

test("switching back to the system's theme follows the system again; a choice against it is kept", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await toggle.click();
  await expect(html).toHaveClass(/dark/);
  // Back to light, the system's theme: from now on the page follows the system, across reloads too.
  await toggle.click();
  await expect(html).not.toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);

  // Light while the system is dark is a choice: it outlasts the system's changes and a reload.
  await toggle.click();
  await expect(html).not.toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: "light" });
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).not.toHaveClass(/dark/);
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
});

test("a theme chosen in one tab applies in another open tab at once", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/concepts");
    await page.waitForLoadState("networkidle");
  }
  await first.getByRole("button", { name: "Dark mode" }).click();
  await expect(first.locator("html")).toHaveClass(/dark/);
  await expect(second.locator("html")).toHaveClass(/dark/);
  await expect(second.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "true");
  // Back to the system's theme in the first tab: the second follows the system again.
  await first.getByRole("button", { name: "Dark mode" }).click();
  await expect(second.locator("html")).not.toHaveClass(/dark/);
});

test("with no saved choice the system preference is followed", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/concepts");
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("an unknown page shows a helpful 404", async ({ page }) => {
  const response = await page.goto("/concepts/not-a-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle(/^Page not found · /);
});
