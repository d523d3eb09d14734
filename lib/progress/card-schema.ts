import * as z from "@/lib/zod/mini";

/*
 * Apart from the scheduler (srs.ts) so that reading progress for display (readiness.ts, loaded through
 * lib/progress/view.ts) does not carry the validator.
 */

/** A card as stored: dates as ISO strings. */
export const cardSchema = z.object({
  due: z.iso.datetime(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  reps: z.int(),
  lapses: z.int(),
  learning_steps: z.int(),
  state: z.int().check(z.minimum(0), z.maximum(3)),
  last_review: z.optional(z.iso.datetime()),
});
export type StoredCard = z.infer<typeof cardSchema>;
