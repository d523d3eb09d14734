import type { Concept, Scenario } from "../content/schema";
import { signalTableFrom, type SignalTable } from "../advisor";
import { isMethodId, METHOD_IDS, METHODS, type MethodId } from "../methods/catalog";

/** What the selector needs of a scenario: plain, serializable, with explanations keyed by method. */
export type ScenarioView = {
  id: string;
  stem: string;
  method: MethodId;
  difficulty: 1 | 2 | 3;
  explanation?: string;
  byMethod: Partial<Record<MethodId, { explanation: string; misconception?: string }>>;
};

export type MisconceptionView = { id: string; myth: string; truth: string; concept: string; conceptTitle: string };
export type MethodView = { id: MethodId; label: string; key: string; concept: string; conceptTitle: string; summary: string };

export function toScenarioView(q: Scenario): ScenarioView {
  const byMethod: ScenarioView["byMethod"] = {};
  for (const o of q.options) {
    if (isMethodId(o.text)) byMethod[o.text] = o.misconception ? { explanation: o.explanation, misconception: o.misconception } : { explanation: o.explanation };
  }
  return { id: q.id, stem: q.stem, method: q.method, difficulty: q.difficulty, ...(q.explanation ? { explanation: q.explanation } : {}), byMethod };
}

export function methodViews(concepts: readonly Concept[]): MethodView[] {
  return METHOD_IDS.map((id) => {
    const page = concepts.find((c) => c.slug === METHODS[id].concept);
    return { id, label: METHODS[id].label, key: METHODS[id].key, concept: METHODS[id].concept, conceptTitle: page?.title ?? METHODS[id].label, summary: page?.summary ?? "" };
  });
}

/** Every misconception, keyed by id, with the page that explains it. */
export function misconceptionIndex(concepts: readonly Concept[]): Record<string, MisconceptionView> {
  const out: Record<string, MisconceptionView> = {};
  for (const c of concepts) for (const m of c.misconceptions) out[m.id] = { ...m, concept: c.slug, conceptTitle: c.title };
  return out;
}

/** What the selector page fetches after it renders (/data/selector.json), so the page itself stays light. */
export type SelectorData = {
  scenarios: ScenarioView[];
  misconceptions: Record<string, MisconceptionView>;
  signals: SignalTable;
};

export function selectorDataFrom(concepts: readonly Concept[], scenarios: readonly Scenario[]): SelectorData {
  return { scenarios: scenarios.map(toScenarioView), misconceptions: misconceptionIndex(concepts), signals: signalTableFrom(concepts) };
}
