import * as z from "@/lib/zod/mini";

/** What a learner submitted, one shape per question type (validated wherever it is read back from storage). */
export const responseSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choice"), selected: z.array(z.string()) }),
  z.object({ kind: z.literal("ordering"), order: z.array(z.string()) }),
  z.object({ kind: z.literal("matching"), matches: z.record(z.string(), z.string()) }),
]);
export type Response = z.infer<typeof responseSchema>;
