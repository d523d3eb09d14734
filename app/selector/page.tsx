import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { ScenarioPlayground } from "@/components/selector/scenario-playground";
import { SelectorQuiz } from "@/components/selector/selector-quiz";
import { getConcepts } from "@/lib/content";
import { methodViews } from "@/lib/selector/view";

export const metadata: Metadata = pageMetadata({ title: "Method selector", description: "Drill exam-style scenarios: pick the customization method, then see the words that should have told you.", path: "/selector" });

export default function SelectorPage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Method selector</h1>
      <p className="mt-3 max-w-2xl text-zinc-700 dark:text-zinc-300">
        Exam-style scenarios, one method each: supervised or reinforcement fine-tuning, distillation, continued pre-training,
        RAG, prompt engineering or Provisioned Throughput.
      </p>
      <div className="mt-8">
        <SelectorQuiz methods={methodViews(getConcepts())} />
      </div>
      <div className="mt-12">
        <ScenarioPlayground />
      </div>
    </>
  );
}
