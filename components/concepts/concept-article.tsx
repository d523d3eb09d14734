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
      {/* The sections after the first are laid out only as they come near the screen: most of the page's first
          layout was for text far below it (see `lazy-block`, and RENDER_ALL for when every block is laid out). */}
      <div className="mt-6 flex min-w-0 flex-col gap-10 lg:order-1 lg:mt-0">
        {concept.sections.map((section, i) => (
          <section key={section.id} aria-labelledby={section.id} className={i === 0 ? undefined : "lazy-block [--lazy-block-size:40rem]"}>
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
