import { expect, test, type Page } from "@playwright/test";
import { expectNamedControls, expectNoAxeViolations, exportedRoutes, fetchBank, progressFixture, routeGroups, settle, sweepRoutes, rememberTheme } from "./helpers";

const ROUTES = exportedRoutes();
const ROUTE_GROUPS = routeGroups(ROUTES);
const CONCEPT_PAGES = ROUTE_GROUPS[0][1];

test("the route list covers the whole export", () => {
  expect(ROUTES).toEqual(expect.arrayContaining(["/", "/concepts", "/selector", "/exam", "/review", "/progress", "/no-such-page"]));
  expect(CONCEPT_PAGES.length).toBeGreaterThanOrEqual(10);
});

/** What shows that a page is in its populated state (the progress fixture is loaded). */
const POPULATED: Record<string, (page: Page) => Promise<void>> = {
  "/": (page) => expect(page.locator("dt", { hasText: "Answers given" }).locator("xpath=following-sibling::dd")).not.toHaveText("0"),
  "/exam": (page) => expect(page.getByRole("heading", { name: "Past exams" })).toBeVisible(),
  "/review": (page) => expect(page.getByRole("heading", { name: "Trouble spots" })).toBeVisible(),
  "/progress": (page) => expect(page.getByRole("img", { name: "Estimated scaled score of each practice exam over time" })).toBeVisible(),
  "/no-such-page": (page) => expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible(),
};

/** Under prefers-reduced-motion: reduce nothing on the page may move by itself: no animations, eased changes or smooth scrolling. */
async function expectNoMotion(page: Page) {
  const moving = await page.evaluate(() => {
    const found: string[] = [];
    if (getComputedStyle(document.documentElement).scrollBehavior !== "auto") found.push("html: scroll-behavior");
    for (const el of document.querySelectorAll("*")) {
      for (const pseudo of [null, "::before", "::after"]) {
        const s = getComputedStyle(el, pseudo);
        const eased = s.transitionDuration.split(",").some((d) => parseFloat(d) > 0) && s.transitionProperty !== "none";
        const animated = s.animationName !== "none";
        const smooth = s.scrollBehavior === "smooth";
        if (eased || animated || smooth) found.push(`${el.tagName.toLowerCase()}${pseudo ?? ""}.${el.getAttribute("class") ?? ""}`);
      }
    }
    return found;
  });
  expect(moving).toEqual([]);
}

for (const theme of ["light", "dark"] as const) {
  for (const [group, routes] of ROUTE_GROUPS) {
    test(`axe, every exported route (${group}), ${theme} mode, with progress: no violations, no motion when reduced`, async ({ page, request }) => {
      test.slow();
      await page.emulateMedia({ reducedMotion: "reduce" });
      await sweepRoutes(page, request, theme, routes, async (route) => {
        await POPULATED[route]?.(page);
        await expectNoAxeViolations(page);
        await expectNoMotion(page);
      });
    });
  }

  test(`axe, states beyond first load, ${theme} mode: empty progress, a review session, the reset confirmation, unreadable progress`, async ({ page, request }) => {
    test.slow();
    await rememberTheme(page, theme);
    for (const route of ["/review", "/progress"]) {
      await page.goto(route);
      await settle(page, theme);
      await expect(page.getByText(/No missed questions yet|No exams yet/)).toBeVisible();
      await test.step(`${route}, nothing answered yet`, () => expectNoAxeViolations(page));
    }

    await page.evaluate(([doc]) => localStorage.setItem("cc-progress", doc!), [JSON.stringify(progressFixture(await fetchBank(request), Date.now()))]);
    await page.goto("/review");
    await page.getByRole("button", { name: /^Start reviewing/ }).click();
    await expect(page.getByRole("heading", { name: "Question 1" })).toBeFocused();
    await test.step("review question", () => expectNoAxeViolations(page));
    await page.getByRole("button", { name: "Stop reviewing" }).click();
    await page.getByRole("button", { name: /^Review this one/ }).first().click();
    // The most-missed question comes first: the fixture's trouble spot, a multiple-choice question.
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText(/^Next review of this question/)).toBeVisible();
    await test.step("review feedback", () => expectNoAxeViolations(page));

    await page.goto("/progress");
    await page.getByRole("button", { name: "Reset all progress…" }).click();
    await expect(page.getByRole("button", { name: "Yes, delete everything" })).toBeVisible();
    await test.step("reset confirmation", () => expectNoAxeViolations(page));

    await page.evaluate(() => localStorage.setItem("cc-progress", "{not json"));
    await page.goto("/");
    await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
    await test.step("unreadable progress notice", () => expectNoAxeViolations(page));
  });
}

test("every control has a name a screen reader can read: exam questions of each type with feedback, selector feedback and summary", async ({ page }) => {
  test.slow();
  // Practice mode shows feedback under each question; 20 questions include every type. Each type is checked with
  // its feedback open (the inputs stay on screen, disabled); the first question also before it is answered.
  await page.goto("/exam?n=20&mode=practice&timed=1&seed=7");
  await page.getByRole("button", { name: "Start the exam" }).click();
  await test.step("first question, unanswered", () => expectNamedControls(page));
  const seen = new Set<string>();
  for (let i = 0; i < 20 && seen.size < 4; i++) {
    await expect(page.getByRole("heading", { name: new RegExp(`^Question ${i + 1} of 20`) })).toBeFocused();
    const kind = ((await page.locator("#question-title span").textContent()) ?? "").replace(/ —.*/, "");
    if (!seen.has(kind)) {
      seen.add(kind);
      if (kind === "Ordering") await page.getByRole("button", { name: "Confirm this order" }).click();
      else if (kind === "Matching") await page.getByRole("combobox").first().selectOption({ index: 1 });
      else await page.keyboard.press("1");
      await page.getByRole("button", { name: "Check answer" }).click();
      await test.step(`${kind} feedback`, () => expectNamedControls(page));
    }
    await page.keyboard.press("n");
  }
  expect([...seen].sort()).toEqual(["Matching", "Multiple choice", "Multiple response", "Ordering"]);
  await page.keyboard.press("r");
  await test.step("exam review screen", () => expectNamedControls(page));

  await page.goto("/selector");
  await page.getByRole("radio", { name: "5" }).check();
  await page.getByRole("button", { name: "Start 5 scenarios" }).click();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press(String(i + 1));
    if (i === 0) await test.step("selector feedback", () => expectNamedControls(page));
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: /^Session complete/ })).toBeFocused();
  await test.step("selector summary", () => expectNamedControls(page));
});

test("reduced motion: in-page links jump at once; with no preference they scroll smoothly", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/concepts/distillation");
  await page.waitForLoadState("networkidle");
  await expect(page.locator("html")).toHaveCSS("scroll-behavior", "auto");
  const contents = page.getByRole("navigation", { name: "On this page" });
  /**
   * The top of a heading in the frame after its contents link is clicked, read in the page from the click itself:
   * reading it after the click's round trip to the test runner could land frames later on a busy machine, when a
   * smooth scroll may already be over.
   */
  const topNextFrame = async (name: string, id: string) => {
    await page.evaluate((id) => {
      const w = window as unknown as { topAfterClick?: number };
      delete w.topAfterClick;
      const record = () => requestAnimationFrame(() => (w.topAfterClick = document.getElementById(id)!.getBoundingClientRect().top));
      document.addEventListener("click", record, { capture: true, once: true });
    }, id);
    await contents.getByRole("link", { name, exact: true }).last().click();
    // Wrapped so that a top of 0 still ends the wait.
    const read = await page.waitForFunction(() => {
      const top = (window as unknown as { topAfterClick?: number }).topAfterClick;
      return top === undefined ? null : { top };
    });
    return (await read.jsonValue())!.top;
  };
  // No animation: the target is already at the top in the very next frame.
  expect(Math.abs(await topNextFrame("Mental model", "mental-model"))).toBeLessThan(40);

  // With no preference the page glides there: a frame later the far-off Sources heading is still on its way.
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  expect(await topNextFrame("Sources", "sources")).toBeGreaterThan(200);
  await expect.poll(() => page.locator("#sources").evaluate((h) => h.getBoundingClientRect().top), { timeout: 5000 }).toBeLessThan(40);
});
