import type { ExamBank } from "@/lib/exam/bank";
import { loadStaticJson } from "@/components/ui/static-json";

const isBank = (data: unknown): data is ExamBank => typeof data === "object" && data !== null && Array.isArray((data as ExamBank).questions);

/** Fetches the static question bank (/data/bank.json) the exam and review pages load on demand. */
export function loadBank(): Promise<ExamBank> {
  return loadStaticJson("/data/bank.json", isBank);
}
