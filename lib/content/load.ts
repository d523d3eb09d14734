import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildConcepts } from "./concepts";
import { buildQuestions } from "./questions";
import type { ContentIssue } from "./issues";
import type { Concept, Question } from "./schema";
import { parseSourceFile, type SourceFile } from "./source-file";

export type LoadedContent = {
  concepts: readonly Concept[];
  questions: readonly Question[];
  issues: readonly ContentIssue[];
};

/** Markdown files below `dir`, sorted, as paths relative to `dir`; an absent folder has none. */
function markdownFiles(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".md") && path.basename(f) !== "README.md")
    .sort();
}

/** Reads and parses every file in a collection folder; unreadable or malformed files become issues. */
function readCollection(contentDir: string, collection: string, displayRoot: string, issues: ContentIssue[]) {
  const dir = path.join(contentDir, collection);
  const out: { source: SourceFile; slug: string }[] = [];
  for (const rel of markdownFiles(dir)) {
    const abs = path.join(dir, rel);
    const display = path.relative(displayRoot, abs).split(path.sep).join("/");
    const result = parseSourceFile(display, readFileSync(abs));
    if (result.ok) out.push({ source: result.source, slug: path.basename(rel, ".md") });
    else issues.push(...result.issues);
  }
  return out;
}

/**
 * Loads, validates and renders all content under `contentDir`: `concepts/` and `questions/`.
 * Paths in issues are relative to `displayRoot` (the working directory by default), as an editor expects.
 */
export function loadContent(contentDir: string, displayRoot: string = process.cwd()): LoadedContent {
  const issues: ContentIssue[] = [];
  const conceptFiles = readCollection(contentDir, "concepts", displayRoot, issues);
  if (conceptFiles.length === 0 && issues.length === 0) {
    issues.push({ file: path.relative(displayRoot, path.join(contentDir, "concepts")) || ".", line: 1, field: "concepts", message: "no concept pages found" });
  }
  const concepts = buildConcepts(conceptFiles, issues);
  const conceptSlugs = new Set(conceptFiles.map((f) => f.slug));
  const questions = buildQuestions(readCollection(contentDir, "questions", displayRoot, issues), concepts, conceptSlugs, issues);
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { concepts: Object.freeze(concepts), questions: Object.freeze(questions), issues: Object.freeze(issues) };
}
