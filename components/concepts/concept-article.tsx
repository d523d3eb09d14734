import type { Concept, TocEntry } from "@/lib/content/schema";
import { ConceptCard } from "./concept-card";
import { ExamSignals } from "./exam-signals";
import { MisconceptionList } from "./misconception-list";
import { SourceList } from "./source-list";
import { TableOfContents } from "./table-of-contents";

type Related = { slug: string; title: string; summary: string };

/** A concept page: the Markdown sections, each followed by the structured block that belongs to it. */
/** `moreToc` lists blocks the page adds after the article (the "Check yourself" questions), so the contents reach them. */
export function ConceptArticle({ concept, related, moreToc = [] }: { concept: Concept; related: readonly Related[]; moreToc?: readonly TocEntry[] }) {
  const extras: Record<string, React.ReactNode> = {
    "Common misconceptions": <MisconceptionList items={concept.misconceptions} />,
    "How it shows up on the exam": <ExamSignals signals={concept.signals} />,
    "Related concepts": (
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {related.map((r) => (
          <ConceptCard key={r.slug} {...r} />
        ))}
      </ul>
    ),
    Sources: <SourceList sources={concept.sources} />,
  };

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-10">
      <div className="lg:order-2">
        <div className="lg:sticky lg:top-4">
          <TableOfContents entries={moreToc.length ? [...concept.toc, ...moreToc] : concept.toc} />
        </div>
      </div>
      <div className="mt-6 min-w-0 lg:order-1 lg:mt-0">
        {concept.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id} className="mt-10 first:mt-0">
            <h2 id={section.id} className="group text-2xl font-bold tracking-tight">
              <a href={`#${section.id}`} className="hover:underline">
                {section.title}
              </a>
            </h2>
            <div className="prose mt-4" dangerouslySetInnerHTML={{ __html: section.html }} />
            {extras[section.title]}
          </section>
        ))}
      </div>
    </div>
  );
}
