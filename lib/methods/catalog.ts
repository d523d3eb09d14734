/**
 * The seven customization methods the selector asks about, each tied to the concept page that teaches it.
 * `key` is the keyboard shortcut in the selector; `effort` is the cost/effort ladder used to break exact ties
 * (the exam favours the least-effort option that meets the need).
 */
export const METHODS = {
  "supervised-fine-tuning": { label: "Supervised fine-tuning", concept: "supervised-fine-tuning", key: "1", effort: 4 },
  "reinforcement-fine-tuning": { label: "Reinforcement fine-tuning", concept: "reinforcement-fine-tuning", key: "2", effort: 5 },
  distillation: { label: "Distillation", concept: "distillation", key: "3", effort: 4 },
  "continued-pre-training": { label: "Continued pre-training", concept: "continued-pre-training", key: "4", effort: 6 },
  rag: { label: "Retrieval-augmented generation (RAG)", concept: "rag-vs-fine-tuning", key: "5", effort: 2 },
  "prompt-engineering": { label: "Prompt engineering", concept: "prompt-engineering", key: "6", effort: 1 },
  "provisioned-throughput": { label: "Provisioned Throughput", concept: "provisioned-throughput", key: "7", effort: 3 },
} as const;

export type MethodId = keyof typeof METHODS;
export const METHOD_IDS = Object.keys(METHODS) as [MethodId, ...MethodId[]];

export function isMethodId(value: string): value is MethodId {
  return Object.hasOwn(METHODS, value);
}

export function methodLabel(id: MethodId): string {
  return METHODS[id].label;
}
