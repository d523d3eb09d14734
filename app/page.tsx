import Link from "@/components/ui/link";
import { ConceptCard } from "@/components/concepts/concept-card";
import { Dashboard } from "@/components/progress/dashboard";
import { getConceptsInReadingOrder, getQuestions } from "@/lib/content";
import { SITE } from "@/lib/site/config";

export default function Home() {
  const concepts = getConceptsInReadingOrder();
  const first = concepts[0];
  return (
    <>
      <section aria-labelledby="intro-title" className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">AWS Certified AI Practitioner · AIF-C01</p>
        <h1 id="intro-title" className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
          {SITE.tagline}
        </h1>
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
          The exam keeps asking one kind of question: a company wants a model to do something, which customization method
          fits? This site teaches that decision — supervised and reinforcement fine-tuning, distillation, continued
          pre-training, retrieval-augmented generation, prompt engineering and Provisioned Throughput — with the
          misconceptions the exam probes and the scenario wording that gives the answer away.
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          {first ? (
            <Link
              href={`/concepts/${first.slug}`}
              className="inline-flex min-h-11 items-center rounded-md bg-indigo-700 px-5 font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200"
            >
              Start with: {first.title}
            </Link>
          ) : null}
          <Link
            href="/selector"
            className="inline-flex min-h-11 items-center rounded-md border border-zinc-400 px-5 font-semibold hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800"
          >
            Drill scenarios in the method selector
          </Link>
          <Link
            href="/exam"
            className="inline-flex min-h-11 items-center rounded-md border border-zinc-400 px-5 font-semibold hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800"
          >
            Sit a practice exam
          </Link>
        </p>
      </section>

      <div className="mt-10">
        <Dashboard compact questions={getQuestions().map((q) => ({ id: q.id, concepts: q.concepts }))} concepts={concepts.map((c) => ({ slug: c.slug, title: c.title }))} />
      </div>

      <section aria-labelledby="how-title" className="mt-12">
        <h2 id="how-title" className="text-xl font-bold">
          How each page teaches
        </h2>
        <ul className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
          <li className="rounded-lg bg-zinc-100 p-4 dark:bg-zinc-900">
            <strong className="block text-base">A mental model and a comparison</strong>
            What the method is, what it changes, and a table against the alternatives.
          </li>
          <li className="rounded-lg bg-zinc-100 p-4 dark:bg-zinc-900">
            <strong className="block text-base">Myth → truth</strong>
            The wrong beliefs exam questions are built to catch, each corrected.
          </li>
          <li className="rounded-lg bg-zinc-100 p-4 dark:bg-zinc-900">
            <strong className="block text-base">Scenarios with the clues marked</strong>
            In the method selector, every answer shows the words in the scenario that should have told you, and why.
          </li>
          <li className="rounded-lg bg-zinc-100 p-4 dark:bg-zinc-900">
            <strong className="block text-base">A practice exam in the real format</strong>
            Four question types, all-or-nothing scoring, the real pace, and an honest estimated scaled score.
          </li>
          <li className="rounded-lg bg-zinc-100 p-4 dark:bg-zinc-900">
            <strong className="block text-base">Exam signals and sources</strong>
            The scenario phrases that point to the method, and the official AWS pages behind every fact.
          </li>
        </ul>
      </section>

      <section aria-labelledby="concepts-title" className="mt-12">
        <h2 id="concepts-title" className="text-xl font-bold">
          All {concepts.length} concepts
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {concepts.map((c) => (
            <ConceptCard key={c.slug} slug={c.slug} title={c.title} summary={c.summary} />
          ))}
        </ul>
      </section>
    </>
  );
}
