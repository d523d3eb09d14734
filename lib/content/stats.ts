import type { LoadedContent } from "./load";
import { isScenario } from "./schema";

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
  const byType: Record<string, number> = {};
  for (const q of content.questions) {
    byType[q.type] = (byType[q.type] ?? 0) + 1;
    for (const slug of q.concepts) byConcept[slug] = (byConcept[slug] ?? 0) + 1;
  }
  return {
    concepts: content.concepts.length,
    questions: content.questions.length,
    scenarios: content.questions.filter(isScenario).length,
    byType,
    byConcept,
  };
}
