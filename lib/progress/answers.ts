import { z } from "zod";
import { responseSchema } from "../exam/score";
import { METHOD_IDS } from "../methods/catalog";

/**
 * The one place answered questions are recorded. Every feature (selector, concept checks, and later the exam
 * and review) calls `recordAnswer`; the persistent, migrating store of the review feature replaces the body of
 * this module without changing its callers.
 */

export const ANSWER_SOURCES = ["selector", "exam", "concept-check", "review"] as const;

/** A recorded response: a question response, or the method picked in the selector. */
export const recordedResponseSchema = z.union([z.object({ kind: z.literal("method"), method: z.enum(METHOD_IDS) }), responseSchema]);

export const answerSchema = z.object({
  questionId: z.string().min(1),
  source: z.enum(ANSWER_SOURCES),
  response: recordedResponseSchema,
  correct: z.boolean(),
  timeMs: z.number().int().min(0),
  at: z.iso.datetime(),
});
export type AnswerRecord = z.infer<typeof answerSchema>;

const documentSchema = z.object({ version: z.literal(1), answers: z.array(answerSchema) });

export const STORAGE_KEY = "cc-progress";

type StorageLike = Pick<Storage, "getItem" | "setItem">;

/**
 * An answer log over a storage area. Unreadable existing data is left untouched (the log runs in memory), so
 * nothing a learner saved is ever overwritten by this module.
 */
export function createAnswerLog(storage: () => StorageLike | null) {
  let answers: AnswerRecord[] | undefined;
  let writable = true;
  const listeners = new Set<() => void>();

  const load = (): AnswerRecord[] => {
    if (answers) return answers;
    answers = [];
    try {
      const raw = storage()?.getItem(STORAGE_KEY);
      if (raw) {
        const parsed = documentSchema.safeParse(JSON.parse(raw));
        if (parsed.success) answers = parsed.data.answers;
        else writable = false;
      }
    } catch {
      writable = false;
    }
    return answers;
  };

  return {
    getAnswers(): readonly AnswerRecord[] {
      return load();
    },
    recordAnswer(record: AnswerRecord): void {
      const valid = answerSchema.parse(record);
      answers = [...load(), valid];
      if (writable) {
        try {
          storage()?.setItem(STORAGE_KEY, JSON.stringify({ version: 1, answers }));
        } catch {
          // Storage full or blocked: keep going in memory.
        }
      }
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const browserStorage = () => {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
};

const log = createAnswerLog(browserStorage);
export const getAnswers = log.getAnswers;
export const recordAnswer = log.recordAnswer;
export const subscribeAnswers = log.subscribe;
