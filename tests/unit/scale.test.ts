import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent, type LoadedContent } from "@/lib/content/load";
import { isScenario } from "@/lib/content/schema";
import { METHOD_IDS } from "@/lib/methods/catalog";
import { BUDGETS, checkBudgets, type Figures } from "../../scripts/bench";
import { generateContent, type GeneratedSet } from "../../scripts/generate-content";

const scratch = mkdtempSync(path.join(tmpdir(), "cc-scale-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const filesUnder = (dir: string) =>
  (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]);

describe("synthetic content generator", () => {
  let set: GeneratedSet;
  let loaded: LoadedContent;
  // Loading 220 files takes about a second; give slow CI machines the same room as the tests.
  beforeAll(() => {
    set = generateContent({ out: path.join(scratch, "a"), concepts: 20, questions: 200, seed: 7 });
    loaded = loadContent(set.dir);
  }, 30_000);

  it("writes a set the real validator accepts without a single issue", () => {
    expect(loaded.issues).toEqual([]);
    expect(loaded.concepts).toHaveLength(20);
    expect(loaded.questions).toHaveLength(200);
  });

  it("mixes all four question types and scenarios for every method, as asked", () => {
    const byType: Record<string, number> = {};
    for (const q of loaded.questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
    const scenarios = loaded.questions.filter(isScenario);
    expect(byType).toEqual({ single: 130, "multiple-response": 30, ordering: 20, matching: 20 });
    expect(scenarios).toHaveLength(90);
    expect(set).toMatchObject({ concepts: 20, questions: 200, scenarios: 90, byType });
    expect(new Set(scenarios.map((q) => q.method))).toEqual(new Set(METHOD_IDS));
    const misconceptions = loaded.questions.flatMap((q) => ("options" in q ? q.options.filter((o) => o.misconception) : []));
    expect(misconceptions.length).toBeGreaterThan(0);
    for (const q of scenarios) expect(q.stem.split(/\s+/).length).toBeGreaterThanOrEqual(40);
  });

  it("is deterministic for a seed and refuses a folder that is not empty or too few concepts", () => {
    const again = generateContent({ out: path.join(scratch, "b"), concepts: 20, questions: 200, seed: 7 });
    expect(filesUnder(again.dir)).toEqual(filesUnder(set.dir));
    const other = generateContent({ out: path.join(scratch, "c"), concepts: 7, questions: 20, seed: 8 });
    expect(loadContent(other.dir).issues).toEqual([]);
    writeFileSync(path.join(scratch, "d.txt"), "");
    expect(() => generateContent({ out: scratch, concepts: 20, questions: 0 })).toThrow(/not empty/);
    expect(() => generateContent({ out: path.join(scratch, "e"), concepts: 6, questions: 0 })).toThrow(/at least 7/);
  });
});

describe("benchmark budgets", () => {
  const under: Figures = { checkMs: 4999, checkRssMb: 511, examMs: 49.9, advisorMs: 999 };

  it("holds the issue's budgets", () => {
    expect(Object.fromEntries(BUDGETS.map((b) => [b.key, b.limit]))).toEqual({ checkMs: 5000, checkRssMb: 512, examMs: 50, advisorMs: 1000 });
  });

  it("passes figures under every budget and fails exactly the one that is over", () => {
    expect(checkBudgets(under).every((r) => r.ok)).toBe(true);
    for (const b of BUDGETS) {
      const results = checkBudgets({ ...under, [b.key]: b.limit });
      expect(results.filter((r) => !r.ok).map((r) => r.key)).toEqual([b.key]);
    }
  });

  it("fails a figure that is missing or not a number (a step that did not finish)", () => {
    const partial: Partial<Figures> = { ...under };
    delete partial.examMs;
    expect(checkBudgets(partial).find((r) => r.key === "examMs")).toMatchObject({ ok: false });
    expect(checkBudgets({ ...under, advisorMs: Number.NaN }).find((r) => r.key === "advisorMs")?.ok).toBe(false);
  });
});
