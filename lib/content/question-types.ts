/** The exam's four question types, with the names the exam guide uses (no zod here: browser code reads it). */
export const QUESTION_TYPES = {
  single: "Multiple choice",
  "multiple-response": "Multiple response",
  ordering: "Ordering",
  matching: "Matching",
} as const;
export type QuestionType = keyof typeof QUESTION_TYPES;
