import type { Progress } from "./schema";

/*
 * The document's key, version and empty state, apart from the schemas so the page can render an empty dashboard
 * before the validator and scheduler (loaded after hydration, see components/progress/use-progress.ts) arrive.
 */
export const PROGRESS_KEY = "cc-progress";
export const CURRENT_VERSION = 2;

export function emptyProgress(): Progress {
  return { version: CURRENT_VERSION, app: "customization-coach", answers: [], exams: [], currentExam: null, cards: {}, settings: {} };
}
