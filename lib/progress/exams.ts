import type { ExamSession } from "../exam/session";
import { progressStore } from "./browser";
import type { ExamRecord } from "./schema";
import type { ProgressStore } from "./store";

export { examRecordSchema, type ExamRecord } from "./schema";

/** Exams in the progress document: the one in progress (saved after every change) and the finished ones. */
export function createExamStore(store: ProgressStore) {
  const saved = () => store.status().kind === "ok" || store.status().kind === "recovered";
  return {
    loadCurrent: (): ExamSession | undefined => store.get().currentExam ?? undefined,
    /** Returns false when the browser is not saving (the exam still runs in memory). */
    saveCurrent(session: ExamSession): boolean {
      store.update((doc) => ({ ...doc, currentExam: session }));
      return saved();
    },
    clearCurrent(): void {
      store.update((doc) => ({ ...doc, currentExam: null }));
    },
    history: (): ExamRecord[] => store.get().exams,
    addRecord(record: ExamRecord): boolean {
      store.update((doc) => ({ ...doc, exams: [...doc.exams.filter((r) => r.session.id !== record.session.id), record] }));
      return saved();
    },
  };
}

export const examStore = createExamStore(progressStore);
