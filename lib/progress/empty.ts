import type { Progress } from "./schema";

/*
 * The document's keys, version and empty state, and whether anything is stored, apart from the schemas: pages use
 * them before, or instead of, loading the validator and scheduler (see components/progress/use-progress.ts).
 */
export const PROGRESS_KEY = "cc-progress";
export const CURRENT_VERSION = 2;

/** Keys the first release used for exams, before everything moved into the one document. */
export const LEGACY_EXAM_HISTORY_KEY = "cc-exam-history";
export const LEGACY_CURRENT_EXAM_KEY = "cc-exam-current";

/**
 * Answers given on a page that was left before the store had loaded (a first answer in a fresh browser, offline or on
 * a slow link): kept here as plain JSON and added to the document by the next page that loads the store.
 */
export const UNSAVED_ANSWERS_KEY = "cc-progress-unsaved";

/**
 * Exam results scored while the store had not loaded, kept the same way as `{ "exam": ExamRecord }` entries. They have
 * a key of their own because a tab of an earlier release reads only answers from `UNSAVED_ANSWERS_KEY`, and would
 * drop anything else it found there.
 */
export const UNSAVED_EXAMS_KEY = "cc-progress-unsaved-exams";

/** Every localStorage key that holds progress, current or legacy. */
export const PROGRESS_KEYS: readonly string[] = [PROGRESS_KEY, LEGACY_EXAM_HISTORY_KEY, LEGACY_CURRENT_EXAM_KEY, UNSAVED_ANSWERS_KEY, UNSAVED_EXAMS_KEY];

/**
 * Whether the browser holds any progress at all (current or legacy keys). False means the document is the empty
 * one, known without reading or validating anything; true means it must be loaded through the store. Storage that
 * cannot be read counts as holding something, so the store runs and reports the problem.
 */
export function hasStoredProgress(storage: Pick<Storage, "getItem"> | null): boolean {
  if (!storage) return true;
  try {
    return PROGRESS_KEYS.some((key) => storage.getItem(key) !== null);
  } catch {
    return true;
  }
}

export function emptyProgress(): Progress {
  return { version: CURRENT_VERSION, app: "customization-coach", answers: [], exams: [], currentExam: null, cards: {}, settings: {} };
}
