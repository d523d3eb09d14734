import * as z from "@/lib/zod/mini";
import { sessionSchema } from "../exam/session-schema";
import { emptyProgress, examRecordSchema, progressSchema, progressV1Schema, type AnswerRecord, type Progress } from "./schema";
import { schedule, type StoredCard } from "./srs";

export { LEGACY_CURRENT_EXAM_KEY, LEGACY_EXAM_HISTORY_KEY } from "./empty";

/** JSON.parse that drops keys able to reach an object's prototype, so untrusted text cannot pollute it. */
export function safeJsonParse(text: string): unknown {
  return JSON.parse(text, (key, value) => (key === "__proto__" || key === "constructor" || key === "prototype" ? undefined : value));
}

/** Rebuilds every card by replaying the answers in time order: the schedule is a pure function of the answers. */
export function cardsFromAnswers(answers: readonly AnswerRecord[]): Record<string, StoredCard> {
  const cards: Record<string, StoredCard> = {};
  for (const a of [...answers].sort((x, y) => Date.parse(x.at) - Date.parse(y.at))) {
    cards[a.questionId] = schedule(cards[a.questionId], a, new Date(a.at));
  }
  return cards;
}

export type MigrationResult = { ok: true; doc: Progress; from: number | "legacy" | "empty" } | { ok: false; reason: string };

/**
 * Turns whatever is stored into the current document. `raw` is the parsed main document (undefined when absent);
 * `legacy` holds the first release's separate exam keys, folded in when found.
 *   v1 → v2: answers kept; cards rebuilt from them; exam history and the exam in progress moved in from their keys.
 * Anything else is reported, never guessed at.
 */
export function migrate(raw: unknown, legacy: { history?: unknown; current?: unknown } = {}): MigrationResult {
  const legacyExams = z.array(examRecordSchema).safeParse(legacy.history);
  const legacyCurrent = sessionSchema.safeParse(legacy.current);
  const withLegacy = (doc: Progress): Progress => ({
    ...doc,
    exams: legacyExams.success ? [...doc.exams, ...legacyExams.data.filter((e) => !doc.exams.some((d) => d.session.id === e.session.id))] : doc.exams,
    currentExam: doc.currentExam ?? (legacyCurrent.success ? legacyCurrent.data : null),
  });

  if (raw === undefined) {
    const hasLegacy = legacyExams.success || legacyCurrent.success;
    return { ok: true, doc: withLegacy(emptyProgress()), from: hasLegacy ? "legacy" : "empty" };
  }
  const current = progressSchema.safeParse(raw);
  if (current.success) return { ok: true, doc: current.data, from: 2 };
  const v1 = progressV1Schema.safeParse(raw);
  if (v1.success) {
    return { ok: true, doc: withLegacy({ ...emptyProgress(), answers: v1.data.answers, cards: cardsFromAnswers(v1.data.answers) }), from: 1 };
  }
  const version = typeof raw === "object" && raw !== null && "version" in raw ? (raw as { version: unknown }).version : undefined;
  if (typeof version === "number" && version > 2) return { ok: false, reason: `it was saved by a newer version of this app (format ${version})` };
  const issue = current.error.issues[0];
  return { ok: false, reason: issue ? `it does not match the expected format (${issue.path.join(".") || "document"}: ${issue.message})` : "it does not match the expected format" };
}
