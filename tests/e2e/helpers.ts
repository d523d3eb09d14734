import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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

/** Sets the remembered theme before any page script runs. */
export async function useTheme(page: Page, theme: "light" | "dark") {
  await page.addInitScript((t) => localStorage.setItem("cc-theme", t), theme);
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary).toEqual([]);
}
