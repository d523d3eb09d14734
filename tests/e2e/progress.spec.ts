import { readFileSync } from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { carriesValidator, fetchBank, progressFixture, scriptBodies, seedProgress, storedProgress, tabTo, tickAsAsked } from "./helpers";

const answeredCount = (page: Page) => page.locator("dt", { hasText: "Answers given" }).locator("xpath=following-sibling::dd");
const dueCount = async (page: Page) => Number(/Due now: (\d+)/.exec((await page.getByRole("heading", { name: /^Due now:/ }).textContent()) ?? "")?.[1]);

/** Answers every scenario of a 5-scenario selector session with Provisioned Throughput; returns how many were wrong. */
async function selectorSession(page: Page): Promise<number> {
  await page.goto("/selector");
  // A run finished earlier in this tab comes back with its summary; this starts another.
  const start = page.getByRole("button", { name: /^Start (\d+ scenarios|a new session)$/ });
  await expect(start).toBeEnabled();
  if ((await start.textContent()) === "Start a new session") await start.click();
  await page.getByRole("radio", { name: "5" }).check();
  await page.getByRole("button", { name: "Start 5 scenarios" }).click();
  let wrong = 0;
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("7");
    if (await page.getByRole("heading", { name: /^Not quite/ }).isVisible()) wrong++;
    await page.getByRole("button", { name: i === 4 ? /See my results/ : /Next scenario/ }).click();
  }
  return wrong;
}

/** Answers a 10-question exam with option A / first moves and submits; returns the number marked incorrect. */
async function examSession(page: Page): Promise<number> {
  await page.goto("/exam?n=10&mode=exam&timed=0&seed=5150");
  await page.getByRole("button", { name: "Start the exam" }).click();
  for (let i = 0; i < 10; i++) {
    const kind = (await page.locator("#question-title span").textContent()) ?? "";
    if (kind.startsWith("Ordering")) await page.getByRole("button", { name: "Confirm this order" }).click();
    else if (kind.startsWith("Matching")) {
      const selects = page.getByRole("combobox");
      for (let k = 0; k < (await selects.count()); k++) await selects.nth(k).selectOption({ index: 1 });
    } else await page.getByRole("heading", { name: /^Question/ }).press("1");
    await page.getByRole("button", { name: i < 9 ? "Next →" : "Review and submit" }).click();
  }
  await page.getByRole("button", { name: "Submit exam…" }).click();
  await page.getByRole("button", { name: "Yes, submit my answers" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Estimated score/ })).toBeVisible();
  return page.locator("details > summary", { hasText: "✗ Incorrect" }).count();
}

test("questions missed in the selector and an exam are scheduled in /review; a right answer takes one out of 'due now'", async ({ page }) => {
  test.slow();
  const selectorWrong = await selectorSession(page);
  const examWrong = await examSession(page);
  expect(selectorWrong + examWrong).toBeGreaterThan(0);

  await page.goto("/review");
  // A scenario can come up in both (the selector's order is random), so the page counts distinct questions: those the
  // store holds a wrong answer to, at least as many as either session missed and at most both together.
  const missed = await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("cc-progress") ?? "null") as { answers: { questionId: string; correct: boolean }[] } | null;
    return new Set(doc?.answers.filter((a) => !a.correct).map((a) => a.questionId)).size;
  });
  expect(missed).toBeGreaterThanOrEqual(Math.max(selectorWrong, examWrong));
  expect(missed).toBeLessThanOrEqual(selectorWrong + examWrong);
  await expect(page.getByRole("heading", { name: /^All missed \(\d+\)$/ })).toHaveText(`All missed (${missed})`);
  const dueBefore = await dueCount(page);
  // A question missed in one place and answered right in the other is missed but not due.
  expect(dueBefore).toBeGreaterThan(0);
  expect(dueBefore).toBeLessThanOrEqual(missed);
  if (selectorWrong) await expect(page.getByText("Your last wrong answer: Provisioned Throughput").first()).toBeVisible();

  // Take one multiple-choice question and answer it right (learning the key from a first wrong try if needed).
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toHaveCount(0);
  await page.getByRole("combobox", { name: "Question type" }).selectOption("single");
  const listed = await page.getByRole("list", { name: "Missed questions" }).getByRole("listitem").count();
  expect(listed).toBeLessThanOrEqual(missed);
  const filterStatus = page.getByRole("status").filter({ hasText: /^Showing/ });
  await expect(filterStatus).toHaveText(`Showing ${listed} of ${missed}: Multiple choice.`);
  await page.getByRole("combobox", { name: "Question type" }).selectOption("");
  await expect(filterStatus).toHaveText(`Showing all ${missed}.`);
  await page.getByRole("combobox", { name: "Question type" }).selectOption("single");
  const item = page.getByRole("list", { name: "Missed questions" }).getByRole("listitem").filter({ hasText: /next review due now/ }).first();
  const stem = (await item.locator("p").nth(1).textContent())!.slice(0, 60);
  const reviewIt = () => page.getByRole("list", { name: "Missed questions" }).getByRole("listitem").filter({ hasText: stem }).getByRole("button", { name: /^Review this one/ });
  await reviewIt().click();
  await page.locator("label").first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  if (!(await page.getByText("Correct.", { exact: true }).isVisible())) {
    const right = (await page.locator("li", { hasText: "✓ correct answer" }).locator("[data-part=option-text]").textContent())!.trim();
    await page.getByRole("button", { name: "Finish" }).click();
    await page.getByRole("button", { name: "Back to the review queue" }).click();
    await page.getByRole("combobox", { name: "Question type" }).selectOption("single");
    await reviewIt().click();
    await page.locator("label", { hasText: right }).first().click();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText("Correct.", { exact: true })).toBeVisible();
  }
  await expect(page.getByText(/^Next review of this question: in \d+/)).toBeVisible();
  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByRole("button", { name: "Back to the review queue" }).click();
  expect(await dueCount(page)).toBe(dueBefore - 1);
});

/** Five selector answers, then the export of them from /progress: returns the file's path. */
async function exportAfterSelector(page: Page, testInfo: TestInfo): Promise<string> {
  await selectorSession(page);
  await page.goto("/progress");
  await expect(answeredCount(page)).toHaveText("5");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress (JSON)" }).click();
  const file = testInfo.outputPath("backup.json");
  await (await downloading).saveAs(file);
  return file;
}

test("export → reset → import restores everything; a bad file changes nothing", async ({ page }, testInfo) => {
  const file = await exportAfterSelector(page, testInfo);
  expect(JSON.parse(readFileSync(file, "utf8")).answers).toHaveLength(5);

  await page.getByRole("button", { name: "Reset all progress…" }).click();
  await page.getByRole("button", { name: "Keep my progress" }).click();
  await expect(answeredCount(page)).toHaveText("5");
  await page.getByRole("button", { name: "Reset all progress…" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(answeredCount(page)).toHaveText("0");
  // The selector run kept in this tab (its summary and score) went with the rest.
  await page.goto("/selector");
  await expect(page.getByRole("button", { name: /^Start \d+ scenarios$/ })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Start a new session" })).toHaveCount(0);
  await page.goto("/progress");

  await page.getByLabel("Backup file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"shopping": ["milk"]}') });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("That JSON file is not a Customization Coach progress backup. Nothing was changed.")).toBeVisible();
  await page.getByLabel("Backup file").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{nope") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/^That file is not valid JSON/)).toBeVisible();
  await expect(answeredCount(page)).toHaveText("0");

  await page.getByLabel("Backup file").setInputFiles(file);
  await page.getByLabel("Replace what is here").check();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Replaced: you now have 5 answers and 0 exams.")).toBeVisible();
  await expect(answeredCount(page)).toHaveText("5");
  await page.reload();
  await expect(answeredCount(page)).toHaveText("5");
  await page.getByLabel("Backup file").setInputFiles(file);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Merged: you now have 5 answers and 0 exams.")).toBeVisible();
});

test("replacing progress that is here asks first; keeping it changes nothing", async ({ page }, testInfo) => {
  const file = await exportAfterSelector(page, testInfo);
  await selectorSession(page);
  await page.goto("/progress");
  await expect(answeredCount(page)).toHaveText("10");

  await page.getByLabel("Backup file").setInputFiles(file);
  await page.getByLabel("Replace what is here").check();
  await page.getByRole("button", { name: "Import" }).click();
  const question = page.getByText("Replace the 10 answers and 0 exams in this browser with the file's 5 answers and 0 exams?", { exact: false });
  await expect(question).toBeFocused();
  await page.getByRole("button", { name: "Keep what is here" }).click();
  await expect(page.getByRole("button", { name: "Import" })).toBeFocused();
  await expect(answeredCount(page)).toHaveText("10");
  expect((await storedProgress(page)).answers).toHaveLength(10);

  await page.getByRole("button", { name: "Import" }).click();
  await expect(question).toBeFocused();
  await page.getByRole("button", { name: "Yes, replace it" }).click();
  await expect(page.getByText("Replaced: you now have 5 answers and 0 exams.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import" })).toBeFocused();
  await expect(answeredCount(page)).toHaveText("5");
});

/** Answers the review question on screen with the keyboard, whatever its type. */
async function answerReviewByKeyboard(page: Page) {
  const main = page.getByRole("main");
  const choice = main.getByRole("radio").or(main.getByRole("checkbox")).first();
  const confirm = main.getByRole("button", { name: "Confirm this order" });
  if (await choice.count()) {
    await tabTo(page, choice);
    await page.keyboard.press("Space");
  } else if (await confirm.count()) {
    await tabTo(page, confirm);
    await page.keyboard.press("Enter");
  } else {
    const selects = main.getByRole("combobox");
    for (let k = 0; k < (await selects.count()); k++) {
      await tabTo(page, selects.nth(k));
      await page.keyboard.press("ArrowDown");
    }
  }
}

test("review by keyboard alone: a due missed question answered, its feedback and next review, back to the queue", async ({ page, request }) => {
  await seedProgress(page, progressFixture(await fetchBank(request), Date.now()));
  await page.goto("/review");
  const due = await dueCount(page);
  expect(due).toBeGreaterThan(1);
  await tabTo(page, page.getByRole("button", { name: `Start reviewing (${due})` }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Question 1" })).toBeFocused();
  await answerReviewByKeyboard(page);
  await tabTo(page, page.getByRole("button", { name: "Check answer" }));
  await page.keyboard.press("Enter");
  // Focus moves to the verdict, so a screen reader reads it first; the explanations and the next step follow.
  await expect(page.getByText(/^(Correct|Incorrect)\.$/)).toBeFocused();
  await expect(page.getByText(/^Next review of this question: (due now|in \d+ (min|h|days))/)).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Next question" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Question 2" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Stop reviewing" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /^Due now: \d+$/ })).toBeFocused();
});

test("backup by keyboard alone: export downloads, reset asks first, import merges or replaces", async ({ page, request }, testInfo) => {
  const fixture = progressFixture(await fetchBank(request), Date.now());
  await seedProgress(page, fixture);
  await page.goto("/progress");
  const answers = String(fixture.answers.length);
  await expect(answeredCount(page)).toHaveText(answers);

  await tabTo(page, page.getByRole("button", { name: "Export progress (JSON)" }));
  const downloading = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^customization-coach-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath("backup.json");
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, "utf8")).answers).toHaveLength(fixture.answers.length);
  await expect(page.getByText(`Exported ${answers} answers and 2 exams.`)).toBeVisible();

  // Reset: the question takes focus; cancelling or confirming hands focus back to the reset button.
  const reset = page.getByRole("button", { name: "Reset all progress…" });
  const question = page.getByText(/^Delete all answers, exams and review schedules/);
  await tabTo(page, reset);
  await page.keyboard.press("Enter");
  await expect(question).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Keep my progress" }));
  await page.keyboard.press("Enter");
  await expect(reset).toBeFocused();
  await expect(answeredCount(page)).toHaveText(answers);
  await page.keyboard.press("Enter");
  await expect(question).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Yes, delete everything" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("All progress was deleted.")).toBeVisible();
  await expect(reset).toBeFocused();
  await expect(answeredCount(page)).toHaveText("0");

  // Import: the file input is reached by keyboard; the file is set directly, since the OS dialog is not the page's.
  const fileInput = page.getByLabel("Backup file");
  await tabTo(page, fileInput, { back: true });
  await fileInput.setInputFiles(file);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "Merge with what is here" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Replace what is here" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Import" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Replaced: you now have ${answers} answers and 2 exams.`)).toBeVisible();
  await expect(answeredCount(page)).toHaveText(answers);

  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("radio", { name: "Replace what is here" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "Merge with what is here" })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Merged: you now have ${answers} answers and 2 exams.`)).toBeVisible();
});

test("corrupt saved progress: the app loads, says what happened and keeps a backup", async ({ page }) => {
  await page.goto("/");
  // Let the page finish reading storage first, then damage what it saved.
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await page.evaluate(() => localStorage.setItem("cc-progress", '{"version": 2, "answers": "garbled'));
  await page.reload();
  const notice = page.getByRole("alert").filter({ hasText: "Your saved progress could not be read" });
  await expect(notice).toContainText("it is not valid JSON");
  await expect(notice.getByRole("button", { name: "Download the unreadable data" })).toBeVisible();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cc-progress-backup-")).map((k) => localStorage.getItem(k)));
  expect(backups).toEqual(['{"version": 2, "answers": "garbled']);
  const downloading = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download the unreadable data" }).click();
  expect((await downloading).suggestedFilename()).toBe("customization-coach-unreadable-progress.json");
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await notice.getByRole("button", { name: "Dismiss" }).focus();
  await page.keyboard.press("Enter");
  await expect(notice).toHaveCount(0);
  // The focused button went with the notice; focus moves on to the main content instead of falling to the page.
  await expect(page.locator("main#main")).toBeFocused();
});

test("two tabs: answers from both are kept, and each sees the other's", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto("/concepts/distillation");
  await b.goto("/progress");
  await expect(answeredCount(b)).toHaveText("0");
  const check = async (page: Page, n: number) => {
    const q = page.getByRole("region", { name: "Check yourself" }).locator("ol > li").nth(n);
    await tickAsAsked(q);
    await q.getByRole("button", { name: "Check answer" }).click();
  };
  await check(a, 0);
  await expect(answeredCount(b)).toHaveText("1");
  await b.goto("/concepts/rag-vs-fine-tuning");
  await check(b, 0);
  await check(a, 1);
  await a.goto("/progress");
  await expect(answeredCount(a)).toHaveText("3");
});


test("with nothing stored, progress shows without loading the validator; the first answer loads the store", async ({ page }) => {
  const bodies = scriptBodies(page);
  await page.goto("/progress");
  await expect(answeredCount(page)).toHaveText("0");
  await expect(page.getByText("Reviews due now")).toBeVisible();
  await expect(page.getByRole("link", { name: "Take a practice exam" })).toHaveAttribute("href", "/exam");
  await page.waitForLoadState("networkidle");
  expect(await carriesValidator(bodies)).toBe(false);

  // The home page and the review page read progress the same way.
  await page.goto("/");
  await expect(answeredCount(page)).toHaveText("0");
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: /^Due now: 0/ })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await carriesValidator(bodies)).toBe(false);

  // Answering writes through the store, which validates: now it is loaded, and the answer shows.
  const wrong = await selectorSession(page);
  await page.goto("/progress");
  await expect(answeredCount(page)).toHaveText("5");
  expect(await carriesValidator(bodies)).toBe(true);
  await page.goto("/review");
  expect(await dueCount(page)).toBe(wrong);
});

test("with progress stored, the page validates it before showing it", async ({ page, request }) => {
  const bank = await fetchBank(request);
  const doc = progressFixture(bank, Date.now());
  await seedProgress(page, doc);
  const bodies = scriptBodies(page);
  await page.goto("/progress");
  await expect(answeredCount(page)).toHaveText(String(doc.answers.length));
  expect(await carriesValidator(bodies)).toBe(true);
});

test("a tab showing empty progress picks up what another tab saves", async ({ context }) => {
  const first = await context.newPage();
  await first.goto("/progress");
  await expect(answeredCount(first)).toHaveText("0");
  const second = await context.newPage();
  await selectorSession(second);
  await expect(answeredCount(first)).toHaveText("5");
});

test("with nothing answered, /review says so without fetching the bank, and fetches it once another tab records a miss", async ({ context }) => {
  const review = await context.newPage();
  const fetched: string[] = [];
  review.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await review.goto("/review");
  await expect(review.getByText(/^No missed questions yet/)).toBeVisible();
  await expect(review.getByRole("heading", { name: /^All missed/ })).toHaveCount(0);
  // The empty queue points to the three places where a miss gets scheduled.
  const links = review.getByRole("region", { name: "Due now: 0" }).getByRole("link");
  await expect(links).toHaveText(["selector", "concept check", "exam"]);
  expect(await links.evaluateAll((els) => els.map((e) => e.getAttribute("href")))).toEqual(["/selector", "/concepts", "/exam"]);
  await review.waitForLoadState("networkidle");
  expect(fetched).not.toContain("/data/bank.json");

  const wrong = await selectorSession(await context.newPage());
  await expect(review.getByRole("heading", { name: `All missed (${wrong})` })).toBeVisible();
  expect(fetched).toContain("/data/bank.json");
  expect(await dueCount(review)).toBe(wrong);
});

test("a link naming missed questions opens them in /review with nothing stored", async ({ page, request }) => {
  const ids = (await fetchBank(request)).questions.slice(0, 2).map((q) => q.id);
  await page.goto(`/review?ids=${ids.join(",")}`);
  await expect(page.getByRole("heading", { name: "The 2 questions you just missed" })).toBeVisible();
  await page.getByRole("button", { name: "Review these 2 now" }).click();
  await expect(page.getByRole("heading", { name: "Question 1" })).toBeFocused();
});

test("with progress stored, /review fetches the bank and never shows the empty queue on the way", async ({ page, request }) => {
  await seedProgress(page, progressFixture(await fetchBank(request), Date.now()));
  await page.addInitScript(() => {
    const flags = window as unknown as { sawEmptyQueue?: boolean };
    new MutationObserver(() => {
      if (document.body?.textContent?.includes("No missed questions yet")) flags.sawEmptyQueue = true;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const bankRequested = page.waitForRequest((r) => new URL(r.url()).pathname === "/data/bank.json");
  await page.goto("/review");
  await bankRequested;
  await expect(page.getByRole("heading", { name: /^All missed \([1-9]/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sawEmptyQueue?: boolean }).sawEmptyQueue ?? false)).toBe(false);
});

test("an answer given while the progress code cannot load is kept when the page is left, and added by the next page", async ({ page }) => {
  await page.goto("/concepts/distillation");
  await page.waitForLoadState("networkidle");
  // Nothing is stored, so the store's code is fetched on the first answer: offline, that fetch fails.
  let refused = 0;
  await page.route("**/_next/static/chunks/**", (route) => {
    refused++;
    return route.abort();
  });
  const first = page.getByRole("region", { name: "Check yourself" }).getByRole("listitem").first();
  await tickAsAsked(first);
  await first.getByRole("button", { name: "Check answer" }).click();
  await expect(first.getByText(/^(Correct\.|Not quite)/)).toBeVisible();
  await expect.poll(() => refused).toBeGreaterThan(0); // the answer tried to load the store, and could not
  expect(await page.evaluate(() => localStorage.getItem("cc-progress"))).toBeNull();
  await page.unroute("**/_next/static/chunks/**");
  await page.goto("/progress");
  await expect.poll(() => storedProgress(page)).toEqual({ exams: 0, answers: ["concept-check"], unsaved: null });
});

test("the end of a review says what comes back now and when the rest return", async ({ page, request }) => {
  const singles = (await fetchBank(request)).questions.filter((q) => q.type === "single").slice(0, 2);
  await page.goto(`/review?ids=${singles.map((q) => q.id).join(",")}`);
  await page.getByRole("button", { name: "Review these 2 now" }).click();
  for (const [i, q] of singles.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${i + 1}` })).toBeFocused();
    if (q.type !== "single") throw new Error("expected a single-answer question");
    // The first answered right, the second wrong.
    const option = q.options.find((o) => o.correct === (i === 0))!;
    await page.getByRole("main").locator("label", { hasText: option.text }).first().click();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: i === 0 ? "Next question" : "Finish" }).click();
  }
  await expect(page.getByRole("heading", { name: "Review done: 1 of 2 right" })).toBeFocused();
  await expect(page.getByText(/^1 question is due again now, back in the queue: a miss returns until you get it right\. The other one comes back in \d+ (min|h|days)/)).toBeVisible();
});
