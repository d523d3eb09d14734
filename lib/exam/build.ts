import type { Question } from "../content/schema";
import { createRng, hashSeed, shuffle } from "../random";

export type BuildOptions = {
  /** Number of questions; capped at the size of the (filtered) bank. */
  length: number;
  seed: number;
  /** Only questions that test at least one of these concept slugs. */
  concepts?: readonly string[];
  /** Only these question ids ("retake the ones I missed"). */
  onlyIds?: readonly string[];
};

/** The order in which a question's parts are shown: options, steps (ordering) or responses (matching). */
export type PartOrder = readonly string[];

/** A built exam: which questions, in which order, and how each one's parts are shuffled. */
export type ExamPaper = { questionIds: readonly string[]; partOrder: Readonly<Record<string, PartOrder>> };

function partIds(q: Question): string[] {
  switch (q.type) {
    case "single":
    case "multiple-response":
      return q.options.map((o) => o.id);
    case "ordering":
      return q.steps.map((s) => s.id);
    case "matching":
      return q.responses.map((r) => r.id);
  }
}

/**
 * Shuffles a question's parts with a seed derived from the exam seed and the question id, so one question's
 * order never depends on which other questions were drawn. An ordering question is never shown already solved.
 */
export function shuffleParts(q: Question, seed: number): string[] {
  const ids = partIds(q);
  const rng = createRng(hashSeed(`${seed}:${q.id}`));
  let order = shuffle(ids, rng);
  for (let tries = 0; q.type === "ordering" && tries < 10 && order.every((id, i) => id === ids[i]); tries++) order = shuffle(ids, rng);
  return order;
}

/**
 * A question's parts in the order they were shown. A saved order can predate a content change: ids it names that
 * no longer exist are dropped, and parts it does not name follow in bank order, so every part is shown once.
 */
export function inShownOrder<T extends { id: string }>(parts: readonly T[], order: readonly string[] | undefined): T[] {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const shown = [...new Set(order ?? [])].flatMap((id) => byId.get(id) ?? []);
  const named = new Set(shown);
  return [...shown, ...parts.filter((p) => !named.has(p))];
}

/**
 * Builds an exam from the bank. Questions are grouped by their main concept (the first one listed); the groups
 * take turns, each giving the question whose type is least represented so far, so an exam of any length spreads
 * across concepts and question types the way the real exam spreads across its task statements. The result is
 * then shuffled. The same bank, options and seed always give the same exam, parts order included.
 */
export function buildExam(bank: readonly Question[], options: BuildOptions): ExamPaper {
  const rng = createRng(options.seed);
  const onlyIds = options.onlyIds ? new Set(options.onlyIds) : undefined;
  const conceptFilter = options.concepts?.length ? new Set(options.concepts) : undefined;
  const pool = [...bank]
    .filter((q) => (!onlyIds || onlyIds.has(q.id)) && (!conceptFilter || q.concepts.some((c) => conceptFilter.has(c))))
    .sort((a, b) => a.id.localeCompare(b.id));
  const length = Math.max(0, Math.min(options.length, pool.length));

  const groups = new Map<string, Question[]>();
  for (const q of shuffle(pool, rng)) {
    const key = conceptFilter ? (q.concepts.find((c) => conceptFilter.has(c)) ?? q.concepts[0]!) : q.concepts[0]!;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const turns = shuffle([...groups.keys()].sort(), rng);
  const typeCount = new Map<string, number>();
  const chosen: Question[] = [];
  while (chosen.length < length) {
    for (const key of turns) {
      if (chosen.length >= length) break;
      const group = groups.get(key)!;
      if (!group.length) continue;
      const least = Math.min(...group.map((q) => typeCount.get(q.type) ?? 0));
      const pick = group.findIndex((q) => (typeCount.get(q.type) ?? 0) === least);
      const [q] = group.splice(pick, 1);
      chosen.push(q!);
      typeCount.set(q!.type, (typeCount.get(q!.type) ?? 0) + 1);
    }
  }

  const ordered = shuffle(chosen, rng);
  return {
    questionIds: ordered.map((q) => q.id),
    partOrder: Object.fromEntries(ordered.map((q) => [q.id, shuffleParts(q, options.seed)])),
  };
}
