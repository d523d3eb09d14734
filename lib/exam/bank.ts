import type { Concept, Question } from "../content/schema";
import { isMethodId, METHODS } from "../methods/catalog";
import { misconceptionIndex, type MisconceptionView } from "../selector/view";

/** The question bank as the browser receives it (one static JSON file, fetched by the exam page). */
export type ExamBank = {
  questions: Question[];
  concepts: { slug: string; title: string }[];
  misconceptions: Record<string, MisconceptionView>;
};

/**
 * What the exam's setup needs before anything is started: each question's id and concepts (to count what a choice
 * of concepts leaves) and the concepts' titles. A few kilobytes where the bank is hundreds, so /exam opens on this
 * and fetches the bank itself when the learner starts using the form.
 */
export type ExamIndex = {
  questions: { id: string; concepts: string[] }[];
  concepts: ExamBank["concepts"];
};

/** A scenario's options are method ids; learners see method names. Other questions pass through. */
export function withMethodLabels<Q extends Question>(q: Q): Q {
  if ((q.type !== "single" && q.type !== "multiple-response") || !q.method) return q;
  return { ...q, options: q.options.map((o) => (isMethodId(o.text) ? { ...o, html: METHODS[o.text].label } : o)) };
}

/** Shapes the bank for the browser. */
export function examBankFrom(concepts: readonly Concept[], questions: readonly Question[]): ExamBank {
  return {
    questions: questions.map(withMethodLabels),
    concepts: concepts.map((c) => ({ slug: c.slug, title: c.title })),
    misconceptions: misconceptionIndex(concepts),
  };
}

/** The setup's index of a bank (see ExamIndex). */
export function examIndexFrom(bank: ExamBank): ExamIndex {
  return { questions: bank.questions.map((q) => ({ id: q.id, concepts: q.concepts })), concepts: bank.concepts };
}
