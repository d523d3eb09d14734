import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { createRng, hashSeed, shuffle, weightedSample } from "@/lib/random";
import { checkQuestionsFor } from "@/lib/selector/check";
import { inlineSignals } from "@/lib/selector/inline-signals";
import { drawSession, missesByMethod, restoreRun, summarizeSession } from "@/lib/selector/session";
import { toScenarioView } from "@/lib/selector/view";
import { isScenario } from "@/lib/content/schema";
import type { MethodId } from "@/lib/methods/catalog";

describe("seeded randomness", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, createRng(43))).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("shuffles without losing or duplicating items", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const out = shuffle(items, createRng(1));
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(out).not.toEqual(items);
    expect(shuffle(items, createRng(1))).toEqual(out);
  });

  it("hashes strings to stable 32-bit seeds", () => {
    expect(hashSeed("abc")).toBe(hashSeed("abc"));
    expect(hashSeed("abc")).not.toBe(hashSeed("abd"));
    expect(hashSeed("x")).toBeLessThan(2 ** 32);
  });

  it("weighted sampling favours heavier items", () => {
    const items = ["heavy", ...Array.from({ length: 9 }, (_, i) => `light${i}`)];
    let heavyFirst = 0;
    for (let seed = 0; seed < 500; seed++) if (weightedSample(items, (x) => (x === "heavy" ? 10 : 1), 1, createRng(seed))[0] === "heavy") heavyFirst++;
    // Expected share 10/19 ≈ 53%; uniform would give 10%.
    expect(heavyFirst / 500).toBeGreaterThan(0.4);
    expect(heavyFirst / 500).toBeLessThan(0.66);
  });
});

const scenarios = [
  { id: "a1", method: "rag" as const },
  { id: "a2", method: "rag" as const },
  { id: "b1", method: "distillation" as const },
  { id: "b2", method: "distillation" as const },
  { id: "c1", method: "prompt-engineering" as const },
  { id: "c2", method: "prompt-engineering" as const },
];

describe("drawSession", () => {
  it("draws distinct scenarios, reproducibly by seed, whatever the input order", () => {
    const s1 = drawSession(scenarios, { size: 4, seed: 7 });
    expect(new Set(s1.map((s) => s.id)).size).toBe(4);
    expect(drawSession([...scenarios].reverse(), { size: 4, seed: 7 })).toEqual(s1);
    expect(drawSession(scenarios, { size: 10, seed: 7 })).toHaveLength(6);
  });

  it("leans toward methods missed before", () => {
    let ragFirst = 0;
    for (let seed = 0; seed < 300; seed++) if (drawSession(scenarios, { size: 1, seed, missesByMethod: { rag: 5 } })[0]!.method === "rag") ragFirst++;
    // rag weight 4 (1 + capped 3) against 1: 2×4 / (2×4 + 4×1) ≈ 67%, versus 33% with no history.
    expect(ragFirst / 300).toBeGreaterThan(0.55);
  });

  it("counts misses by method from history", () => {
    const methodOf = (id: string) => scenarios.find((s) => s.id === id)?.method;
    expect(missesByMethod([{ questionId: "a1", correct: false }, { questionId: "a2", correct: false }, { questionId: "b1", correct: true }, { questionId: "zz", correct: false }], methodOf)).toEqual({ rag: 2 });
  });
});

describe("summarizeSession", () => {
  it("scores and lists each mix-up, most frequent first", () => {
    const s = summarizeSession([
      { questionId: "1", expected: "reinforcement-fine-tuning", chosen: "supervised-fine-tuning" },
      { questionId: "2", expected: "rag", chosen: "rag" },
      { questionId: "3", expected: "reinforcement-fine-tuning", chosen: "supervised-fine-tuning" },
      { questionId: "4", expected: "distillation", chosen: "provisioned-throughput" },
    ]);
    expect(s).toEqual({
      correct: 1,
      total: 4,
      confusions: [
        { expected: "reinforcement-fine-tuning", chosen: "supervised-fine-tuning", count: 2 },
        { expected: "distillation", chosen: "provisioned-throughput", count: 1 },
      ],
      missed: ["1", "3", "4"],
    });
  });
});

describe("restoreRun (a quiz run kept for the tab)", () => {
  const scenarios = [
    { id: "s1", method: "rag" as MethodId },
    { id: "s2", method: "distillation" as MethodId },
    { id: "s3", method: "prompt-engineering" as MethodId },
  ];
  const saved = (run: unknown) => JSON.stringify(run);

  it("gives back the run at the point it was left: on a question, on feedback, or at the summary", () => {
    const answers = [{ questionId: "s1", expected: "rag", chosen: "rag" }];
    expect(restoreRun(saved({ ids: ["s1", "s2", "s3"], answers, phase: { name: "question", index: 1 } }), scenarios)).toEqual({
      session: scenarios,
      answers,
      phase: { name: "question", index: 1 },
    });
    const two = [...answers, { questionId: "s2", expected: "distillation", chosen: "rag" }];
    expect(restoreRun(saved({ ids: ["s1", "s2", "s3"], answers: two, phase: { name: "feedback", index: 1, chosen: "rag" } }), scenarios)?.phase).toEqual({
      name: "feedback",
      index: 1,
      chosen: "rag",
    });
    const all = [...two, { questionId: "s3", expected: "prompt-engineering", chosen: "prompt-engineering" }];
    expect(restoreRun(saved({ ids: ["s1", "s2", "s3"], answers: all, phase: { name: "summary" } }), scenarios)?.phase).toEqual({ name: "summary" });
  });

  it("takes the right answer from the scenarios, not from what was kept", () => {
    const run = restoreRun(saved({ ids: ["s1"], answers: [{ questionId: "s1", expected: "distillation", chosen: "rag" }], phase: { name: "summary" } }), scenarios);
    expect(run?.answers).toEqual([{ questionId: "s1", expected: "rag", chosen: "rag" }]);
  });

  it("refuses anything that does not make a coherent run", () => {
    const ok = { ids: ["s1", "s2"], answers: [{ questionId: "s1", expected: "rag", chosen: "rag" }], phase: { name: "question", index: 1 } };
    expect(restoreRun(saved(ok), scenarios)).not.toBeNull();
    for (const bad of [
      null,
      "not json",
      saved(null),
      saved({ ...ok, ids: [] }),
      saved({ ...ok, ids: ["s1", "gone"] }), // a scenario no longer in the set
      saved({ ...ok, ids: ["s1", "s1"] }),
      saved({ ...ok, answers: [{ questionId: "s2", expected: "rag", chosen: "rag" }] }), // answers out of order
      saved({ ...ok, answers: [{ questionId: "s1", expected: "rag", chosen: "telepathy" }] }),
      saved({ ...ok, phase: { name: "question", index: 0 } }), // a question already answered
      saved({ ...ok, phase: { name: "question", index: 2 } }),
      saved({ ...ok, phase: { name: "feedback", index: 0, chosen: "distillation" } }), // not what was chosen
      saved({ ...ok, phase: { name: "summary" } }), // a summary before the last answer
      saved({ ...ok, phase: { name: "setup" } }),
    ]) {
      expect(restoreRun(bad as string | null, scenarios), String(bad)).toBeNull();
    }
  });
});

describe("views over the real bank", () => {
  const content = loadContent(path.resolve("content"));

  it("every scenario view explains its own method", () => {
    for (const q of content.questions.filter(isScenario)) {
      const view = toScenarioView(q);
      expect(view.byMethod[view.method]?.explanation, q.id).toBeTruthy();
      expect(Object.keys(view.byMethod)).toHaveLength(4);
    }
  });

  it("every concept page gets 2–3 check-yourself questions, answerable in place, method ids shown as labels", () => {
    for (const c of content.concepts) {
      const picked = checkQuestionsFor(c, content.questions);
      expect(picked.length, c.slug).toBeGreaterThanOrEqual(2);
      expect(picked.length).toBeLessThanOrEqual(3);
      for (const q of picked) {
        expect(["single", "multiple-response"]).toContain(q.type);
        expect(q.concepts).toContain(c.slug);
        expect(q.options.every((o) => !/^[a-z-]+$/.test(o.html))).toBe(true);
      }
    }
  });
});

describe("inlineSignals (what the feedback marks in the scenario)", () => {
  const at = (start: number, end: number, method: MethodId, weight = 1) => ({ start, end, phrase: "p", method, negated: false, weight });
  it("marks one span per phrase: the earliest, then the longest, and skips what overlaps it", () => {
    expect(inlineSignals([at(10, 20, "rag"), at(0, 5, "distillation"), at(10, 30, "prompt-engineering"), at(25, 40, "rag")])).toEqual([at(0, 5, "distillation"), at(10, 30, "prompt-engineering")]);
  });
  it("tags a phrase listed for two methods with the scenario's answer when it is one of them, else with the heavier", () => {
    const both = [at(4, 20, "rag", 2), at(4, 20, "prompt-engineering", 1)];
    expect(inlineSignals(both, "prompt-engineering")).toEqual([both[1]]);
    expect(inlineSignals([...both].reverse(), "prompt-engineering")).toEqual([both[1]]);
    expect(inlineSignals(both, "distillation")).toEqual([both[0]]);
    expect(inlineSignals(both)).toEqual([both[0]]);
  });
});
