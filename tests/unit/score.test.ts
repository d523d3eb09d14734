import { describe, expect, it } from "vitest";
import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion } from "@/lib/content/schema";
import { scoreChoice, scoreMatching, scoreOrdering, scoreQuestion } from "@/lib/exam/score";

const base = { file: "q.md", concepts: ["alpha"], difficulty: 1 as const, stem: "Stem?", stemHtml: "<p>Stem?</p>" };
const option = (id: string, correct: boolean) => ({ id, text: id, html: id, correct, explanation: "<p>why</p>" });
const single: ChoiceQuestion = { ...base, id: "s", type: "single", options: [option("a", false), option("b", true), option("c", false), option("d", false)] };
const multi: ChoiceQuestion = { ...base, id: "m", type: "multiple-response", options: [option("a", true), option("b", false), option("c", true), option("d", false), option("e", false)] };
const ordering: OrderingQuestion = { ...base, id: "o", type: "ordering", steps: ["s1", "s2", "s3"].map((id) => ({ id, text: id, html: id, explanation: "x" })) };
const matching: MatchingQuestion = {
  ...base,
  id: "x",
  type: "matching",
  responses: [
    { id: "r1", text: "A", html: "A" },
    { id: "r2", text: "B", html: "B" },
  ],
  pairs: [
    { id: "p1", prompt: "1", html: "1", match: "r1", explanation: "x" },
    { id: "p2", prompt: "2", html: "2", match: "r2", explanation: "x" },
    { id: "p3", prompt: "3", html: "3", match: "r1", explanation: "x" },
  ],
};
const ok = (correct: boolean) => ({ kind: "scored", earned: correct ? 1 : 0, total: 1, correct });

describe("scoreChoice", () => {
  it("single: right, wrong, empty", () => {
    expect(scoreChoice(single, { kind: "choice", selected: ["b"] })).toEqual(ok(true));
    expect(scoreChoice(single, { kind: "choice", selected: ["a"] })).toEqual(ok(false));
    expect(scoreChoice(single, { kind: "choice", selected: [] })).toEqual(ok(false));
    expect(scoreChoice(single, { kind: "choice", selected: ["a", "b"] })).toMatchObject({ kind: "invalid" });
  });

  it("multiple response is all or nothing: a missing or an extra selection scores 0", () => {
    expect(scoreChoice(multi, { kind: "choice", selected: ["c", "a"] })).toEqual(ok(true));
    expect(scoreChoice(multi, { kind: "choice", selected: ["a"] })).toEqual(ok(false));
    expect(scoreChoice(multi, { kind: "choice", selected: ["a", "c", "d"] })).toEqual(ok(false));
    expect(scoreChoice(multi, { kind: "choice", selected: ["a", "a"] })).toEqual(ok(false));
    expect(scoreChoice(multi, { kind: "choice", selected: [] })).toEqual(ok(false));
  });

  it("rejects unknown options and the wrong response shape", () => {
    expect(scoreChoice(single, { kind: "choice", selected: ["z"] })).toEqual({ kind: "invalid", message: 'unknown option "z"' });
    expect(scoreChoice(single, { kind: "ordering", order: [] })).toMatchObject({ kind: "invalid" });
  });
});

describe("scoreOrdering", () => {
  it("needs every step in place; a wrong order scores 0", () => {
    expect(scoreOrdering(ordering, { kind: "ordering", order: ["s1", "s2", "s3"] })).toEqual(ok(true));
    expect(scoreOrdering(ordering, { kind: "ordering", order: ["s1", "s3", "s2"] })).toEqual(ok(false));
    expect(scoreOrdering(ordering, { kind: "ordering", order: ["s1", "s2"] })).toMatchObject({ kind: "invalid" });
    expect(scoreOrdering(ordering, { kind: "ordering", order: ["s1", "s1", "s2"] })).toMatchObject({ kind: "invalid" });
  });
});

describe("scoreMatching", () => {
  it("needs every prompt matched; a partial or missing match scores 0", () => {
    expect(scoreMatching(matching, { kind: "matching", matches: { p1: "r1", p2: "r2", p3: "r1" } })).toEqual(ok(true));
    expect(scoreMatching(matching, { kind: "matching", matches: { p1: "r1", p2: "r2", p3: "r2" } })).toEqual(ok(false));
    expect(scoreMatching(matching, { kind: "matching", matches: { p1: "r1", p2: "r2" } })).toEqual(ok(false));
    expect(scoreMatching(matching, { kind: "matching", matches: { p9: "r1" } })).toMatchObject({ kind: "invalid" });
    expect(scoreMatching(matching, { kind: "matching", matches: { p1: "r9" } })).toMatchObject({ kind: "invalid" });
  });
});

describe("scoreQuestion", () => {
  it("counts an unanswered question as wrong, with no penalty beyond that", () => {
    for (const q of [single, multi, ordering, matching]) expect(scoreQuestion(q, undefined)).toEqual(ok(false));
  });
  it("dispatches by type", () => {
    expect(scoreQuestion(ordering, { kind: "ordering", order: ["s1", "s2", "s3"] })).toEqual(ok(true));
    expect(scoreQuestion(matching, { kind: "choice", selected: [] })).toMatchObject({ kind: "invalid" });
  });
});
