import type { Question } from "../content/schema";
import { buildExam } from "./build";
import { choiceCount } from "./score";
import type { Response } from "./response";
import type { ExamSession, ExamSettings } from "./session-schema";
import { deadlineFor } from "./timer";

export const EXAM_LENGTHS = [10, 20, 30, "full"] as const;
export const FULL_LENGTH = 65;

export type { ExamSession, ExamSettings } from "./session-schema";

export const DEFAULT_SETTINGS: Omit<ExamSettings, "seed"> = { length: 20, mode: "exam", timed: true, concepts: [] };

/** Settings → query string, so a link reproduces the exam: same seed and bank, same questions in the same order. */
export function settingsToQuery(s: ExamSettings): string {
  const q = new URLSearchParams({ n: String(s.length), mode: s.mode, timed: s.timed ? "1" : "0", seed: String(s.seed) });
  if (s.concepts.length) q.set("concepts", s.concepts.join(","));
  if (s.onlyIds?.length) q.set("ids", s.onlyIds.join(","));
  return q.toString();
}

/**
 * Query string → settings: a missing field takes its default; a malformed link falls back to the defaults entirely
 * (a part of it alone would not give the exam it names), and says so with `unreadable`. `n=65`, the full length
 * written as a number, reads as `full`.
 */
export function settingsFromQuery(query: string, fallbackSeed: number): { settings: ExamSettings; fromLink: boolean; unreadable?: true } {
  const q = new URLSearchParams(query);
  const n = q.get("n");
  const seed = Number(q.get("seed"));
  const candidate = {
    length: n === null ? DEFAULT_SETTINGS.length : n === "full" || (n.trim() !== "" && Number(n) === FULL_LENGTH) ? "full" : Number(n),
    mode: q.get("mode") ?? DEFAULT_SETTINGS.mode,
    timed: q.has("timed") ? q.get("timed") !== "0" : DEFAULT_SETTINGS.timed,
    concepts: (q.get("concepts") ?? "").split(",").filter(Boolean),
    seed: Number.isInteger(seed) && q.has("seed") ? seed : fallbackSeed,
    ...(q.get("ids") ? { onlyIds: q.get("ids")!.split(",").filter(Boolean) } : {}),
  };
  // The same rules as settingsSchema (session-schema.ts), checked by hand so the exam page does not carry the
  // validator for a handful of query fields; the unit tests hold the two to the same verdicts.
  const { length, mode, seed: chosenSeed } = candidate;
  const valid =
    (EXAM_LENGTHS as readonly unknown[]).includes(length) && (mode === "exam" || mode === "practice") && chosenSeed >= 0 && chosenSeed <= 0xffffffff;
  if (valid) return { settings: { ...candidate, length: length as ExamSettings["length"], mode }, fromLink: q.has("seed") };
  return { settings: { ...DEFAULT_SETTINGS, seed: fallbackSeed }, fromLink: false, unreadable: true };
}

/** Questions an exam of these settings will have: the chosen length, or 65 for "full", capped by the bank. */
export function lengthFor(settings: ExamSettings, available: number): number {
  return Math.min(settings.length === "full" ? FULL_LENGTH : settings.length, available);
}

/** Starts an exam at `now`. Returns undefined when no question matches the settings (e.g. an empty filter). */
export function startSession(bank: readonly Question[], settings: ExamSettings, now: number): ExamSession | undefined {
  const paper = buildExam(bank, { length: settings.length === "full" ? FULL_LENGTH : settings.length, seed: settings.seed, concepts: settings.concepts, onlyIds: settings.onlyIds });
  if (!paper.questionIds.length) return undefined;
  return {
    version: 1,
    id: `${now.toString(36)}-${settings.seed.toString(36)}`,
    settings,
    questionIds: [...paper.questionIds],
    partOrder: Object.fromEntries(Object.entries(paper.partOrder).map(([k, v]) => [k, [...v]])),
    startedAt: now,
    deadline: settings.timed ? deadlineFor(now, paper.questionIds.length) : null,
    responses: {},
    flagged: [],
    checked: [],
    current: 0,
    announced: [],
  };
}

/** Sets or clears (undefined) the response to a question; a checked practice question stays locked. */
export function setResponse(s: ExamSession, questionId: string, response: Response | undefined): ExamSession {
  if (s.checked.includes(questionId)) return s;
  const responses = { ...s.responses };
  if (response === undefined || (response.kind === "choice" && response.selected.length === 0)) delete responses[questionId];
  else responses[questionId] = response;
  return { ...s, responses };
}

export function toggleFlag(s: ExamSession, questionId: string): ExamSession {
  return { ...s, flagged: s.flagged.includes(questionId) ? s.flagged.filter((id) => id !== questionId) : [...s.flagged, questionId] };
}

export function goTo(s: ExamSession, index: number): ExamSession {
  return { ...s, current: Math.min(Math.max(0, index), s.questionIds.length - 1) };
}

export function markChecked(s: ExamSession, questionId: string): ExamSession {
  return s.checked.includes(questionId) ? s : { ...s, checked: [...s.checked, questionId] };
}

export function unanswered(s: ExamSession): string[] {
  return s.questionIds.filter((id) => !s.responses[id]);
}

/**
 * What is missing from an answer that has been started but cannot be right as it stands: a multiple-response
 * question with fewer or more choices than it asks for, or a matching question with an item left unmatched. The exam
 * gives no partial credit, so such an answer is scored as incorrect. Undefined for a complete answer, and for no
 * answer at all (see `unanswered`). An ordering answer is always complete: every step has a place.
 */
export function incompleteReason(question: Question, response: Response | undefined): string | undefined {
  if (!response) return undefined;
  if (question.type === "multiple-response" && response.kind === "choice") {
    const need = choiceCount(question);
    const chosen = response.selected.length;
    if (chosen < need) return `${chosen} of ${need} choices made`;
    if (chosen > need) return `${chosen} chosen, but it asks for ${need}`;
  }
  if (question.type === "matching" && response.kind === "matching") {
    const matched = question.pairs.filter((p) => response.matches[p.id]).length;
    if (matched < question.pairs.length) return `${matched} of ${question.pairs.length} items matched`;
  }
  return undefined;
}

/** The exam's questions answered in part (see `incompleteReason`), in exam order. */
export function partlyAnswered(s: ExamSession, questions: readonly Question[]): string[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return s.questionIds.filter((id) => {
    const question = byId.get(id);
    return question !== undefined && incompleteReason(question, s.responses[id]) !== undefined;
  });
}
