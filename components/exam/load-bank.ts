import type { ExamBank } from "@/lib/exam/bank";

/** Fetches the static question bank (/data/bank.json) the exam and review pages load on demand. */
export async function loadBank(): Promise<ExamBank> {
  const res = await fetch("/data/bank.json");
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const data = (await res.json()) as ExamBank;
  if (!Array.isArray(data.questions)) throw new Error("unexpected bank format");
  return data;
}
