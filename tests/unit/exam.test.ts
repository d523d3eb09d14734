import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import type { Question } from "@/lib/content/schema";
import { examBankFrom, examIndexFrom } from "@/lib/exam/bank";
import { buildExam, inShownOrder, shuffleParts } from "@/lib/exam/build";
import { ASSUMED_PASS_FRACTION, estimateScaledScore, PASS_MARK, scoreExam } from "@/lib/exam/result";
import { settingsSchema } from "@/lib/exam/session-schema";
import { goTo, incompleteReason, lengthFor, markChecked, partlyAnswered, setResponse, settingsFromQuery, settingsToQuery, startSession, toggleFlag, unanswered, type ExamSettings } from "@/lib/exam/session";
import { deadlineFor, examDurationMs, formatClock, formatDuration, isExpired, remainingMs, warningDue } from "@/lib/exam/timer";

const content = loadContent(path.resolve("content"));
const bank = content.questions;

describe("buildExam", () => {
  it("is deterministic for a seed and bank, parts order included", () => {
    const a = buildExam(bank, { length: 20, seed: 1234 });
    expect(buildExam([...bank].reverse(), { length: 20, seed: 1234 })).toEqual(a);
    expect(buildExam(bank, { length: 20, seed: 1235 }).questionIds).not.toEqual(a.questionIds);
    expect(new Set(a.questionIds).size).toBe(20);
  });

  it("spreads an exam across concepts and question types", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const paper = buildExam(bank, { length: 20, seed });
      const qs = paper.questionIds.map((id) => bank.find((q) => q.id === id)!);
      const mainConcepts = new Set(qs.map((q) => q.concepts[0]));
      expect(mainConcepts.size).toBe(10);
      const types = new Set(qs.map((q) => q.type));
      expect(types.size).toBe(4);
    }
  });

  it("honours the concept filter, the missed-only list and the bank size", () => {
    const filtered = buildExam(bank, { length: 30, seed: 9, concepts: ["distillation"] });
    for (const id of filtered.questionIds) expect(bank.find((q) => q.id === id)!.concepts).toContain("distillation");
    const only = buildExam(bank, { length: 65, seed: 9, onlyIds: [bank[0]!.id, bank[5]!.id] });
    expect([...only.questionIds].sort()).toEqual([bank[0]!.id, bank[5]!.id].sort());
    expect(buildExam(bank, { length: 1000, seed: 9 }).questionIds).toHaveLength(bank.length);
    expect(buildExam(bank, { length: 10, seed: 9, concepts: ["nope"] }).questionIds).toEqual([]);
  });

  it("shuffles parts per question and never shows an ordering question solved", () => {
    const ordering = bank.filter((q) => q.type === "ordering");
    for (const q of ordering) {
      for (let seed = 0; seed < 30; seed++) {
        const order = shuffleParts(q, seed);
        expect([...order].sort()).toEqual(q.type === "ordering" ? q.steps.map((s) => s.id).sort() : []);
        expect(order).not.toEqual(q.type === "ordering" ? q.steps.map((s) => s.id) : []);
      }
    }
  });
});

describe("examIndexFrom (what /exam opens on before the bank)", () => {
  const full = examBankFrom(content.concepts, bank);
  const index = examIndexFrom(full);

  it("keeps every question's id and concepts, in the bank's order, and nothing else of it", () => {
    expect(index.questions.map((q) => q.id)).toEqual(full.questions.map((q) => q.id));
    index.questions.forEach((q, i) => {
      expect(Object.keys(q).sort()).toEqual(["concepts", "id"]);
      expect(q.concepts).toEqual(full.questions[i]!.concepts);
    });
    expect(index.concepts).toEqual(full.concepts);
    // The point of the index: a small part of the bank's weight.
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(full).length / 10);
  });
});

describe("inShownOrder (a saved order against today's question)", () => {
  const parts = ["a", "b", "c", "d"].map((id) => ({ id }));
  it("follows the order it is given", () => {
    expect(inShownOrder(parts, ["c", "a", "d", "b"]).map((p) => p.id)).toEqual(["c", "a", "d", "b"]);
  });
  it("drops ids that no longer exist and repeats, and appends parts the order does not name, so each part shows once", () => {
    expect(inShownOrder(parts, ["d", "x", "b", "d"]).map((p) => p.id)).toEqual(["d", "b", "a", "c"]);
    expect(inShownOrder(parts, undefined).map((p) => p.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("timer arithmetic", () => {
  it("uses the real exam's pace: 90 minutes for 65 questions", () => {
    expect(examDurationMs(65)).toBe(90 * 60 * 1000);
    expect(examDurationMs(10)).toBe(831 * 1000);
    expect(deadlineFor(1000, 65)).toBe(1000 + 5_400_000);
  });

  it("counts down from the deadline and never goes negative", () => {
    expect(remainingMs(10_000, 4_000)).toBe(6_000);
    expect(remainingMs(10_000, 12_000)).toBe(0);
    expect(isExpired(10_000, 9_999)).toBe(false);
    expect(isExpired(10_000, 10_000)).toBe(true);
  });

  it("announces the 10- and 1-minute warnings once each, and only when the exam was longer", () => {
    const long = 30 * 60_000;
    expect(warningDue(11 * 60_000, long, [])).toBeUndefined();
    expect(warningDue(10 * 60_000, long, [])?.id).toBe("10-minutes");
    expect(warningDue(9 * 60_000, long, ["10-minutes"])).toBeUndefined();
    expect(warningDue(60_000, long, ["10-minutes"])?.id).toBe("1-minute");
    expect(warningDue(30_000, long, [])?.id).toBe("1-minute");
    expect(warningDue(5 * 60_000, 8 * 60_000, [])).toBeUndefined();
    expect(warningDue(59_000, 8 * 60_000, [])?.id).toBe("1-minute");
  });

  it("formats clocks and durations", () => {
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(61_001)).toBe("01:02");
    expect(formatClock(3_725_000)).toBe("1:02:05");
    expect(formatDuration(65_000)).toBe("1 min 5 s");
    expect(formatDuration(3_900_000)).toBe("1 h 5 min");
  });
});

describe("estimated scaled score", () => {
  it("maps 0% → 100, the assumed pass fraction → 700, 100% → 1,000", () => {
    expect(estimateScaledScore(0)).toBe(100);
    expect(estimateScaledScore(ASSUMED_PASS_FRACTION)).toBe(PASS_MARK);
    expect(estimateScaledScore(1)).toBe(1000);
    expect(estimateScaledScore(0.35)).toBe(400);
    expect(estimateScaledScore(0.85)).toBe(850);
  });
  it("clamps out-of-range input and is monotonic", () => {
    expect(estimateScaledScore(-1)).toBe(100);
    expect(estimateScaledScore(2)).toBe(1000);
    let last = 0;
    for (let p = 0; p <= 1; p += 0.01) {
      const s = estimateScaledScore(p);
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
    expect(estimateScaledScore(0.69)).toBeLessThan(PASS_MARK);
  });
});

describe("scoreExam", () => {
  const pick = (type: Question["type"]) => bank.find((q) => q.type === type)!;
  const single = pick("single");
  const ordering = pick("ordering");
  const matching = pick("matching");
  const multi = pick("multiple-response");

  it("scores all-or-nothing per question, counts unanswered as wrong and breaks down by concept and type", () => {
    if (single.type !== "single" || ordering.type !== "ordering" || matching.type !== "matching" || multi.type !== "multiple-response") throw new Error("bank shape");
    const wrongWithMyth = single.options.find((o) => !o.correct && o.misconception) ?? single.options.find((o) => !o.correct)!;
    const result = scoreExam([single, ordering, matching, multi], {
      [single.id]: { kind: "choice", selected: [wrongWithMyth.id] },
      [ordering.id]: { kind: "ordering", order: ordering.steps.map((s) => s.id) },
      [matching.id]: { kind: "matching", matches: Object.fromEntries(matching.pairs.map((p) => [p.id, p.match])) },
    }, { startedAt: 1000, submittedAt: 61_000 });
    expect(result).toMatchObject({ correct: 2, total: 4, percent: 50, timeUsedMs: 60_000, passed: false });
    expect(result.scaled).toBe(estimateScaledScore(0.5));
    expect(result.byType).toEqual({ single: { correct: 0, total: 1 }, ordering: { correct: 1, total: 1 }, matching: { correct: 1, total: 1 }, "multiple-response": { correct: 0, total: 1 } });
    expect(result.questions.find((q) => q.id === multi.id)).toMatchObject({ answered: false, correct: false });
    if (wrongWithMyth.misconception) expect(result.misconceptions[wrongWithMyth.misconception]).toEqual([single.id]);
    const conceptTotal = Object.values(result.byConcept).reduce((n, t) => n + t.total, 0);
    expect(conceptTotal).toBe([single, ordering, matching, multi].reduce((n, q) => n + q.concepts.length, 0));
  });
});

describe("exam session", () => {
  const settings: ExamSettings = { length: 10, mode: "exam", timed: true, concepts: [], seed: 77 };

  it("round-trips settings through a shareable query string and rejects junk", () => {
    const withExtras: ExamSettings = { ...settings, concepts: ["rag-vs-fine-tuning", "distillation"], mode: "practice", timed: false, onlyIds: ["a", "b"] };
    expect(settingsFromQuery(settingsToQuery(withExtras), 1)).toEqual({ settings: withExtras, fromLink: true });
    expect(settingsFromQuery("n=full&seed=5", 1).settings).toMatchObject({ length: "full", seed: 5 });
    expect(settingsFromQuery("n=7&mode=quiz&seed=x", 99)).toEqual({ settings: { length: 20, mode: "exam", timed: true, concepts: [], seed: 99 }, fromLink: false, unreadable: true });
  });

  it("reads the full length written as a number, and says when a link could not be read", () => {
    expect(settingsFromQuery("n=65&seed=5", 1)).toEqual({ settings: { length: "full", mode: "exam", timed: true, concepts: [], seed: 5 }, fromLink: true });
    expect(settingsFromQuery("n=64&seed=5", 1)).toMatchObject({ fromLink: false, unreadable: true });
    // Written as any number equal to 65, as a number length is read ("n=10.0" is 10).
    for (const n of ["65.0", "065"]) expect(settingsFromQuery(`n=${n}&seed=5`, 1).settings.length, n).toBe("full");
    expect(settingsFromQuery("", 1)).not.toHaveProperty("unreadable");
    expect(settingsFromQuery("seed=8", 1)).not.toHaveProperty("unreadable");
  });

  it("accepts from a link exactly the settings the stored-exam schema accepts", () => {
    const queries = [
      "n=10&mode=exam&timed=1&seed=1",
      "n=30&mode=practice&timed=0&seed=4294967295",
      "n=full&seed=0&concepts=distillation,rag-vs-fine-tuning&ids=q1,q2",
      "seed=12",
      "",
      "n=7&seed=3",
      "n=10.0&seed=3",
      "n=65&seed=3",
      "n=65.0&seed=3",
      "n=&seed=3",
      "n=FULL&seed=3",
      "mode=Exam&seed=3",
      "mode=quiz&seed=3",
      "seed=-1",
      "seed=4294967296",
      "seed=1.5",
      "seed=1e3",
      "n=20&mode=practice&timed=yes&seed=9",
    ];
    for (const query of queries) {
      const { settings: read, fromLink, unreadable } = settingsFromQuery(query, 424242);
      const q = new URLSearchParams(query);
      const raw = {
        length: q.get("n") === null ? 20 : q.get("n") === "full" || Number(q.get("n") || Number.NaN) === 65 ? "full" : Number(q.get("n")),
        mode: q.get("mode") ?? "exam",
        timed: q.has("timed") ? q.get("timed") !== "0" : true,
        concepts: (q.get("concepts") ?? "").split(",").filter(Boolean),
        seed: Number.isInteger(Number(q.get("seed"))) && q.has("seed") ? Number(q.get("seed")) : 424242,
        ...(q.get("ids") ? { onlyIds: q.get("ids")!.split(",").filter(Boolean) } : {}),
      };
      const verdict = settingsSchema.safeParse(raw);
      expect(settingsSchema.safeParse(read).success, query).toBe(true);
      if (verdict.success) expect(read, query).toEqual(verdict.data);
      else expect({ read, fromLink, unreadable }, query).toEqual({ read: { length: 20, mode: "exam", timed: true, concepts: [], seed: 424242 }, fromLink: false, unreadable: true });
    }
  });

  it("starts with a deadline at the exam's pace (or none when untimed), and the same seed reproduces it", () => {
    const s = startSession(bank, settings, 5_000)!;
    expect(s.questionIds).toHaveLength(10);
    expect(s.deadline).toBe(5_000 + examDurationMs(10));
    expect(startSession(bank, settings, 9_999)!.questionIds).toEqual(s.questionIds);
    expect(startSession(bank, { ...settings, timed: false }, 5_000)!.deadline).toBeNull();
    expect(startSession(bank, { ...settings, concepts: ["none"] }, 5_000)).toBeUndefined();
    expect(lengthFor({ ...settings, length: "full" }, 40)).toBe(40);
  });

  it("answers, clears, flags, navigates, and locks checked practice questions", () => {
    let s = startSession(bank, settings, 0)!;
    const [q1, q2] = s.questionIds;
    s = setResponse(s, q1!, { kind: "choice", selected: ["a"] });
    expect(unanswered(s)).not.toContain(q1);
    s = setResponse(s, q1!, { kind: "choice", selected: [] });
    expect(unanswered(s)).toContain(q1);
    s = toggleFlag(toggleFlag(toggleFlag(s, q1!), q2!), q1!);
    expect(s.flagged).toEqual([q2]);
    expect(goTo(s, 99).current).toBe(9);
    expect(goTo(s, -3).current).toBe(0);
    s = markChecked(setResponse(s, q2!, { kind: "ordering", order: ["s1"] }), q2!);
    expect(setResponse(s, q2!, undefined).responses[q2!]).toEqual({ kind: "ordering", order: ["s1"] });
  });

  it("tells a partly answered question from an answered one: too few or too many choices, an item left unmatched", () => {
    const multiple = bank.find((q) => q.type === "multiple-response")!;
    const matching = bank.find((q) => q.type === "matching")!;
    const ordering = bank.find((q) => q.type === "ordering")!;
    const single = bank.find((q) => q.type === "single")!;
    if (multiple.type !== "multiple-response" || matching.type !== "matching" || ordering.type !== "ordering" || single.type !== "single") throw new Error("bank types");
    const right = multiple.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = multiple.options.filter((o) => !o.correct).map((o) => o.id);
    expect(right.length).toBeGreaterThan(1);
    const choice = (selected: string[]) => ({ kind: "choice" as const, selected });
    expect(incompleteReason(multiple, choice(right.slice(1)))).toBe(`${right.length - 1} of ${right.length} choices made`);
    expect(incompleteReason(multiple, choice([...right, wrong[0]!]))).toBe(`${right.length + 1} chosen, but it asks for ${right.length}`);
    // The right number of choices is complete, right or wrong.
    expect(incompleteReason(multiple, choice(right))).toBeUndefined();
    expect(incompleteReason(multiple, choice([...right.slice(1), wrong[0]!]))).toBeUndefined();
    const [first, ...others] = matching.pairs;
    expect(incompleteReason(matching, { kind: "matching", matches: { [first!.id]: first!.match } })).toBe(`1 of ${matching.pairs.length} items matched`);
    const all = Object.fromEntries(matching.pairs.map((p) => [p.id, matching.responses[0]!.id]));
    expect(incompleteReason(matching, { kind: "matching", matches: all })).toBeUndefined();
    expect(others.length).toBeGreaterThan(0);
    expect(incompleteReason(ordering, { kind: "ordering", order: ordering.steps.map((x) => x.id) })).toBeUndefined();
    expect(incompleteReason(single, choice([single.options[0]!.id]))).toBeUndefined();
    expect(incompleteReason(multiple, undefined)).toBeUndefined();

    const s0 = startSession(bank, { ...settings, length: "full", onlyIds: [multiple.id, matching.id, single.id] }, 0)!;
    let s = setResponse(s0, multiple.id, choice(right.slice(1)));
    s = setResponse(s, matching.id, { kind: "matching", matches: { [first!.id]: first!.match } });
    s = setResponse(s, single.id, choice([single.options[0]!.id]));
    expect(partlyAnswered(s, bank).sort()).toEqual([multiple.id, matching.id].sort());
    expect(partlyAnswered(setResponse(s, multiple.id, choice(right)), bank)).toEqual([matching.id]);
  });
});
