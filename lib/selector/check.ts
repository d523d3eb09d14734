import type { ChoiceQuestion, Concept, Question } from "../content/schema";
import { withMethodLabels } from "../exam/bank";
import { METHODS } from "../methods/catalog";

/** How many questions a concept page's "Check yourself" block shows. */
export const CHECK_SIZE = 3;

/**
 * Picks the questions for a concept's "Check yourself" block: answerable in place (single or multiple response),
 * questions written for this concept first (its own page listed first), then scenarios that call for its method;
 * by id within each group, so the block is stable between builds. Scenario options (method ids) become labels.
 */
export function checkQuestionsFor(concept: Concept, questions: readonly Question[]): ChoiceQuestion[] {
  const choice = questions.filter((q): q is ChoiceQuestion => q.type === "single" || q.type === "multiple-response");
  const rank = (q: ChoiceQuestion) => (q.concepts[0] === concept.slug && !q.method ? 0 : q.method && METHODS[q.method].concept === concept.slug ? 1 : q.concepts.includes(concept.slug) ? 2 : 3);
  return choice
    .filter((q) => rank(q) < 3)
    .sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id))
    .slice(0, CHECK_SIZE)
    .map(withMethodLabels);
}
