/**
 * Everything the pages need from the progress layer that carries the validator (zod) and the scheduler (ts-fsrs).
 * Pages never import this statically: components/progress/use-progress.ts loads it right after hydration, so its
 * code is not part of any page's initial JavaScript.
 */
export { recordAnswer, recordUnsavedAnswers } from "./answers";
export { exportFileName, exportText, mergeProgress, parseImport } from "./backup";
export { progressStore, subscribeProgress } from "./browser";
export { examStore } from "./exams";
export * from "./view";
