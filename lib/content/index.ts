import "server-only";
import path from "node:path";
import { ContentError } from "./issues";
import { loadContent, type LoadedContent } from "./load";
import { CONCEPT_GROUPS, isScenario, type Concept, type ConceptGroup, type Question, type Scenario } from "./schema";

let cache: LoadedContent | undefined;

/** The site's content, validated once per process; invalid content stops the build with every issue listed. */
function content(): LoadedContent {
  if (!cache) {
    const loaded = loadContent(path.join(process.cwd(), "content"));
    if (loaded.issues.length) throw new ContentError(loaded.issues);
    cache = loaded;
  }
  return cache;
}

export function getConcepts(): readonly Concept[] {
  return content().concepts;
}

export function getConcept(slug: string): Concept | undefined {
  return getConcepts().find((c) => c.slug === slug);
}

/** Concepts in reading order: by group (index order), then by `order` within the group. */
export function getConceptsInReadingOrder(): readonly Concept[] {
  const groupOrder = Object.keys(CONCEPT_GROUPS) as ConceptGroup[];
  return [...getConcepts()].sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) || a.order - b.order);
}

export function getQuestions(): readonly Question[] {
  return content().questions;
}

/** Selector scenarios: single-answer questions that carry the method they call for. */
export function getScenarios(): readonly Scenario[] {
  return getQuestions().filter(isScenario);
}

export { CONCEPT_GROUPS };
export type { Concept, ConceptGroup, Question, Scenario };
