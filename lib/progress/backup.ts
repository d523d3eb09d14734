import { cardsFromAnswers, migrate, safeJsonParse } from "./migrate";
import { DISCARDS_KEPT, type AnswerRecord, type Progress } from "./schema";

/** Largest backup file accepted for import. A year of daily study is well under 1 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function exportFileName(now: Date): string {
  return `customization-coach-progress-${now.toISOString().slice(0, 10)}.json`;
}

export function exportText(doc: Progress): string {
  return JSON.stringify(doc, null, 2);
}

export type ImportResult = { ok: true; doc: Progress } | { ok: false; error: string };

/**
 * Reads a backup file as untrusted input: size limit first, then JSON parsed without prototype keys, then the
 * same schema and migrations as stored progress. Every failure is a sentence the learner can act on.
 */
export function parseImport(text: string, byteLength: number = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) return { ok: false, error: `That file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; a progress backup is never more than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was changed.` };
  let raw: unknown;
  try {
    raw = safeJsonParse(text);
  } catch {
    return { ok: false, error: "That file is not valid JSON, so it cannot be a progress backup. Nothing was changed." };
  }
  if (typeof raw !== "object" || raw === null || !("version" in raw) || ((raw as { version: unknown }).version !== 1 && (raw as { app?: unknown }).app !== "customization-coach")) {
    return { ok: false, error: "That JSON file is not a Customization Coach progress backup. Nothing was changed." };
  }
  const result = migrate(raw);
  if (!result.ok) return { ok: false, error: `That backup cannot be read: ${result.reason}. Nothing was changed.` };
  return { ok: true, doc: result.doc };
}

const answerKey = (a: AnswerRecord) => `${a.questionId}|${a.at}|${a.source}`;

/**
 * Merges two progress documents: every answer and every finished exam from both (duplicates counted once), the
 * review cards rebuilt from the merged answers, and this device's exam in progress and settings kept. An exam in
 * progress that either side has already finished or discarded is not in progress any more (the other side's is
 * taken instead); the discarded exams of both are remembered.
 */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const answers = new Map<string, AnswerRecord>();
  for (const a of [...mine.answers, ...theirs.answers]) answers.set(answerKey(a), a);
  const merged = [...answers.values()].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  const exams = [...mine.exams, ...theirs.exams.filter((e) => !mine.exams.some((m) => m.session.id === e.session.id))].sort((a, b) => a.submittedAt - b.submittedAt);
  const discarded = [...new Set([...(theirs.discardedExams ?? []), ...(mine.discardedExams ?? [])])].slice(-DISCARDS_KEPT);
  return {
    ...mine,
    answers: merged,
    exams,
    cards: cardsFromAnswers(merged),
    currentExam: [mine.currentExam, theirs.currentExam].find((s) => s && !exams.some((e) => e.session.id === s.id) && !discarded.includes(s.id)) ?? null,
    ...(discarded.length ? { discardedExams: discarded } : {}),
    settings: { ...theirs.settings, ...mine.settings },
  };
}
