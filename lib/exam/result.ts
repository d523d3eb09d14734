import type { Question, QuestionType } from "../content/schema";
import { isCorrect, type Response } from "./score";

/** The exam's pass mark on its 100–1,000 scale. */
export const PASS_MARK = 700;
/**
 * The share of correct answers assumed to sit at the pass mark. AWS does not publish how raw scores map to the
 * scaled score (it equates forms), so this is an assumption, and every scaled score here is an estimate.
 */
export const ASSUMED_PASS_FRACTION = 0.7;

/**
 * Estimated scaled score for a fraction correct (0–1): piecewise linear through (0 → 100), (70% → 700) and
 * (100% → 1,000), rounded to a whole number. Two straight lines rather than one, because a single line through
 * 100 and 1,000 would put the pass mark at 66.7%, and the anchor at 70% is the more common public assumption.
 * It is a study estimate, not AWS's formula.
 */
export function estimateScaledScore(fraction: number): number {
  const p = Math.min(1, Math.max(0, fraction));
  const scaled = p <= ASSUMED_PASS_FRACTION ? 100 + (p / ASSUMED_PASS_FRACTION) * (PASS_MARK - 100) : PASS_MARK + ((p - ASSUMED_PASS_FRACTION) / (1 - ASSUMED_PASS_FRACTION)) * (1000 - PASS_MARK);
  return Math.round(scaled);
}

export type Tally = { correct: number; total: number };
export type QuestionOutcome = { id: string; correct: boolean; answered: boolean; misconceptions: string[] };
export type ExamResult = {
  correct: number;
  total: number;
  percent: number;
  scaled: number;
  passed: boolean;
  byConcept: Record<string, Tally>;
  byType: Partial<Record<QuestionType, Tally>>;
  /** Misconception id → the questions where a chosen wrong option reflected it. */
  misconceptions: Record<string, string[]>;
  questions: QuestionOutcome[];
  timeUsedMs: number;
};

/**
 * Scores a submitted exam by the exam's rules: one point per question, all or nothing per question, unanswered
 * counts as wrong, no penalty for guessing. A question counts toward each concept it lists.
 */
export function scoreExam(questions: readonly Question[], responses: Readonly<Record<string, Response | undefined>>, timing: { startedAt: number; submittedAt: number }): ExamResult {
  const byConcept: Record<string, Tally> = {};
  const byType: Partial<Record<QuestionType, Tally>> = {};
  const misconceptions: Record<string, string[]> = {};
  const outcomes: QuestionOutcome[] = [];
  for (const q of questions) {
    const response = responses[q.id];
    const correct = isCorrect(q, response);
    const fell: string[] = [];
    if (!correct && response?.kind === "choice" && (q.type === "single" || q.type === "multiple-response")) {
      for (const o of q.options) if (!o.correct && o.misconception && response.selected.includes(o.id)) fell.push(o.misconception);
    }
    for (const id of fell) misconceptions[id] = [...(misconceptions[id] ?? []), q.id];
    outcomes.push({ id: q.id, correct, answered: response !== undefined, misconceptions: fell });
    for (const c of q.concepts) {
      byConcept[c] ??= { correct: 0, total: 0 };
      byConcept[c].total++;
      if (correct) byConcept[c].correct++;
    }
    byType[q.type] ??= { correct: 0, total: 0 };
    byType[q.type]!.total++;
    if (correct) byType[q.type]!.correct++;
  }
  const correct = outcomes.filter((o) => o.correct).length;
  const total = questions.length;
  const fraction = total ? correct / total : 0;
  const scaled = estimateScaledScore(fraction);
  return {
    correct,
    total,
    percent: Math.round(fraction * 1000) / 10,
    scaled,
    passed: scaled >= PASS_MARK,
    byConcept,
    byType,
    misconceptions,
    questions: outcomes,
    timeUsedMs: Math.max(0, timing.submittedAt - timing.startedAt),
  };
}
