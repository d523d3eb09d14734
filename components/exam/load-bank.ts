import type { ExamBank, ExamIndex } from "@/lib/exam/bank";
import { loadStaticJson } from "@/components/ui/static-json";

const isBank = (data: unknown): data is ExamBank => typeof data === "object" && data !== null && Array.isArray((data as ExamBank).questions);
const isIndex = (data: unknown): data is ExamIndex =>
  typeof data === "object" && data !== null && Array.isArray((data as ExamIndex).questions) && Array.isArray((data as ExamIndex).concepts);

/** Fetches the static question bank (/data/bank.json) the exam and review pages load on demand. */
export function loadBank(): Promise<ExamBank> {
  return loadStaticJson("/data/bank.json", isBank);
}

/** Fetches the exam setup's index (/data/exam-index.json): ids and concepts, without the questions themselves. */
export function loadExamIndex(): Promise<ExamIndex> {
  return loadStaticJson("/data/exam-index.json", isIndex);
}
