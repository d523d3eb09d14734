/**
 * The read-only part of the progress layer: readiness, due reviews, next steps, activity. No validator and no
 * store, so a browser with nothing stored can show its (empty) progress without loading them; the full runtime
 * (runtime.ts) re-exports the same functions. Loaded lazily by components/progress/use-progress.ts.
 */
export { answersPerDay, dueQuestionIds, missCounts, nextSteps, readiness, TROUBLE_THRESHOLD } from "./readiness";
