import { z } from "zod";
import { sessionSchema, type ExamSession } from "../exam/session";

/**
 * Exam persistence: the exam in progress (saved after every change, so a reload or a crash resumes it) and the
 * list of finished exams. The review feature folds this into the single progress document.
 */

export const CURRENT_EXAM_KEY = "cc-exam-current";
export const EXAM_HISTORY_KEY = "cc-exam-history";

export const examRecordSchema = z.object({
  session: sessionSchema,
  submittedAt: z.number(),
  correct: z.number().int().min(0),
  total: z.number().int().min(1),
  percent: z.number(),
  scaled: z.number().int(),
  passed: z.boolean(),
  autoSubmitted: z.boolean(),
});
export type ExamRecord = z.infer<typeof examRecordSchema>;
const historySchema = z.array(examRecordSchema);

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function createExamStore(storage: () => StorageLike | null) {
  const read = <T>(key: string, schema: z.ZodType<T>): T | undefined => {
    try {
      const raw = storage()?.getItem(key);
      if (!raw) return undefined;
      const parsed = schema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  };
  const write = (key: string, value: unknown): boolean => {
    try {
      const s = storage();
      if (!s) return false;
      s.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  };
  return {
    loadCurrent: (): ExamSession | undefined => read(CURRENT_EXAM_KEY, sessionSchema),
    /** Returns false when the browser refused to store it (the exam still runs in memory). */
    saveCurrent: (s: ExamSession): boolean => write(CURRENT_EXAM_KEY, s),
    clearCurrent: (): void => {
      try {
        storage()?.removeItem(CURRENT_EXAM_KEY);
      } catch {
        // nothing stored, nothing to clear
      }
    },
    history: (): ExamRecord[] => read(EXAM_HISTORY_KEY, historySchema) ?? [],
    addRecord(record: ExamRecord): boolean {
      const history = read(EXAM_HISTORY_KEY, historySchema) ?? [];
      return write(EXAM_HISTORY_KEY, [...history.filter((r) => r.session.id !== record.session.id), record]);
    },
  };
}

const browserStorage = () => {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
};

export const examStore = createExamStore(browserStorage);
