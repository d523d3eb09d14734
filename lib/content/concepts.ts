import type { Root as MdRoot } from "mdast";
import type { ContentIssue } from "./issues";
import { countWords, headingsOf, parseMarkdown, renderSections } from "./markdown";
import {
  CONCEPT_SECTIONS,
  conceptFrontmatterSchema,
  MIN_CONCEPT_WORDS,
  normalizeSignal,
  slugSchema,
  type Concept,
  type ConceptFrontmatter,
} from "./schema";
import { frontmatterIssues, type SourceFile } from "./source-file";

const WORDS_PER_MINUTE = 200;

type Draft = { source: SourceFile; slug: string; data: ConceptFrontmatter; tree: MdRoot };

/** Validates one parsed concept file on its own: slug, frontmatter schema, body structure and length. */
function checkConcept(source: SourceFile, slug: string, issues: ContentIssue[]): Draft | undefined {
  const { file } = source;
  const slugCheck = slugSchema.safeParse(slug);
  if (!slugCheck.success) issues.push({ file, line: 1, field: "slug", message: `file name "${slug}" ${slugCheck.error.issues[0]?.message}` });

  const parsed = conceptFrontmatterSchema.safeParse(source.data);
  if (!parsed.success) issues.push(...frontmatterIssues(source, parsed.error, Object.keys(conceptFrontmatterSchema.shape)));

  const tree = parseMarkdown(source.body);
  const bodyLine = (line: number) => source.bodyStartLine + line - 1;
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

  return parsed.success ? { source, slug, data: parsed.data, tree } : undefined;
}

/**
 * Builds the concept collection: validates every file, then the links between them (duplicate slugs, related
 * pages that do not exist, misconception ids reused across pages). Returns every issue found, never the first.
 */
export function buildConcepts(files: readonly { source: SourceFile; slug: string }[], issues: ContentIssue[]): Concept[] {
  const drafts = files.map(({ source, slug }) => checkConcept(source, slug, issues));

  const firstFile = new Map<string, string>();
  for (const { source, slug } of files) {
    const seen = firstFile.get(slug);
    if (seen) issues.push({ file: source.file, line: 1, field: "slug", message: `duplicate slug "${slug}" (also ${seen})` });
    else firstFile.set(slug, source.file);
  }

  const misconceptionOwner = new Map<string, string>();
  for (const d of drafts) {
    if (!d) continue;
    const { file } = d.source;
    d.data.related.forEach((rel, i) => {
      const line = d.source.lineOf(["related", i]);
      if (!firstFile.has(rel)) issues.push({ file, line, field: `related[${i}]`, message: `unknown concept "${rel}"` });
      else if (rel === d.slug) issues.push({ file, line, field: `related[${i}]`, message: "a page cannot be related to itself" });
    });
    d.data.misconceptions.forEach((m, i) => {
      const owner = misconceptionOwner.get(m.id);
      if (owner) issues.push({ file, line: d.source.lineOf(["misconceptions", i, "id"]), field: `misconceptions[${i}].id`, message: `duplicate misconception id "${m.id}" (also in ${owner})` });
      else misconceptionOwner.set(m.id, file);
    });
  }

  return drafts
    .filter((d): d is Draft => d !== undefined)
    .map((d) => {
      const { sections, toc } = renderSections(d.tree);
      const words = countWords(d.tree);
      return Object.freeze({
        ...d.data,
        slug: d.slug,
        file: d.source.file,
        signals: Object.freeze(d.data.signals.map(normalizeSignal)),
        sections: Object.freeze(sections),
        toc: Object.freeze(toc),
        words,
        readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      });
    })
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
