import { expect, test, type Page } from "@playwright/test";
import { CONCEPT_SLUGS, expectNoAxeViolations, routeGroups, sweepRoutes } from "./helpers";

test.use({ viewport: { width: 360, height: 740 } });

/** How far the page is wider than the screen (0 or less: no sideways scrolling). */
const fitsScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/*
 * Lighthouse audits phones, and its accessibility score includes axe's target-size rule, which a wide layout can pass
 * while a narrow one fails (contents and controls stack, neighbours crowd). So every exported route is checked at
 * phone width too, with progress stored, in both themes.
 */
for (const theme of ["light", "dark"] as const) {
  for (const [group, routes] of routeGroups()) {
    test(`axe at 360 px, every exported route (${group}), ${theme} mode: no violations`, async ({ page, request }) => {
      // All routes in one test took about 55 s alone here and outlasted test.slow()'s 90 s under CI's load (run 76).
      test.setTimeout(180_000);
      await sweepRoutes(page, request, theme, routes, () => expectNoAxeViolations(page));
    });
  }
}

test("pages fit a 360 px wide screen without sideways scrolling", async ({ page }) => {
  for (const path of ["/", "/concepts", ...CONCEPT_SLUGS.map((s) => `/concepts/${s}`)]) {
    await page.goto(path);
    expect(await fitsScreen(page), path).toBeLessThanOrEqual(0);
  }
});

for (const width of [320, 360]) test(`on a ${width} px screen the header keeps the sections on one row, under the name and the theme switch`, async ({ page }) => {
  await page.setViewportSize({ width, height: 740 });
  await page.goto("/concepts/supervised-fine-tuning");
  const header = page.getByRole("banner");
  const links = header.getByRole("navigation", { name: "Main" }).getByRole("link");
  await expect(links).toHaveCount(5);
  const tops = await links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(new Set(tops).size, `link tops ${tops.join(", ")}`).toBe(1);
  const name = (await header.getByRole("link", { name: "Customization Coach" }).boundingBox())!;
  const toggle = (await header.getByRole("button", { name: "Dark mode" }).boundingBox())!;
  // The switch stands beside the name, above the sections.
  expect(toggle.y).toBeLessThan(name.y + name.height);
  expect(toggle.y + toggle.height).toBeLessThanOrEqual(tops[0]! + 1);
  // Each section is still a full-size target, and its words keep a visible gap from the next one's.
  for (const box of await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  const words = await links.evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    }),
  );
  for (let i = 1; i < words.length; i++) expect(words[i]!.left - words[i - 1]!.right, `space before link ${i + 1}`).toBeGreaterThanOrEqual(6);
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(112);
});

for (const width of [320, 360, 412]) test(`on a ${width} px screen marking the current section does not move the others`, async ({ page }) => {
  await page.setViewportSize({ width, height: 740 });
  const boxes = async (path: string) => {
    await page.goto(path);
    const links = page.getByRole("banner").getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links).toHaveCount(5);
    return links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left * 10) / 10));
  };
  // Concepts marked, then Selector, then none (home).
  const home = await boxes("/");
  expect(await boxes("/concepts"), "with Concepts marked").toEqual(home);
  expect(await boxes("/selector"), "with Selector marked").toEqual(home);
});

test("the table of contents collapses into a disclosure on small screens", async ({ page }) => {
  await page.goto("/concepts/supervised-fine-tuning");
  const toc = page.getByRole("navigation", { name: "On this page" });
  const summary = toc.getByText("On this page").first();
  await summary.click();
  await expect(toc.getByRole("link", { name: "Mental model" }).first()).toBeVisible();
});

test("an exam fits a 360 px screen: every question type, the results, the setup with past exams, and the progress charts", async ({ page }) => {
  await page.goto("/exam?n=10&mode=practice&timed=0&seed=4242");
  await page.getByRole("button", { name: "Start the exam" }).click();
  const kinds = new Set<string>();
  let longChoices = 0;
  for (let i = 0; i < 10; i++) {
    await expect(page.getByRole("heading", { name: new RegExp(`^Question ${i + 1} of 10`) })).toBeVisible();
    const kind = (await page.locator("#question-title span").textContent()) ?? "";
    kinds.add(kind.split(/\s/)[0]!);
    if (kind.startsWith("Matching")) {
      const selects = page.getByRole("combobox");
      for (let k = 0; k < (await selects.count()); k++) {
        // The longest response is the one that used to widen the page.
        const longest = await selects.nth(k).evaluate((el) => [...(el as HTMLSelectElement).options].reduce((a, o) => (o.text.length > a.text.length ? o : a)).value);
        await selects.nth(k).selectOption(longest);
        // The closed select shows one line: a choice longer than it can show is repeated below it in full.
        const chosen = await selects.nth(k).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]!.text);
        const repeated = selects.nth(k).locator("xpath=following-sibling::*[@data-chosen]");
        const cut = await selects.nth(k).evaluate((el, text) => {
          const probe = document.createElement("span");
          probe.style.font = getComputedStyle(el).font;
          probe.style.whiteSpace = "pre";
          probe.textContent = text;
          document.body.append(probe);
          const width = probe.getBoundingClientRect().width;
          probe.remove();
          return width > el.clientWidth - 40; // padding and the arrow
        }, chosen);
        if (cut) {
          await expect(repeated).toHaveText(chosen);
          await expect(repeated).toBeVisible();
          longChoices++;
        }
      }
      // On a wider screen the select has room, and the repeat is hidden.
      if (await page.locator("[data-chosen]").count()) {
        await page.setViewportSize({ width: 800, height: 740 });
        await expect(page.locator("[data-chosen]").first()).toBeHidden();
        await page.setViewportSize({ width: 360, height: 740 });
      }
    } else if (kind.startsWith("Ordering")) {
      // The move buttons stack beside a step, so its text keeps more than half the row (side by side: 42 %).
      const shares = await page.locator("[data-drag-handle]").evaluateAll((handles) =>
        handles.map((h) => h.parentElement!.children[2]!.getBoundingClientRect().width / h.parentElement!.getBoundingClientRect().width),
      );
      for (const share of shares) expect(share).toBeGreaterThan(0.55);
      await page.getByRole("button", { name: "Confirm this order" }).click();
    }
    else await page.locator("label").filter({ has: page.locator("input") }).first().click();
    expect(await fitsScreen(page), `question ${i + 1} (${kind})`).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Check answer" }).click();
    expect(await fitsScreen(page), `question ${i + 1} (${kind}) checked`).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: i < 9 ? "Next →" : "Review and submit" }).click();
  }
  expect([...kinds].sort()).toEqual(expect.arrayContaining(["Matching", "Ordering"]));
  expect(longChoices, "matching choices too long for a closed select").toBeGreaterThan(0);
  await page.getByRole("button", { name: "Submit exam…" }).click();
  await page.getByRole("button", { name: "Yes, submit my answers" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Estimated score/ })).toBeVisible();
  expect(await fitsScreen(page), "results").toBeLessThanOrEqual(0);

  await page.goto("/exam");
  await expect(page.getByRole("region", { name: "Past exams table" })).toBeVisible();
  expect(await fitsScreen(page), "setup with past exams").toBeLessThanOrEqual(0);

  await page.goto("/progress");
  const chart = page.getByRole("img", { name: "Estimated scaled score of each practice exam over time" });
  await expect(chart).toBeVisible();
  expect(await fitsScreen(page), "progress").toBeLessThanOrEqual(0);
  // Chart labels keep a readable size on a phone (drawn at the chart's real width, not scaled down from 560).
  const smallest = await chart.evaluate((svg) => Math.min(...[...svg.querySelectorAll("text")].map((t) => t.getBoundingClientRect().height)));
  expect(smallest).toBeGreaterThanOrEqual(10);
  // One exam: its date labels the time axis once, and the description reads "date: score" once.
  const texts = await chart.locator("text").allTextContents();
  const date = texts.find((t) => /^\d{4}-\d{2}-\d{2}$/.test(t))!;
  expect(texts.filter((t) => t === date)).toHaveLength(1);
  await expect(chart.locator("desc")).toHaveText(new RegExp(`^${date}: \\d+$`));
});

test("on a phone: no keyboard hints, the exam clock stays in view, and a signal's tag stays with its phrase", async ({ page }) => {
  await page.goto("/selector");
  await page.getByRole("radio", { name: "5" }).check();
  await page.getByRole("button", { name: "Start 5 scenarios" }).click();
  await expect(page.getByRole("heading", { name: "Which method does this scenario call for?" })).toBeVisible();
  await expect(page.getByText("Keyboard: press 1–7 to answer.")).toBeHidden();
  // The theme switch is its icon alone (its name kept), so its label no longer breaks over two lines.
  const toggle = page.getByRole("button", { name: "Dark mode" });
  expect((await toggle.boundingBox())!.width).toBeLessThanOrEqual(48);

  // The try-your-own box: each tag is a small label on the line of its phrase's last word, not a full line tall.
  const box = page.getByRole("textbox", { name: "Scenario text" });
  await box.fill("The team has no labeled examples, but a Lambda grader can score each response, and it keeps a house style.");
  const marks = page.getByRole("region", { name: "Try your own scenario" }).locator("mark");
  await expect(marks.first()).toBeVisible();
  for (let k = 0; k < (await marks.count()); k++) {
    const { tag, word } = await marks.nth(k).evaluate((mark) => {
      const tagEl = mark.querySelector("[aria-hidden=true]")!;
      const range = document.createRange();
      const text = tagEl.parentElement!.firstChild!;
      range.selectNodeContents(text);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1]!;
      const t = tagEl.getBoundingClientRect();
      return { tag: { height: t.height, top: t.top, bottom: t.bottom }, word: { top: last.top, bottom: last.bottom } };
    });
    expect(tag.height, `tag ${k}`).toBeLessThan(24);
    // Same line: the tag overlaps the vertical span of the phrase's last word.
    expect(tag.bottom, `tag ${k}`).toBeGreaterThan(word.top);
    expect(tag.top, `tag ${k}`).toBeLessThan(word.bottom);
  }

  await page.goto("/exam?n=10&mode=exam&timed=1&seed=4242");
  await page.getByRole("button", { name: "Start the exam" }).click();
  await expect(page.getByRole("heading", { name: /^Question 1 of 10/ })).toBeVisible();
  await expect(page.getByText("Keyboard shortcuts")).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const timer = page.getByRole("timer");
  const box2 = await timer.boundingBox();
  expect(box2!.y).toBeGreaterThanOrEqual(0);
  expect(box2!.y).toBeLessThan(60);
});

test("on a phone, a swipe across an ordering step scrolls the page; only the handle drags a step", async ({ page }) => {
  await page.goto("/exam?n=30&mode=exam&timed=0&seed=31");
  await page.getByRole("button", { name: "Start the exam" }).click();
  for (let i = 0; i < 30; i++) {
    await expect(page.getByRole("heading", { name: new RegExp(`^Question ${i + 1} of 30`) })).toBeVisible();
    if (((await page.locator("#question-title span").textContent()) ?? "").startsWith("Ordering")) break;
    await page.getByRole("button", { name: "Next →" }).click();
  }
  const steps = page.getByRole("list", { name: "Steps in your order" }).getByRole("listitem");
  const count = page.getByText(/^\d+ of 30 answered/);
  const before = await steps.allTextContents();
  const answeredBefore = await count.textContent();
  const cdp = await page.context().newCDPSession(page);
  const swipe = async (x: number, y: number, dy: number) => {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
    for (let k = 1; k <= 10; k++) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y + (dy * k) / 10 }] });
      await page.waitForTimeout(16);
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  };

  // An upward swipe on the second step's text, as if to scroll down: the page scrolls, the order stays.
  await steps.nth(1).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight / 2));
  const text = (await steps.nth(1).locator("span.flex-1").boundingBox())!;
  const scrolled = await page.evaluate(() => window.scrollY);
  await swipe(text.x + text.width / 2, text.y + text.height / 2, -200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 50);
  expect(await steps.allTextContents()).toEqual(before);
  await expect(count).toHaveText(answeredBefore!);

  // The handle still drags by touch: the first step pulled below the second.
  await steps.first().evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 120));
  const handle = (await steps.first().locator("[data-drag-handle]").boundingBox())!;
  const second = (await steps.nth(1).boundingBox())!;
  await swipe(handle.x + handle.width / 2, handle.y + handle.height / 2, second.y + second.height - 4 - (handle.y + handle.height / 2));
  await expect.poll(() => steps.allTextContents()).not.toEqual(before);
  await expect(count).not.toHaveText(answeredBefore!);
});

test("a long unbroken string typed into 'Try your own scenario' wraps instead of widening the page", async ({ page }) => {
  await page.goto("/selector");
  const box = page.getByRole("textbox", { name: "Scenario text" });
  await box.fill("The team keeps prompt-response pairs at s3://example-support-training-data/fine-tuning/2026/tickets-train-final-v2.jsonl and wants a custom model.");
  await expect(page.getByRole("region", { name: "Try your own scenario" }).locator("mark").first()).toBeVisible();
  expect(await fitsScreen(page)).toBeLessThanOrEqual(0);
});
