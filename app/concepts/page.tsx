import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { ConceptCard } from "@/components/concepts/concept-card";
import { CONCEPT_GROUPS, getConceptsInReadingOrder, type ConceptGroup } from "@/lib/content";

export const metadata: Metadata = pageMetadata({ title: "Concepts", description: "Every model-customization method on the AIF-C01 exam, grouped: choosing a method, training methods, serving and cost.", path: "/concepts" });

export default function ConceptsIndex() {
  const concepts = getConceptsInReadingOrder();
  const groups = Object.entries(CONCEPT_GROUPS) as [ConceptGroup, string][];
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Concepts</h1>
      <p className="mt-3 max-w-2xl text-zinc-700 dark:text-zinc-300">
        Each page teaches one method: what it is, a mental model, when to use it, the misconceptions the exam probes and the
        scenario wording that points to it. Start with choosing a method if you are new to the topic.
      </p>
      {groups.map(([group, label]) => {
        const items = concepts.filter((c) => c.group === group);
        if (items.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`} className="mt-10">
            <h2 id={`group-${group}`} className="text-xl font-bold">
              {label}
            </h2>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2">
              {items.map((c) => (
                <ConceptCard key={c.slug} slug={c.slug} title={c.title} summary={c.summary} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
