import { isMethodId, METHOD_IDS, type MethodId } from "../methods/catalog";
import { createRng, weightedSample } from "../random";

export const SESSION_SIZES = [5, 10, 20] as const;
export type SessionSize = (typeof SESSION_SIZES)[number];

/** How much more likely a scenario becomes per earlier miss of its method (capped, so no method floods a session). */
export const MISS_BOOST = 1;
export const MAX_MISS_BOOST = 3;

/**
 * Draws a quiz session: `size` distinct scenarios in a seeded order. With no history every scenario is equally
 * likely; each earlier miss on a method makes that method's scenarios more likely (weight 1 + misses, capped),
 * so practice leans toward what the learner gets wrong without ever excluding the rest.
 */
export function drawSession<T extends { id: string; method: MethodId }>(
  scenarios: readonly T[],
  options: { size: number; seed: number; missesByMethod?: Partial<Record<MethodId, number>> },
): T[] {
  const rng = createRng(options.seed);
  const misses = options.missesByMethod ?? {};
  const ordered = [...scenarios].sort((a, b) => a.id.localeCompare(b.id));
  return weightedSample(ordered, (s) => 1 + Math.min((misses[s.method] ?? 0) * MISS_BOOST, MAX_MISS_BOOST), options.size, rng);
}

/** Misses per method from answer history: how often a scenario of that method was answered wrongly. */
export function missesByMethod(history: readonly { questionId: string; correct: boolean }[], methodOf: (id: string) => MethodId | undefined) {
  const out: Partial<Record<MethodId, number>> = {};
  for (const a of history) {
    const method = methodOf(a.questionId);
    if (method && !a.correct) out[method] = (out[method] ?? 0) + 1;
  }
  return out;
}

export type SelectorAnswer = { questionId: string; expected: MethodId; chosen: MethodId };
export type Confusion = { expected: MethodId; chosen: MethodId; count: number };

/** End-of-session summary: the score and each (right answer → chosen instead) mix-up, most frequent first. */
export function summarizeSession(answers: readonly SelectorAnswer[]) {
  const correct = answers.filter((a) => a.chosen === a.expected).length;
  const counts = new Map<string, Confusion>();
  for (const a of answers) {
    if (a.chosen === a.expected) continue;
    const key = `${a.expected}>${a.chosen}`;
    const c = counts.get(key) ?? { expected: a.expected, chosen: a.chosen, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  const order = (m: MethodId) => METHOD_IDS.indexOf(m);
  const confusions = [...counts.values()].sort((a, b) => b.count - a.count || order(a.expected) - order(b.expected) || order(a.chosen) - order(b.chosen));
  return { correct, total: answers.length, confusions, missed: answers.filter((a) => a.chosen !== a.expected).map((a) => a.questionId) };
}

/** Where a quiz run stands, in a form that can be kept for the tab and read back (scenarios by id). */
export type RunPhase = { name: "question"; index: number } | { name: "feedback"; index: number; chosen: MethodId } | { name: "summary" };
export type SavedRun = { ids: string[]; answers: SelectorAnswer[]; phase: RunPhase };

/**
 * Reads a kept run back against the scenarios now loaded. Anything that does not fit — unknown JSON, a scenario
 * no longer in the set, answers that do not match the run's scenarios in order, a phase past the answers — gives
 * null, and the learner starts afresh rather than in a run that makes no sense.
 */
export function restoreRun<T extends { id: string; method: MethodId }>(raw: string | null, scenarios: readonly T[]): { session: T[]; answers: SelectorAnswer[]; phase: RunPhase } | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { ids, answers, phase } = value as Partial<Record<keyof SavedRun, unknown>>;
  if (!Array.isArray(ids) || ids.length === 0 || !Array.isArray(answers) || typeof phase !== "object" || phase === null) return null;
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const session = ids.map((id) => (typeof id === "string" ? byId.get(id) : undefined));
  if (session.some((s) => !s) || new Set(ids).size !== ids.length) return null;
  const run = session as T[];
  if (answers.length > run.length) return null;
  const kept: SelectorAnswer[] = [];
  for (const [i, a] of answers.entries()) {
    const { questionId, chosen } = (a ?? {}) as Partial<SelectorAnswer>;
    if (questionId !== run[i]!.id || typeof chosen !== "string" || !isMethodId(chosen)) return null;
    kept.push({ questionId, expected: run[i]!.method, chosen });
  }
  const p = phase as { name?: unknown; index?: unknown; chosen?: unknown };
  if (p.name === "summary") return kept.length === run.length ? { session: run, answers: kept, phase: { name: "summary" } } : null;
  if (typeof p.index !== "number" || !Number.isInteger(p.index) || p.index < 0 || p.index >= run.length) return null;
  if (p.name === "question" && p.index === kept.length) return { session: run, answers: kept, phase: { name: "question", index: p.index } };
  if (p.name === "feedback" && p.index === kept.length - 1 && p.chosen === kept[p.index]!.chosen) {
    return { session: run, answers: kept, phase: { name: "feedback", index: p.index, chosen: kept[p.index]!.chosen } };
  }
  return null;
}
