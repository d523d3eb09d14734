import type { ExamSession } from "../exam/session";
import { progressStore } from "./browser";
import { DISCARDS_KEPT, type ExamRecord, type Progress } from "./schema";
import type { ProgressStore } from "./store";

export { examRecordSchema, type ExamRecord } from "./schema";

/**
 * Exams in the progress document: the one in progress (saved after every change) and the finished ones. Another tab
 * may hold the same exam: every change is applied to the latest stored copy, and a session is submitted once. The
 * first result stored for it stands, and a tab that still holds it can no longer save it as the exam in progress.
 */
export function createExamStore(store: ProgressStore) {
  const saved = () => store.status().kind === "ok" || store.status().kind === "recovered";
  const finished = (doc: { exams: readonly ExamRecord[] }, sessionId: string) => doc.exams.find((r) => r.session.id === sessionId);
  const discarded = (doc: Progress, sessionId: string) => doc.discardedExams?.includes(sessionId) ?? false;
  /** Submitted or discarded: no longer an exam that can be in progress. */
  const ended = (doc: Progress, sessionId: string) => finished(doc, sessionId) !== undefined || discarded(doc, sessionId);
  return {
    loadCurrent: (): ExamSession | undefined => store.get().currentExam ?? undefined,
    /**
     * Saves the exam in progress, unless it has been submitted or discarded (in another tab). Returns false when the
     * browser is not saving (the exam still runs in memory).
     */
    saveCurrent(session: ExamSession): boolean {
      store.update((doc) => (ended(doc, session.id) ? doc : { ...doc, currentExam: session }));
      return saved();
    },
    /**
     * Ends a session unscored: it stops being the exam in progress (if it still is: another tab may have started a
     * new one since) and is remembered as discarded, so a tab still holding it neither saves it back nor scores it.
     */
    discard(sessionId: string): void {
      store.update((doc) => {
        const currentExam = doc.currentExam?.id === sessionId ? null : doc.currentExam;
        if (ended(doc, sessionId)) return currentExam === doc.currentExam ? doc : { ...doc, currentExam };
        return { ...doc, currentExam, discardedExams: [...(doc.discardedExams ?? []), sessionId].slice(-DISCARDS_KEPT) };
      });
    },
    /** True once the session has been discarded, here or in another tab. */
    wasDiscarded: (sessionId: string): boolean => discarded(store.get(), sessionId),
    history: (): ExamRecord[] => store.get().exams,
    /** The stored result of a session, if it has been submitted. */
    resultOf: (sessionId: string): ExamRecord | undefined => finished(store.get(), sessionId),
    /**
     * Stores a finished exam, and it stops being the exam in progress (in the same write). If its session was already
     * submitted (in another tab), that result stands: `added` is false and `record` is the stored one. A session
     * discarded (in another tab) is not stored at all: `added` is false.
     */
    addRecord(record: ExamRecord): { added: boolean; record: ExamRecord } {
      let earlier: ExamRecord | undefined;
      let dropped = false;
      store.update((doc) => {
        dropped = discarded(doc, record.session.id);
        if (dropped) return doc;
        earlier = finished(doc, record.session.id);
        const current = doc.currentExam?.id === record.session.id ? null : doc.currentExam;
        if (earlier) return current === doc.currentExam ? doc : { ...doc, currentExam: current };
        return { ...doc, exams: [...doc.exams, record], currentExam: current };
      });
      return earlier ? { added: false, record: earlier } : { added: !dropped, record };
    },
  };
}

export const examStore = createExamStore(progressStore);
