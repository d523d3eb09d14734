import type { ContentIssue } from "./issues";
import { countWords, headingsOf, parseMarkdown, renderSections, unsupportedMarkdown } from "./markdown";
import {
  CONCEPT_SECTIONS,
  conceptFrontmatterSchema,
  MIN_CONCEPT_WORDS,
  normalizeSignal,
  slugSchema,
  type Concept,
  type ConceptFrontmatter,
  type RenderedSection,
  type TocEntry,
} from "./schema";
import { frontmatterIssues, type SourceFile } from "./source-file";

const WORDS_PER_MINUTE = 200;

/**
 * A page whose frontmatter is valid, already rendered, with a way to find the lines the link checks may report.
 * The Markdown tree is not kept: for a thousand pages it would dominate the checker's memory while the links
 * between pages are checked.
 */
type Draft = {
  file: string;
  slug: string;
  data: ConceptFrontmatter;
  sections: RenderedSection[];
  toc: TocEntry[];
  words: number;
  /** The frontmatter line of a field, for the link checks (reads the YAML again only when one fails). */
  lineOf: SourceFile["lineOf"];
};

/** Validates one parsed concept file on its own (slug, frontmatter schema, body structure and length) and renders it. */
function checkConcept(source: SourceFile, slug: string, issues: ContentIssue[]): Draft | undefined {
  const { file } = source;
  const slugCheck = slugSchema.safeParse(slug);
  if (!slugCheck.success) issues.push({ file, line: 1, field: "slug", message: `file name "${slug}" ${slugCheck.error.issues[0]?.message}` });

  const parsed = conceptFrontmatterSchema.safeParse(source.data);
  if (!parsed.success) issues.push(...frontmatterIssues(source, parsed.error, Object.keys(conceptFrontmatterSchema.shape)));

  const tree = parseMarkdown(source.body);
  const bodyLine = (line: number) => source.bodyStartLine + line - 1;
  for (const u of unsupportedMarkdown(source.body)) issues.push({ file, line: bodyLine(u.line), field: "body", message: u.message });
  const headings = headingsOf(tree);
  for (const h of headings.filter((h) => h.depth === 1)) {
    issues.push({ file, line: bodyLine(h.line), field: "body", message: `H1 "${h.text}" not allowed: the title comes from the frontmatter; use ## sections` });
  }
  const h2 = headings.filter((h) => h.depth === 2);
  const titles = h2.map((h) => h.text);
  for (const [i, expected] of CONCEPT_SECTIONS.entries()) {
    if (!titles.includes(expected)) {
      const next = CONCEPT_SECTIONS.slice(i + 1).map((t) => h2.find((h) => h.text === t)).find(Boolean);
      issues.push({ file, line: next ? bodyLine(next.line) : bodyLine(tree.position?.end.line ?? 1), field: "body", message: `missing required section "## ${expected}"` });
    }
  }
  for (const h of h2) {
    if (!(CONCEPT_SECTIONS as readonly string[]).includes(h.text)) {
      issues.push({ file, line: bodyLine(h.line), field: "body", message: `unexpected section "## ${h.text}" (sections are: ${CONCEPT_SECTIONS.join(" · ")})` });
    }
  }
  const known = h2.filter((h) => (CONCEPT_SECTIONS as readonly string[]).includes(h.text));
  const inOrder = known.every((h, i) => i === 0 || CONCEPT_SECTIONS.indexOf(h.text as never) > CONCEPT_SECTIONS.indexOf(known[i - 1]!.text as never));
  if (!inOrder) issues.push({ file, line: bodyLine(known[0]?.line ?? 1), field: "body", message: `sections out of order (expected: ${CONCEPT_SECTIONS.join(" · ")})` });

  const whenHeading = h2.find((h) => h.text === "When to use it");
  if (whenHeading) {
    const start = tree.children.findIndex((n) => n.type === "heading" && n.position?.start.line === whenHeading.line);
    const end = tree.children.findIndex((n, i) => i > start && n.type === "heading" && n.depth <= 2);
    const hasTable = tree.children.slice(start + 1, end === -1 ? undefined : end).some((n) => n.type === "table");
    if (!hasTable) issues.push({ file, line: bodyLine(whenHeading.line), field: "body", message: 'section "When to use it" needs a comparison table' });
  }

  const words = countWords(tree);
  if (words < MIN_CONCEPT_WORDS) {
    issues.push({ file, line: source.bodyStartLine, field: "body", message: `too short: ${words} words (at least ${MIN_CONCEPT_WORDS})` });
  }

  if (!parsed.success) return undefined;
  const rendered = renderSections(tree);
  // A copy, because strings cut out of the file (title, summary, headings) are slices that keep the whole file alive.
  const { data, toc } = structuredClone({ data: parsed.data, toc: rendered.toc });
  return {
    file,
    slug,
    data,
    sections: rendered.sections,
    toc,
    words,
    lineOf: source.lineOf,
  };
}

/**
 * Builds the concept collection: validates every file (one at a time, as `files` yields them), then the links
 * between them (duplicate slugs, related pages that do not exist, misconception ids reused across pages). Returns
 * every issue found, never the first.
 */
export function buildConcepts(files: Iterable<{ source: SourceFile; slug: string }>, issues: ContentIssue[]): Concept[] {
  const drafts: Draft[] = [];
  const firstFile = new Map<string, string>();
  for (const { source, slug } of files) {
    const draft = checkConcept(source, slug, issues);
    if (draft) drafts.push(draft);
    const seen = firstFile.get(slug);
    if (seen) issues.push({ file: source.file, line: 1, field: "slug", message: `duplicate slug "${slug}" (also ${seen})` });
    else firstFile.set(slug, source.file);
  }

  const misconceptionOwner = new Map<string, string>();
  for (const d of drafts) {
    const { file } = d;
    d.data.related.forEach((rel, i) => {
      if (!firstFile.has(rel)) issues.push({ file, line: d.lineOf(["related", i]), field: `related[${i}]`, message: `unknown concept "${rel}"` });
      else if (rel === d.slug) issues.push({ file, line: d.lineOf(["related", i]), field: `related[${i}]`, message: "a page cannot be related to itself" });
    });
    d.data.misconceptions.forEach((m, i) => {
      const owner = misconceptionOwner.get(m.id);
      if (owner) issues.push({ file, line: d.lineOf(["misconceptions", i, "id"]), field: `misconceptions[${i}].id`, message: `duplicate misconception id "${m.id}" (also in ${owner})` });
      else misconceptionOwner.set(m.id, file);
    });
  }

  return drafts
    .map((d) =>
      Object.freeze({
        ...d.data,
        slug: d.slug,
        file: d.file,
        signals: Object.freeze(d.data.signals.map(normalizeSignal)),
        sections: Object.freeze(d.sections),
        toc: Object.freeze(d.toc),
        words: d.words,
        readingMinutes: Math.max(1, Math.round(d.words / WORDS_PER_MINUTE)),
      }),
    )
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
