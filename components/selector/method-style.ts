import type { MethodId } from "@/lib/methods/catalog";

/**
 * Each method's highlight: a tinted background, a solid underline in the method's colour and a short text tag,
 * so the method is told by colour, by line and by label (never by colour alone). Literal class strings so
 * Tailwind finds them.
 */
export const METHOD_STYLE: Record<MethodId, { tag: string; mark: string; swatch: string }> = {
  "supervised-fine-tuning": {
    tag: "SFT",
    mark: "bg-sky-100 decoration-sky-700 dark:bg-sky-900/60 dark:decoration-sky-300",
    swatch: "bg-sky-100 border-sky-700 dark:bg-sky-900/60 dark:border-sky-300",
  },
  "reinforcement-fine-tuning": {
    tag: "RFT",
    mark: "bg-violet-100 decoration-violet-700 dark:bg-violet-900/60 dark:decoration-violet-300",
    swatch: "bg-violet-100 border-violet-700 dark:bg-violet-900/60 dark:border-violet-300",
  },
  distillation: {
    tag: "DIST",
    mark: "bg-teal-100 decoration-teal-700 dark:bg-teal-900/60 dark:decoration-teal-300",
    swatch: "bg-teal-100 border-teal-700 dark:bg-teal-900/60 dark:border-teal-300",
  },
  "continued-pre-training": {
    tag: "CPT",
    mark: "bg-amber-100 decoration-amber-700 dark:bg-amber-900/60 dark:decoration-amber-300",
    swatch: "bg-amber-100 border-amber-700 dark:bg-amber-900/60 dark:border-amber-300",
  },
  rag: {
    tag: "RAG",
    mark: "bg-emerald-100 decoration-emerald-700 dark:bg-emerald-900/60 dark:decoration-emerald-300",
    swatch: "bg-emerald-100 border-emerald-700 dark:bg-emerald-900/60 dark:border-emerald-300",
  },
  "prompt-engineering": {
    tag: "PE",
    mark: "bg-pink-100 decoration-pink-700 dark:bg-pink-900/60 dark:decoration-pink-300",
    swatch: "bg-pink-100 border-pink-700 dark:bg-pink-900/60 dark:border-pink-300",
  },
  "provisioned-throughput": {
    tag: "PT",
    mark: "bg-orange-100 decoration-orange-700 dark:bg-orange-900/60 dark:decoration-orange-300",
    swatch: "bg-orange-100 border-orange-700 dark:bg-orange-900/60 dark:border-orange-300",
  },
};
