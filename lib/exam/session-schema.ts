import * as z from "@/lib/zod/mini";
import { responseSchema } from "./response";

/*
 * The schemas of exam settings and of a saved exam, apart from session.ts so that only code that reads a stored
 * exam back (the progress store) carries the validator; the exam page itself does not.
 */

export const settingsSchema = z.object({
  length: z.union([z.literal(10), z.literal(20), z.literal(30), z.literal("full")]),
  mode: z.enum(["exam", "practice"]),
  timed: z.boolean(),
  concepts: z.array(z.string()),
  seed: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
  onlyIds: z.optional(z.array(z.string())),
});
export type ExamSettings = z.infer<typeof settingsSchema>;

export const sessionSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  settings: settingsSchema,
  questionIds: z.array(z.string()).check(z.minLength(1)),
  partOrder: z.record(z.string(), z.array(z.string())),
  startedAt: z.number(),
  deadline: z.nullable(z.number()),
  responses: z.record(z.string(), responseSchema),
  flagged: z.array(z.string()),
  /** Practice mode: questions whose feedback has been shown (their answers are then locked). */
  checked: z.array(z.string()),
  current: z.int().check(z.minimum(0)),
  /** Timer warnings already announced, so a reload does not repeat them. */
  announced: z.array(z.string()),
});
export type ExamSession = z.infer<typeof sessionSchema>;
