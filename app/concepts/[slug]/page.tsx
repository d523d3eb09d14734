import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ConceptArticle } from "@/components/concepts/concept-article";
import { CheckYourself } from "@/components/concepts/check-yourself";
import { Pager } from "@/components/concepts/pager";
import { CONCEPT_GROUPS, getConcept, getConcepts, getConceptsInReadingOrder, getQuestions } from "@/lib/content";
import { checkQuestionsFor } from "@/lib/selector/check";
import { misconceptionIndex } from "@/lib/selector/view";
import { pageMetadata } from "@/lib/site/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return getConcepts().map((c) => ({ slug: c.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const concept = getConcept((await props.params).slug);
  return concept ? pageMetadata({ title: concept.title, description: concept.summary, path: `/concepts/${concept.slug}` }) : {};
}

export default async function ConceptPage(props: Props) {
  const { slug } = await props.params;
  const concept = getConcept(slug);
  if (!concept) notFound();

  const ordered = getConceptsInReadingOrder();
  const index = ordered.findIndex((c) => c.slug === slug);
  const related = concept.related.flatMap((r) => {
    const c = getConcept(r);
    return c ? [{ slug: c.slug, title: c.title, summary: c.summary }] : [];
  });
  const checks = checkQuestionsFor(concept, getQuestions());
  const misconceptionIds = new Set(checks.flatMap((q) => q.options.flatMap((o) => (o.misconception ? [o.misconception] : []))));
  const misconceptions = Object.fromEntries(Object.entries(misconceptionIndex(getConcepts())).filter(([id]) => misconceptionIds.has(id)));
  const updated = new Date(`${concept.updated}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-1 text-zinc-700 dark:text-zinc-300">
          <li>
            <Link href="/concepts" className="underline underline-offset-2">
              Concepts
            </Link>
            <span aria-hidden="true"> / </span>
          </li>
          <li>{CONCEPT_GROUPS[concept.group]}</li>
        </ol>
      </nav>
      <header className="mt-3 border-b border-zinc-200 pb-6 dark:border-zinc-800">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{concept.title}</h1>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{concept.summary}</p>
        <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300" aria-label="About this page">
          <li>{concept.readingMinutes} min read</li>
          <li>Exam task{concept.examTasks.length > 1 ? "s" : ""} {concept.examTasks.join(", ")}</li>
          <li>
            Reviewed <time dateTime={concept.updated}>{updated}</time>
          </li>
        </ul>
      </header>
      <div className="mt-8">
        <ConceptArticle concept={concept} related={related} moreToc={checks.length ? [{ id: "check-yourself", text: "Check yourself", depth: 2 }] : []} />
      </div>
      <CheckYourself questions={checks} misconceptions={misconceptions} />
      <Pager previous={ordered[index - 1]} next={ordered[index + 1]} />
    </article>
  );
}
