import { expect, test } from "@playwright/test";
import { CONCEPT_SLUGS } from "./helpers";

test.use({ viewport: { width: 360, height: 740 } });

test("pages fit a 360 px wide screen without sideways scrolling", async ({ page }) => {
  for (const path of ["/", "/concepts", ...CONCEPT_SLUGS.map((s) => `/concepts/${s}`)]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the table of contents collapses into a disclosure on small screens", async ({ page }) => {
  await page.goto("/concepts/supervised-fine-tuning");
  const toc = page.getByRole("navigation", { name: "On this page" });
  const summary = toc.getByText("On this page").first();
  await summary.click();
  await expect(toc.getByRole("link", { name: "Mental model" }).first()).toBeVisible();
});
