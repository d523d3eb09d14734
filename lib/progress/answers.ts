import { progressStore, subscribeProgress } from "./browser";
import { mergeProgress } from "./backup";
import { emptyProgress } from "./empty";
import { safeJsonParse } from "./migrate";
import { answerSchema, examRecordSchema, type AnswerRecord, type ExamRecord, type Progress } from "./schema";
import { schedule } from "./srs";
import type { ProgressStore } from "./store";

export { ANSWER_SOURCES, answerSchema, type AnswerRecord } from "./schema";

/** Adds an answer to a document and reschedules its question's card. */
export function withAnswer(doc: Progress, record: AnswerRecord): Progress {
  const valid = answerSchema.parse(record);
  return {
    ...doc,
    answers: [...doc.answers, valid],
    cards: { ...doc.cards, [valid.questionId]: schedule(doc.cards[valid.questionId], valid, new Date(valid.at)) },
  };
}

export function recordAnswerIn(store: ProgressStore, ...records: AnswerRecord[]): void {
  if (records.length) store.update((doc) => records.reduce(withAnswer, doc));
}

/**
 * The one place answered questions are recorded: selector, concept checks, exams and reviews all call this.
 * The answer is appended to the progress document and the question's review card is rescheduled.
 */
export function recordAnswer(...records: AnswerRecord[]): void {
  recordAnswerIn(progressStore, ...records);
}

/**
 * Adds answers and exam results kept outside the document (`UNSAVED_ANSWERS_KEY`, `UNSAVED_EXAMS_KEY`) to it. The text is untrusted like
 * an import: parsed without prototype keys, and only entries that are valid answers or `{ exam }` entries holding a
 * valid exam record are recorded. Returns how many were.
 */
export function recordUnsavedAnswersIn(store: ProgressStore, text: string): number {
  let parsed: unknown;
  try {
    parsed = safeJsonParse(text);
  } catch {
    return 0;
  }
  const answers: AnswerRecord[] = [];
  const exams: ExamRecord[] = [];
  for (const item of Array.isArray(parsed) ? parsed : []) {
    const exam = typeof item === "object" && item !== null && "exam" in item ? examRecordSchema.safeParse(item.exam) : null;
    if (exam?.success && !exams.some((e) => e.session.id === exam.data.session.id)) exams.push(exam.data);
    const result = exam ? null : answerSchema.safeParse(item);
    if (result?.success) answers.push(result.data);
  }
  // Merged as an import is: they may be older than answers given since (in a tab that had the store), and may already
  // be in the document; answers are deduplicated, put in time order and the cards rebuilt from them. An exam already
  // stored (submitted in another tab, or added when this one's store arrived) stands, and a finished exam stops being
  // the exam in progress (mergeProgress).
  if (answers.length || exams.length) store.update((doc) => mergeProgress(doc, { ...emptyProgress(), answers, exams }));
  return answers.length + exams.length;
}

export function recordUnsavedAnswers(text: string): number {
  return recordUnsavedAnswersIn(progressStore, text);
}

export function getAnswers(): readonly AnswerRecord[] {
  return progressStore.get().answers;
}

export const subscribeAnswers = subscribeProgress;
