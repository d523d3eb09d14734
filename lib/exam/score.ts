import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion, Question } from "../content/schema";
import type { Response } from "./response";

// Scorers stay free of zod so pages that only score answers do not ship the validator.
export type { Response };

/** A scorer's verdict. `invalid` means the response does not fit the question (a bug, not a wrong answer). */
export type ScoreResult = { kind: "invalid"; message: string } | { kind: "scored"; earned: 0 | 1; total: 1; correct: boolean };

const scored = (correct: boolean): ScoreResult => ({ kind: "scored", earned: correct ? 1 : 0, total: 1, correct });
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

/** How many options a choice question asks for: its correct ones (one for a single-answer question). */
export function choiceCount(q: ChoiceQuestion): number {
  return q.options.filter((o) => o.correct).length;
}

/**
 * Multiple choice and multiple response. The exam gives no partial credit: the selection must be exactly the set
 * of correct options — one extra or one missing choice scores 0. An empty selection is simply wrong.
 */
export function scoreChoice(question: ChoiceQuestion, response: Response): ScoreResult {
  if (response.kind !== "choice") return { kind: "invalid", message: `a ${question.type} question takes a choice response` };
  const ids = question.options.map((o) => o.id);
  const unknown = response.selected.find((id) => !ids.includes(id));
  if (unknown) return { kind: "invalid", message: `unknown option "${unknown}"` };
  if (question.type === "single" && response.selected.length > 1) return { kind: "invalid", message: "a single-answer question takes one option" };
  return scored(sameSet(response.selected, question.options.filter((o) => o.correct).map((o) => o.id)));
}

/** Ordering: every step in exactly the right position, or nothing (no credit for a partly right order). */
export function scoreOrdering(question: OrderingQuestion, response: Response): ScoreResult {
  if (response.kind !== "ordering") return { kind: "invalid", message: "an ordering question takes an ordering response" };
  const ids = question.steps.map((s) => s.id);
  if (!sameSet(response.order, ids)) return { kind: "invalid", message: "the order must list every step exactly once" };
  return scored(response.order.every((id, i) => id === ids[i]));
}

/** Matching: every prompt matched to its response, or nothing. An unmatched prompt makes the answer wrong. */
export function scoreMatching(question: MatchingQuestion, response: Response): ScoreResult {
  if (response.kind !== "matching") return { kind: "invalid", message: "a matching question takes a matching response" };
  const responseIds = new Set(question.responses.map((r) => r.id));
  for (const [prompt, match] of Object.entries(response.matches)) {
    if (!question.pairs.some((p) => p.id === prompt)) return { kind: "invalid", message: `unknown prompt "${prompt}"` };
    if (!responseIds.has(match)) return { kind: "invalid", message: `unknown response "${match}"` };
  }
  return scored(question.pairs.every((p) => response.matches[p.id] === p.match));
}

/** Whether a response answers the question correctly (an invalid or missing response is not). */
export function isCorrect(question: Question, response: Response | undefined): boolean {
  const verdict = scoreQuestion(question, response);
  return verdict.kind === "scored" && verdict.correct;
}

/** Scores any question. No response (unanswered) counts as wrong, as on the exam; there is no guessing penalty. */
export function scoreQuestion(question: Question, response: Response | undefined): ScoreResult {
  if (!response) return scored(false);
  switch (question.type) {
    case "single":
    case "multiple-response":
      return scoreChoice(question, response);
    case "ordering":
      return scoreOrdering(question, response);
    case "matching":
      return scoreMatching(question, response);
  }
}
