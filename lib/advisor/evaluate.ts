import { METHOD_IDS, type MethodId } from "../methods/catalog";
import type { Advisor } from "./index";

export type LabeledScenario = { id: string; text: string; method: MethodId };
export type Evaluation = {
  total: number;
  correct: number;
  accuracy: number;
  /** confusion[expected][predicted]; "none" is the advisor declining to answer. */
  confusion: Record<MethodId, Record<MethodId | "none", number>>;
  misses: { id: string; expected: MethodId; predicted: MethodId | null }[];
};

/** Top-1 accuracy and a confusion matrix of the advisor on labeled scenarios. */
export function evaluate(advisor: Advisor, items: readonly LabeledScenario[]): Evaluation {
  const confusion = Object.fromEntries(
    METHOD_IDS.map((m) => [m, Object.fromEntries([...METHOD_IDS, "none"].map((p) => [p, 0]))]),
  ) as Evaluation["confusion"];
  const misses: Evaluation["misses"] = [];
  let correct = 0;
  for (const item of items) {
    const predicted = advisor.advise(item.text).method;
    confusion[item.method][predicted ?? "none"]++;
    if (predicted === item.method) correct++;
    else misses.push({ id: item.id, expected: item.method, predicted });
  }
  return { total: items.length, correct, accuracy: items.length ? correct / items.length : 0, confusion, misses };
}

const SHORT: Record<MethodId | "none", string> = {
  "supervised-fine-tuning": "SFT",
  "reinforcement-fine-tuning": "RFT",
  distillation: "DIST",
  "continued-pre-training": "CPT",
  rag: "RAG",
  "prompt-engineering": "PE",
  "provisioned-throughput": "PT",
  none: "none",
};

/** The matrix as aligned text: rows are the expected method, columns the advisor's answer. */
export function formatConfusion(e: Evaluation): string {
  const cols = [...METHOD_IDS, "none"] as const;
  const head = ["expected \\ got".padEnd(16), ...cols.map((c) => SHORT[c].padStart(5))].join("");
  const rows = METHOD_IDS.map((m) => [SHORT[m].padEnd(16), ...cols.map((c) => String(e.confusion[m][c] || ".").padStart(5))].join(""));
  return [head, ...rows].join("\n");
}
