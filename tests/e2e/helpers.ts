import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { isScenario, QUESTION_TYPES, type Question, type QuestionType } from "@/lib/content/schema";
import type { ExamBank } from "@/lib/exam/bank";
import { scoreExam } from "@/lib/exam/result";
import { isCorrect, type Response } from "@/lib/exam/score";
import { startSession } from "@/lib/exam/session";
import { METHOD_IDS } from "@/lib/methods/catalog";
import { cardsFromAnswers } from "@/lib/progress/migrate";
import { emptyProgress, PROGRESS_KEY, progressSchema, type AnswerRecord, type ExamRecord, type Progress } from "@/lib/progress/schema";

const QUESTION_TYPE_IDS = Object.keys(QUESTION_TYPES) as QuestionType[];

export const CONCEPT_SLUGS = [
  "choosing-a-customization-method",
  "prompt-engineering",
  "rag-vs-fine-tuning",
  "supervised-fine-tuning",
  "reinforcement-fine-tuning",
  "distillation",
  "continued-pre-training",
  "training-data-preparation",
  "provisioned-throughput",
  "other-bedrock-options",
] as const;

export const SECTIONS = ["What it is", "Mental model", "When to use it", "Common misconceptions", "How it shows up on the exam", "Related concepts", "Sources"];

/** Every page of the static export, read from out/ (the 404 page is reached through an address that does not exist). */
export function exportedRoutes(): string[] {
  const out = fileURLToPath(new URL("../../out/", import.meta.url));
  const pages = readdirSync(out, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.replaceAll("\\", "/").replace(/\.html$/, ""));
  const routes = pages.map((p) => (p === "index" ? "/" : p === "404" || p === "_not-found" ? "/no-such-page" : `/${p}`));
  return [...new Set(routes)].sort();
}

/** The exported routes in two groups, concept pages and the rest, so that a sweep over all of them runs as two tests. */
export function routeGroups(routes: readonly string[] = exportedRoutes()) {
  return [
    ["concept pages", routes.filter((r) => r.startsWith("/concepts/"))],
    ["other pages", routes.filter((r) => !r.startsWith("/concepts/"))],
  ] as const;
}

/**
 * Opens each route in `theme` with the progress fixture stored, waits for its client data (`settle`) and runs `check`
 * on it, one test step per route.
 */
export async function sweepRoutes(page: Page, request: APIRequestContext, theme: "light" | "dark", routes: readonly string[], check: (route: string) => Promise<void>) {
  await rememberTheme(page, theme);
  await seedProgress(page, progressFixture(await fetchBank(request), Date.now()));
  for (const route of routes) {
    await test.step(route, async () => {
      await page.goto(route);
      await settle(page, theme);
      await check(route);
    });
  }
}

/** Waits for the page's client data (progress, question bank) so axe sees the real view, not a loading line. */
export async function settle(page: Page, theme: "light" | "dark") {
  await expect(page.locator("html")).toHaveClass(theme === "dark" ? /(^|\s)dark(\s|$)/ : /^(?!.*\bdark\b)/);
  await expect(page.getByRole("status").filter({ hasText: /^Loading/ })).toHaveCount(0);
}

/** Sets the remembered theme before any page script runs. */
export async function rememberTheme(page: Page, theme: "light" | "dark") {
  await page.addInitScript((t) => localStorage.setItem("cc-theme", t), theme);
}

const summarize = (violations: { id: string; nodes: { target: unknown[] }[] }[]) => violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(summarize(results.violations)).toEqual([]);
}

/** axe's naming rules: every button, link, form field, ARIA widget, image and disclosure needs an accessible name. */
const NAME_RULES = ["button-name", "link-name", "input-button-name", "label", "select-name", "aria-input-field-name", "aria-toggle-field-name", "aria-command-name", "aria-progressbar-name", "aria-meter-name", "aria-tooltip-name", "aria-dialog-name", "summary-name", "image-alt", "svg-img-alt", "role-img-alt"];
/** Roles that a screen reader announces by name; in an ARIA snapshot a nameless one has nothing after the role. */
const NAMED_ROLES = "button|link|textbox|searchbox|checkbox|radio|switch|combobox|listbox|option|slider|spinbutton|tab|menuitem|menuitemcheckbox|menuitemradio|treeitem|progressbar|meter|timer|img";

/**
 * Checks that every control on the page has a non-empty accessible name, twice over: axe's naming rules, and the
 * accessibility tree as Playwright computes it (a nameless control shows as `- button` with nothing after it).
 */
export async function expectNamedControls(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(NAME_RULES).analyze();
  expect(summarize(results.violations)).toEqual([]);
  const tree = await page.locator("body").ariaSnapshot();
  const nameless = tree.split("\n").filter((line) => new RegExp(`^\\s*- (${NAMED_ROLES})(:|\\s\\[|$)`).test(line));
  expect(nameless).toEqual([]);
}

/**
 * Opens a page with its scripts held back, as on a slow phone where the server-rendered controls are on screen
 * before hydration. Returns once the HTML and styles are in; call `hydrate()` to let the scripts through.
 */
export async function openBeforeHydration(page: Page, url: string): Promise<{ hydrate: () => void }> {
  let hydrate!: () => void;
  const held = new Promise<void>((resolve) => (hydrate = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: "commit" });
  return { hydrate };
}

/** What the store holds: how many exams, the sources of its answers, and whether unsaved answers or results wait outside it. */
export const storedProgress = (page: Page) =>
  page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("cc-progress") ?? "null") as { exams: unknown[]; answers: { source: string }[] } | null;
    return { exams: doc?.exams.length ?? 0, answers: doc?.answers.map((a) => a.source) ?? [], unsaved: localStorage.getItem("cc-progress-unsaved") ?? localStorage.getItem("cc-progress-unsaved-exams") };
  });

/** Presses Tab (or Shift+Tab) until `target` has focus: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error("could not reach the element with Tab");
}

/** How many options a "Check yourself" question asks for: 1, or the N of its "(Choose N.)". */
export async function optionsAsked(question: Locator): Promise<number> {
  const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
  const said = /\(choose (two|three|four|five|\d)\.?\)/i.exec((await question.locator("legend").textContent()) ?? "");
  return said ? (words[said[1]!.toLowerCase()] ?? Number(said[1])) : 1;
}

/** Ticks the first options of a "Check yourself" question, as many as it asks for (by keyboard when a page is given). */
export async function tickAsAsked(question: Locator, byKeyboard?: Page): Promise<void> {
  const inputs = question.getByRole("radio").or(question.getByRole("checkbox"));
  const n = await optionsAsked(question);
  for (let k = 0; k < n; k++) {
    if (byKeyboard) {
      await tabTo(byKeyboard, inputs.nth(k));
      await byKeyboard.keyboard.press("Space");
    } else await inputs.nth(k).check();
    await expect(inputs.nth(k)).toBeChecked();
  }
}

/** The key of a question as a response, whatever its type. */
function rightResponse(q: Question): Response {
  switch (q.type) {
    case "single":
    case "multiple-response":
      return { kind: "choice", selected: q.options.filter((o) => o.correct).map((o) => o.id) };
    case "ordering":
      return { kind: "ordering", order: q.steps.map((s) => s.id) };
    case "matching":
      return { kind: "matching", matches: Object.fromEntries(q.pairs.map((p) => [p.id, p.match])) };
  }
}

/** Answers a question wrongly, whatever its type (a wrong option, steps reversed, every prompt on a wrong response). */
function wrongResponse(q: Question): Response {
  switch (q.type) {
    case "single":
    case "multiple-response":
      return { kind: "choice", selected: [q.options.find((o) => !o.correct)!.id] };
    case "ordering":
      return { kind: "ordering", order: q.steps.map((s) => s.id).reverse() };
    case "matching":
      return { kind: "matching", matches: Object.fromEntries(q.pairs.map((p) => [p.id, q.responses.find((r) => r.id !== p.match)!.id])) };
  }
}

/**
 * A lived-in progress document built with the app's own engines: a missed question of every type and a missed
 * selector scenario, all due now; one trouble spot (missed four times); right answers spread over the last five
 * days; two finished exams. With it, /, /exam, /review and /progress show their populated views.
 */
export function progressFixture(bank: ExamBank, now: number): Progress {
  const minutes = (m: number) => new Date(now - m * 60_000).toISOString();
  const answers: AnswerRecord[] = [];
  const missed = QUESTION_TYPE_IDS.map((type) => bank.questions.find((q) => q.type === type)!);
  for (const q of missed) {
    const response = wrongResponse(q);
    answers.push({ questionId: q.id, source: "exam", response, correct: isCorrect(q, response), timeMs: 40_000, at: minutes(30) });
  }
  const scenario = bank.questions.find(isScenario)!;
  const picked = METHOD_IDS.find((m) => m !== scenario.method)!;
  answers.push({ questionId: scenario.id, source: "selector", response: { kind: "method", method: picked }, correct: false, timeMs: 15_000, at: minutes(20) });
  const trouble = missed[0]!;
  for (const days of [4, 3, 2]) answers.push({ questionId: trouble.id, source: "review", response: wrongResponse(trouble), correct: false, timeMs: 30_000, at: minutes(days * 1440) });
  const missedIds = new Set([...missed, scenario].map((q) => q.id));
  const known = bank.questions.filter((q) => !missedIds.has(q.id)).slice(0, 20);
  known.forEach((q, i) => {
    const response = rightResponse(q);
    answers.push({ questionId: q.id, source: "concept-check", response, correct: isCorrect(q, response), timeMs: 20_000, at: minutes((i % 5) * 1440 + 60) });
  });
  answers.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const exams = [3, 1].map((days, i): ExamRecord => {
    const startedAt = now - days * 86_400_000;
    const session = startSession(bank.questions, { length: 10, mode: "exam", timed: true, concepts: [], seed: 1000 + i }, startedAt)!;
    const questions = session.questionIds.map((id) => bank.questions.find((q) => q.id === id)!);
    // The first exam: 4 right, 3 wrong, 3 unanswered; the second: 8 right, 2 wrong.
    const responses = Object.fromEntries(questions.slice(0, 7 + i * 3).map((q, k) => [q.id, k < 4 + i * 4 ? rightResponse(q) : wrongResponse(q)]));
    const submittedAt = startedAt + 600_000;
    const result = scoreExam(questions, responses, { startedAt, submittedAt });
    return { session: { ...session, responses }, submittedAt, correct: result.correct, total: result.total, percent: result.percent, scaled: result.scaled, passed: result.passed, autoSubmitted: false };
  });
  return progressSchema.parse({ ...emptyProgress(), answers, exams, cards: cardsFromAnswers(answers) });
}

/** Stores `doc` as this tab's progress before the first page script runs (once: later navigations keep changes). */
export async function seedProgress(page: Page, doc: Progress) {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem("e2e-seeded")) return;
      localStorage.setItem(key!, text!);
      sessionStorage.setItem("e2e-seeded", "1");
    },
    [PROGRESS_KEY, JSON.stringify(doc)],
  );
}

/** The question bank exactly as the browser receives it. */
export async function fetchBank(request: APIRequestContext): Promise<ExamBank> {
  return (await (await request.get("/data/bank.json")).json()) as ExamBank;
}

/** The JavaScript a page fetches from now on, as text, one entry per script response. */
export function scriptBodies(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") bodies.push(r.text().catch(() => ""));
  });
  return bodies;
}

/** Whether any of those scripts carries the progress validator (zod's object schema). */
export async function carriesValidator(bodies: Promise<string>[]): Promise<boolean> {
  return (await Promise.all(bodies)).some((js) => js.includes("$ZodObject"));
}
