import type { Progress } from "./schema";
import { isDue, recallProbability } from "./srs";

export type ConceptReadiness = {
  concept: string;
  /** 0–1: how ready the learner looks on this concept (see `readiness`). */
  score: number;
  /** Share of the concept's questions answered at least once. */
  coverage: number;
  /** Share right among the last RECENT answers on the concept, or null with no answers. */
  recentAccuracy: number | null;
  /** Mean FSRS recall probability over the concept's answered questions, now. */
  recall: number | null;
  answered: number;
  total: number;
};

/** How many recent answers per concept count toward accuracy. */
export const RECENT = 20;

/**
 * Readiness per concept = coverage × (½ recent accuracy + ½ recall probability).
 * - Coverage: what share of the concept's questions you have answered at all; untested ground counts as not ready.
 * - Recent accuracy: right answers among your last 20 on the concept: how you do now, not months ago.
 * - Recall probability: FSRS's estimate that you would still get each answered question right today, which falls
 *   as time passes since you last reviewed it.
 * Overall readiness weights each concept by its number of questions.
 */
export function readiness(doc: Progress, questions: readonly { id: string; concepts: readonly string[] }[], concepts: readonly string[], now: Date) {
  const byConcept: ConceptReadiness[] = concepts.map((concept) => {
    const ids = new Set(questions.filter((q) => q.concepts.includes(concept)).map((q) => q.id));
    const answers = doc.answers.filter((a) => ids.has(a.questionId));
    const answeredIds = new Set(answers.map((a) => a.questionId));
    const recent = answers.slice(-RECENT);
    const recentAccuracy = recent.length ? recent.filter((a) => a.correct).length / recent.length : null;
    const cards = [...answeredIds].flatMap((id) => (doc.cards[id] ? [doc.cards[id]] : []));
    const recall = cards.length ? cards.reduce((sum, c) => sum + recallProbability(c, now), 0) / cards.length : null;
    const coverage = ids.size ? answeredIds.size / ids.size : 0;
    const score = recentAccuracy === null || recall === null ? 0 : coverage * (0.5 * recentAccuracy + 0.5 * recall);
    return { concept, score, coverage, recentAccuracy, recall, answered: answeredIds.size, total: ids.size };
  });
  const weight = byConcept.reduce((n, c) => n + c.total, 0);
  const overall = weight ? byConcept.reduce((n, c) => n + c.score * c.total, 0) / weight : 0;
  return { overall, byConcept };
}

/** Questions to review now: missed at least once and due (see DUE_WINDOW_MS). */
export function dueQuestionIds(doc: Progress, now: Date): string[] {
  const missed = new Set(doc.answers.filter((a) => !a.correct).map((a) => a.questionId));
  return [...missed].filter((id) => doc.cards[id] && isDue(doc.cards[id], now)).sort((a, b) => Date.parse(doc.cards[a]!.due) - Date.parse(doc.cards[b]!.due));
}

/** Times each question was missed, for "trouble spots" (missed four or more times). */
export const TROUBLE_THRESHOLD = 4;
export function missCounts(doc: Progress): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of doc.answers) if (!a.correct) counts.set(a.questionId, (counts.get(a.questionId) ?? 0) + 1);
  return counts;
}

/** `untried`: a study step for a concept with no answer yet, which is not weak but unknown. */
export type NextStep = { kind: "start" | "review" | "study" | "exam"; concept?: string; due?: number; untried?: boolean };

/**
 * What to do next, in priority order: nothing answered yet → start; reviews due → review them; a concept
 * below 70% ready → study it (said as "not tried yet" when it has no answer); otherwise → sit a full timed exam.
 */
export function nextSteps(doc: Progress, r: ReturnType<typeof readiness>, now: Date): NextStep[] {
  if (!doc.answers.length) return [{ kind: "start" }];
  const steps: NextStep[] = [];
  const due = dueQuestionIds(doc, now).length;
  if (due) steps.push({ kind: "review", due });
  // A concept with no answer has readiness 0, so it comes first: it is not known to be weak, only untried.
  const weakest = [...r.byConcept].filter((c) => c.total > 0).sort((a, b) => a.score - b.score)[0];
  if (weakest && weakest.score < 0.7) steps.push({ kind: "study", concept: weakest.concept, untried: weakest.answered === 0 });
  if (r.overall >= 0.7 || !weakest || weakest.score >= 0.7) steps.push({ kind: "exam" });
  return steps;
}

/** Answers per calendar day (UTC) for the last `days` days, oldest first. */
export function answersPerDay(doc: Progress, now: Date, days = 14): { day: string; count: number }[] {
  const out: { day: string; count: number }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(now.getTime() - i * 86_400_000).toISOString().slice(0, 10);
    out.push({ day, count: doc.answers.filter((a) => a.at.startsWith(day)).length });
  }
  return out;
}
