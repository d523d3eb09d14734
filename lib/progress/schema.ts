import * as z from "@/lib/zod/mini";
import { sessionSchema } from "../exam/session-schema";
import { responseSchema } from "../exam/response";
import { METHOD_IDS } from "../methods/catalog";
import { cardSchema } from "./card-schema";
import { CURRENT_VERSION } from "./empty";

export { CURRENT_VERSION, emptyProgress, PROGRESS_KEY } from "./empty";

/**
 * The one progress document kept in localStorage under PROGRESS_KEY. Every change goes through the store, which
 * validates it with these schemas; older versions are migrated forward on load.
 */

export const ANSWER_SOURCES = ["selector", "exam", "concept-check", "review"] as const;

/** A recorded response: a question response, or the method picked in the selector. */
export const recordedResponseSchema = z.union([z.object({ kind: z.literal("method"), method: z.enum(METHOD_IDS) }), responseSchema]);

export const answerSchema = z.object({
  questionId: z.string().check(z.minLength(1), z.maxLength(200)),
  source: z.enum(ANSWER_SOURCES),
  response: recordedResponseSchema,
  correct: z.boolean(),
  timeMs: z.int().check(z.minimum(0)),
  at: z.iso.datetime(),
});
export type AnswerRecord = z.infer<typeof answerSchema>;

export const examRecordSchema = z.object({
  session: sessionSchema,
  submittedAt: z.number(),
  correct: z.int().check(z.minimum(0)),
  total: z.int().check(z.minimum(1)),
  percent: z.number(),
  scaled: z.int(),
  passed: z.boolean(),
  autoSubmitted: z.boolean(),
});
export type ExamRecord = z.infer<typeof examRecordSchema>;

export const settingsSchema = z.object({ selectorSize: z.optional(z.union([z.literal(5), z.literal(10), z.literal(20)])) });

/** Discarded exams remembered: enough for every tab a learner could still have one open in. */
export const DISCARDS_KEPT = 20;

export const progressSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  /** Marks the file as ours, so an import can tell a foreign JSON file from a damaged one. */
  app: z.literal("customization-coach"),
  answers: z.array(answerSchema),
  exams: z.array(examRecordSchema),
  currentExam: z.nullable(sessionSchema),
  /** Exams discarded unscored (their ids, the latest few): a tab still holding one neither saves nor scores it. */
  discardedExams: z.optional(z.array(z.string())),
  cards: z.record(z.string(), cardSchema),
  settings: settingsSchema,
});
export type Progress = z.infer<typeof progressSchema>;


/** Version 1 (the first release): only the answer log. */
export const progressV1Schema = z.object({ version: z.literal(1), answers: z.array(answerSchema) });
