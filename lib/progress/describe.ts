import type { Question } from "../content/schema";
import { isMethodId, METHODS } from "../methods/catalog";
import type { AnswerRecord } from "./schema";

/** A learner's recorded response in words, for "your last wrong answer". */
export function describeResponse(question: Question | undefined, response: AnswerRecord["response"]): string {
  if (response.kind === "method") return METHODS[response.method].label;
  if (!question) return "an earlier answer";
  if (response.kind === "choice" && (question.type === "single" || question.type === "multiple-response")) {
    const texts = response.selected.map((id) => {
      const o = question.options.find((x) => x.id === id);
      return o ? (isMethodId(o.text) ? METHODS[o.text].label : o.text) : id;
    });
    return texts.length ? texts.join("; ") : "nothing selected";
  }
  if (response.kind === "ordering" && question.type === "ordering") {
    return response.order.map((id, i) => `${i + 1}. ${question.steps.find((s) => s.id === id)?.text ?? id}`).join(" → ");
  }
  if (response.kind === "matching" && question.type === "matching") {
    return question.pairs.map((p) => `${p.prompt} → ${question.responses.find((r) => r.id === response.matches[p.id])?.text ?? "(none)"}`).join("; ");
  }
  return "an earlier answer";
}
