import { expect, test, type Locator, type Page } from "@playwright/test";
import { CONCEPT_SLUGS, expectNoAxeViolations, openBeforeHydration, optionsAsked, storedProgress, tabTo, tickAsAsked, rememberTheme } from "./helpers";

const METHODS = [
  "Supervised fine-tuning",
  "Reinforcement fine-tuning",
  "Distillation",
  "Continued pre-training",
  "Retrieval-augmented generation (RAG)",
  "Prompt engineering",
  "Provisioned Throughput",
];
/** How the summary writes a method mid-sentence: a sentence-case label loses its capital; a proper name keeps it. */
const MID_SENTENCE: Record<string, string> = {
  "Supervised fine-tuning": "supervised fine-tuning",
  "Reinforcement fine-tuning": "reinforcement fine-tuning",
  Distillation: "distillation",
  "Continued pre-training": "continued pre-training",
  "Retrieval-augmented generation (RAG)": "retrieval-augmented generation (RAG)",
  "Prompt engineering": "prompt engineering",
  "Provisioned Throughput": "Provisioned Throughput",
};
const lower = (label: string) => MID_SENTENCE[label] ?? label;

/** Reads the verdict after an answer: the correct method's label. */
async function verdict(page: Page): Promise<{ right: boolean; answer: string }> {
  const text = (await page.getByRole("status").filter({ hasText: /^(Right|Not quite)/ }).textContent()) ?? "";
  const right = text.startsWith("Right");
  return { right, answer: text.replace(/^Right: |^Not quite: the answer is /, "") };
}

test("a full selector session by mouse: feedback after each answer and a summary that matches", async ({ page }) => {
  await page.goto("/selector");
  await page.getByRole("radio", { name: "5" }).check();
  await page.getByRole("button", { name: "Start 5 scenarios" }).click();

  const given: { chosen: string; answer: string; right: boolean }[] = [];
  for (let i = 0; i < 5; i++) {
    await expect(page.getByText(`Scenario ${i + 1} of 5`)).toBeVisible();
    const chosen = METHODS[i % 2 === 0 ? 0 : 4]!;
    await page.getByRole("group", { name: "Choose a method" }).getByRole("button", { name: chosen }).click();
    const v = await verdict(page);
    given.push({ chosen, ...v });
    await expect(page.getByRole("heading", { name: `Why ${v.answer} fits` })).toBeVisible();
    if (v.right) await expect(page.getByRole("heading", { name: /does not fit$/ })).toHaveCount(0);
    else await expect(page.getByRole("heading", { name: `Why ${chosen} does not fit` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "The signals in this scenario" })).toBeVisible();
    await page.getByRole("button", { name: i === 4 ? /See my results/ : /Next scenario/ }).click();
  }

  const right = given.filter((g) => g.right).length;
  await expect(page.getByRole("heading", { level: 2, name: `Session complete: ${right} of 5 right (${right * 20}%)` })).toBeVisible();
  const wrong = given.filter((g) => !g.right);
  for (const w of wrong) {
    await expect(page.getByText(new RegExp(`You chose ${lower(w.chosen).replace(/[()]/g, "\\$&")} (once|twice|\\d+ times) when the answer was ${lower(w.answer).replace(/[()]/g, "\\$&")}\\.`))).toBeVisible();
  }
  const answers = page.getByRole("list").filter({ hasText: /answer:/ }).getByRole("listitem");
  await expect(answers).toHaveCount(5);
  if (wrong.length) {
    await expect(page.getByRole("link", { name: `Review the ${wrong.length} I missed` })).toHaveAttribute("href", /^\/review\?ids=/);
    await page.getByRole("button", { name: "Retry them here in the selector" }).click();
    await expect(page.getByText(`Scenario 1 of ${wrong.length}`)).toBeVisible();
  } else {
    await expect(page.getByText("No mix-ups this time")).toBeVisible();
  }
});

test("a link at the edge of a lazily rendered feedback section shows its whole focus ring", async ({ page }) => {
  // The explanation sections are content-visibility: auto, which clips painting to each section's box; the ring
  // (3 px wide, 2 px out) on the left of a link at the section's edge must still be painted.
  await page.goto("/selector");
  await page.getByRole("button", { name: /^Start/ }).click();
  await page.getByRole("group", { name: "Choose a method" }).getByRole("button", { name: METHODS[0] }).click();
  const study = page.getByRole("link", { name: /^Study / }).first();
  const feedback = study.locator("xpath=ancestor::section[1]");
  const area = page.getByRole("main");
  /** Ring-coloured pixels in the strip 2–5 px left of the link, read from a screenshot of the main area. */
  const ringPixels = async () => {
    await feedback.scrollIntoViewIfNeeded();
    const png = await area.screenshot();
    const [link, main] = [(await study.boundingBox())!, (await area.boundingBox())!];
    const strip = { x: Math.round(link.x - main.x) - 5, y: Math.round(link.y - main.y), width: 3, height: Math.round(link.height) };
    return page.evaluate(
      async ({ data, strip }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(strip.x, strip.y, strip.width, strip.height).data;
        let ring = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 2]! > pixels[i]! + 60 && pixels[i + 2]! > pixels[i + 1]! + 60) ring++;
        return ring;
      },
      { data: png.toString("base64"), strip },
    );
  };
  expect(await ringPixels()).toBe(0);
  await study.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(study).toBeFocused();
  expect(await ringPixels(), "the focus ring is cut off at the section's edge").toBeGreaterThan(5);
});

test("a full selector session by keyboard only", async ({ page }) => {
  await page.goto("/selector");
  // Tab from the top of the page to the 5-scenario option, pick it with the arrow keys, then start.
  await tabTo(page, page.getByRole("radio", { name: "10" }));
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("radio", { name: "5" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Start 5 scenarios" })).toBeFocused();
  await page.keyboard.press("Enter");

  let right = 0;
  for (let i = 0; i < 5; i++) {
    await expect(page.getByRole("heading", { name: "Which method does this scenario call for?" })).toBeFocused();
    // With a mouse and keyboard, the keys are shown (a phone hides them: mobile.spec.ts).
    if (i === 0) await expect(page.getByText("Keyboard: press 1–7 to answer.")).toBeVisible();
    await page.keyboard.press(String((i % 7) + 1));
    const v = await verdict(page);
    if (v.right) right++;
    await expect(page.getByRole("status").getByRole("heading", { name: /^(Right|Not quite)/ })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Session complete: ${right} of 5 right`) })).toBeFocused();
  // A new session replaces the summary, and the button just pressed, with the setup: focus goes to its heading.
  await tabTo(page, page.getByRole("button", { name: "Start a new session" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Start a session" })).toBeFocused();
});

test("the try-your-own box highlights signals, shows negation and ranks as you type", async ({ page }) => {
  await page.goto("/selector");
  const box = page.getByRole("textbox", { name: "Scenario text" });
  await box.fill("The team has no labeled examples, but a Lambda grader can score each response.");
  const region = page.getByRole("region", { name: "Try your own scenario" });
  await expect(region.getByText("Best fit: Reinforcement fine-tuning")).toBeVisible();
  await expect(region.locator("mark").filter({ hasText: "labeled examples" })).toContainText("not SFT");
  await expect(region.locator("mark").filter({ hasText: "grader" })).toContainText("RFT");
  await expect(region.getByRole("list", { name: "Highlight legend" })).toContainText("negated phrase");
  await box.fill("A company wants to improve its chatbot.");
  await expect(region.getByText("No clear signal")).toBeVisible();
  await expect(region.locator("mark")).toHaveCount(0);
});

test("what is typed or picked on the selector page before its code has run is kept", async ({ page }) => {
  const { hydrate } = await openBeforeHydration(page, "/selector");
  const box = page.getByRole("textbox", { name: "Scenario text" });
  const scenario = "The team has no labeled examples, but a Lambda grader can score each response.";
  await box.fill(scenario);
  await page.getByRole("radio", { name: "5" }).check();
  hydrate();
  const region = page.getByRole("region", { name: "Try your own scenario" });
  await expect(region.getByText("Best fit: Reinforcement fine-tuning")).toBeVisible();
  await expect(box).toHaveValue(scenario);
  await expect(page.getByRole("button", { name: "Start 5 scenarios" })).toBeVisible();
  await box.fill("A company wants to improve its chatbot.");
  await expect(region.getByText("No clear signal")).toBeVisible();
});

test("an option ticked in 'Check yourself' before the page's code has run counts when the answer is checked", async ({ page }) => {
  const { hydrate } = await openBeforeHydration(page, "/concepts/distillation");
  const first = page.getByRole("region", { name: "Check yourself" }).getByRole("listitem").first();
  await tickAsAsked(first);
  hydrate();
  // "Check answer" does nothing until the page is live; once it is, the ticked option is the answer checked.
  await expect(async () => {
    await first.getByRole("button", { name: "Check answer" }).click();
    await expect(first.getByText(/^(Correct\.|Not quite)/)).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(first.getByText(/^Select (an option|the options)/)).toHaveCount(0);
});

test("concept pages offer 'Check yourself' questions answered in place", async ({ page }) => {
  await page.goto("/concepts/rag-vs-fine-tuning");
  const block = page.getByRole("region", { name: "Check yourself" });
  const questions = block.getByRole("group");
  expect(await questions.count()).toBeGreaterThanOrEqual(2);
  const first = block.getByRole("listitem").first();
  await first.getByRole("button", { name: "Check answer" }).click();
  await expect(first.getByText(/^Select (an option|the options)/)).toBeVisible();
  await tickAsAsked(first);
  await first.getByRole("button", { name: "Check answer" }).click();
  await expect(first.getByText(/^(Correct\.|Not quite)/)).toBeVisible();
  await expect(first.getByText("✓ correct").first()).toBeVisible();
  await first.getByRole("button", { name: "Try again" }).click();
  await expect(first.getByRole("button", { name: "Check answer" })).toBeVisible();
});

for (const theme of ["light", "dark"] as const) {
  test(`axe: the selector has no violations in ${theme} mode (setup, feedback, summary)`, async ({ page }) => {
    test.slow();
    await rememberTheme(page, theme);
    await page.goto("/selector");
    await expectNoAxeViolations(page);
    await page.getByRole("radio", { name: "5" }).check();
    await page.getByRole("button", { name: "Start 5 scenarios" }).click();
    await expectNoAxeViolations(page);
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("5");
      if (i === 0) await expectNoAxeViolations(page);
      await page.getByRole("button", { name: i === 4 ? /See my results/ : /Next scenario/ }).click();
    }
    await expectNoAxeViolations(page);
    await page.goto("/concepts/distillation");
    const first = page.getByRole("region", { name: "Check yourself" }).getByRole("listitem").first();
    await first.locator("input").first().check();
    await first.getByRole("button", { name: "Check answer" }).click();
    await expectNoAxeViolations(page);
  });
}

test("a run left for a concept page comes back where it was, with Back or a reload", async ({ page }) => {
  await page.goto("/selector");
  await page.getByRole("radio", { name: "5" }).check();
  await page.getByRole("button", { name: "Start 5 scenarios" }).click();
  const picker = page.getByRole("group", { name: "Choose a method" });
  await picker.getByRole("button", { name: METHODS[0]! }).click();
  await page.getByRole("button", { name: /Next scenario/ }).click();
  await expect(page.getByText("Scenario 2 of 5")).toBeVisible();
  await picker.getByRole("button", { name: METHODS[4]! }).click();
  const verdictText = (await page.getByRole("heading", { name: /^(Right|Not quite)/ }).textContent())!;
  const score = (await page.getByText(/^Score: \d \/ 2$/).textContent())!;

  await page.getByRole("link", { name: /^Study / }).first().click();
  await expect(page).toHaveURL(/\/concepts\//);
  await page.goBack();
  await expect(page.getByText("Scenario 2 of 5")).toBeVisible();
  await expect(page.getByText(score)).toBeVisible();
  await expect(page.getByRole("heading", { name: verdictText })).toBeFocused();

  await page.getByRole("button", { name: /Next scenario/ }).click();
  await expect(page.getByText("Scenario 3 of 5")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Scenario 3 of 5")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Which method does this scenario call for\?/ })).toBeFocused();
  // Starting afresh drops the kept run.
  for (let i = 2; i < 5; i++) {
    await picker.getByRole("button", { name: METHODS[0]! }).click();
    await page.getByRole("button", { name: i === 4 ? /See my results/ : /Next scenario/ }).click();
  }
  await page.getByRole("button", { name: "Start a new session" }).click();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Start a session" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start 10 scenarios" })).toBeEnabled();
});

test("Check yourself: a choose-N question asks for N before scoring, only the first try counts, and the contents list it", async ({ page }) => {
  const items = page.getByRole("region", { name: "Check yourself" }).locator("ol > li");
  let question: Locator | undefined;
  for (const slug of CONCEPT_SLUGS) {
    await page.goto(`/concepts/${slug}`);
    await expect(page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Check yourself" }).first()).toHaveAttribute("href", "#check-yourself");
    for (let k = 0; k < (await items.count()) && !question; k++) {
      if ((await optionsAsked(items.nth(k))) > 1) question = items.nth(k);
    }
    if (question) break;
  }
  if (!question) throw new Error("no choose-N question on any concept page");
  const n = await optionsAsked(question);
  await question.getByRole("checkbox").first().check();
  await question.getByRole("button", { name: "Check answer" }).click();
  await expect(question.getByRole("alert")).toHaveText(`This question asks for ${n}: you chose 1.`);
  await expect(question.getByText(/^(Correct\.|Not quite)/)).toHaveCount(0);
  expect((await storedProgress(page)).answers).toHaveLength(0);

  await question.getByRole("checkbox").first().uncheck();
  await tickAsAsked(question);
  await question.getByRole("button", { name: "Check answer" }).click();
  await expect(question.getByText(/^(Correct\.|Not quite)/)).toBeVisible();
  await expect.poll(async () => (await storedProgress(page)).answers).toHaveLength(1);
  await expect(question.getByText(/not counted/)).toHaveCount(0);

  // Trying again after the answer was shown is practice: it is said, and not recorded.
  await question.getByRole("button", { name: "Try again" }).click();
  await tickAsAsked(question);
  await question.getByRole("button", { name: "Check answer" }).click();
  await expect(question.getByText("A try after the answer was shown: not counted in your progress.")).toBeVisible();
  await page.waitForTimeout(300);
  expect((await storedProgress(page)).answers).toHaveLength(1);
});
