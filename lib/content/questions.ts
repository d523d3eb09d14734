import type { List, ListItem, Root as MdRoot, RootContent, Table } from "mdast";
import { isMethodId, METHODS } from "../methods/catalog";
import type { ContentIssue } from "./issues";
import { fieldName, valueAt } from "./issues";
import { frontmatterIssues, type SourceFile } from "./source-file";
import { parseMarkdown, plainText, renderInline, renderNodes, unsupportedMarkdown } from "./markdown";
import { questionFrontmatterSchema, questionSchema, type Concept, type Question, type QuestionFrontmatter } from "./schema";

const SECTION_FOR_TYPE = {
  single: "Options",
  "multiple-response": "Options",
  ordering: "Steps",
  matching: "Pairs",
} as const;
const KNOWN_SECTIONS = new Set(["Options", "Steps", "Pairs", "Explanation"]);
const CHOOSE_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const MISCONCEPTION_LINE = /^Misconception:\s*(\S+)\s*$/;

type Ctx = { source: SourceFile; issues: ContentIssue[]; line: (node: { position?: { start: { line: number } } } | undefined) => number };

/** Splits a question body into its stem (before any heading) and its H2 sections. */
function splitBody(tree: MdRoot, ctx: Ctx) {
  const stem: RootContent[] = [];
  const sections = new Map<string, { nodes: RootContent[]; line: number }>();
  let current: RootContent[] = stem;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) {
      const title = plainText(node).trim();
      if (!KNOWN_SECTIONS.has(title)) {
        ctx.issues.push({ file: ctx.source.file, line: ctx.line(node), field: "body", message: `unknown section "## ${title}" (use ## Options, ## Steps, ## Pairs or ## Explanation)` });
      }
      if (sections.has(title)) ctx.issues.push({ file: ctx.source.file, line: ctx.line(node), field: "body", message: `section "## ${title}" appears twice` });
      current = [];
      sections.set(title, { nodes: current, line: ctx.line(node) });
    } else if (node.type === "heading") {
      ctx.issues.push({ file: ctx.source.file, line: ctx.line(node), field: "body", message: "only ## section headings are allowed in a question" });
    } else {
      current.push(node);
    }
  }
  return { stem, sections };
}

/** An item's first paragraph is its text; the rest explains it, with an optional `Misconception: id` line. */
function readItem(item: ListItem, ctx: Ctx, field: string) {
  const [first, ...rest] = item.children;
  const text = first && first.type === "paragraph" ? plainText(first).trim() : "";
  if (!text) ctx.issues.push({ file: ctx.source.file, line: ctx.line(item), field, message: "needs text on the same line as the list marker" });
  let misconception: string | undefined;
  const explanationNodes = rest.filter((node) => {
    const match = node.type === "paragraph" ? MISCONCEPTION_LINE.exec(plainText(node).trim()) : null;
    if (match) misconception = match[1];
    return !match;
  });
  const explanation = renderNodes(explanationNodes);
  if (!explanation) ctx.issues.push({ file: ctx.source.file, line: ctx.line(item), field, message: "needs an explanation, indented under it, saying why it is right or wrong" });
  return { text, html: first && first.type === "paragraph" ? renderInline([first]) : "", explanation, misconception, line: ctx.line(item) };
}

function onlyNode<T extends RootContent["type"]>(nodes: RootContent[], type: T, ctx: Ctx, line: number, what: string): Extract<RootContent, { type: T }> | undefined {
  const found = nodes.filter((n) => n.type === type);
  if (found.length !== 1 || nodes.length !== 1) {
    ctx.issues.push({ file: ctx.source.file, line, field: "body", message: `the section must contain exactly one ${what} and nothing else` });
  }
  return found[0] as Extract<RootContent, { type: T }> | undefined;
}

function tableCells(table: Table) {
  return table.children.map((row) => row.children.map((cell) => ({ text: plainText(cell).trim(), html: renderInline(cell.children as RootContent[]) })));
}

/** Builds the typed answer part of a question and checks what zod cannot locate (lines, the choose-N rule, methods). */
function readAnswer(fm: QuestionFrontmatter, stemText: string, sections: Map<string, { nodes: RootContent[]; line: number }>, ctx: Ctx) {
  const title = SECTION_FOR_TYPE[fm.type];
  const section = sections.get(title);
  const push = (line: number, field: string, message: string) => ctx.issues.push({ file: ctx.source.file, line, field, message });
  for (const other of ["Options", "Steps", "Pairs"]) {
    if (other !== title && sections.has(other)) push(sections.get(other)!.line, "body", `a ${fm.type} question has "## ${title}", not "## ${other}"`);
  }
  if (!section) {
    push(ctx.source.bodyStartLine, "body", `missing section "## ${title}"`);
    return undefined;
  }

  if (fm.type === "single" || fm.type === "multiple-response") {
    const list = onlyNode(section.nodes, "list", ctx, section.line, "task list (- [x] / - [ ])") as List | undefined;
    if (!list) return undefined;
    const options = list.children.map((item, i) => {
      const field = `options[${i}]`;
      if (item.checked === null || item.checked === undefined) push(ctx.line(item), field, "start the option with [x] (correct) or [ ] (wrong)");
      const read = readItem(item, ctx, field);
      return { id: String.fromCharCode(97 + i), text: read.text, html: read.html, correct: item.checked === true, explanation: read.explanation, misconception: read.misconception, line: read.line };
    });
    const seen = new Set<string>();
    options.forEach((o, i) => {
      if (seen.has(o.text.toLowerCase())) push(o.line, `options[${i}]`, `duplicate option "${o.text}"`);
      seen.add(o.text.toLowerCase());
    });
    if (fm.type === "multiple-response") {
      const said = /\(choose (two|three|four|five|\d)\.?\)/i.exec(stemText);
      const n = said ? (CHOOSE_WORDS[said[1]!.toLowerCase()] ?? Number(said[1])) : undefined;
      const correct = options.filter((o) => o.correct).length;
      if (n === undefined) push(ctx.source.bodyStartLine, "stem", 'a multiple-response stem must say how many to pick, e.g. "(Choose two.)"');
      else if (n !== correct) push(ctx.source.bodyStartLine, "stem", `says choose ${n} but ${correct} options are marked [x]`);
    }
    if (fm.method) {
      options.forEach((o, i) => {
        if (!isMethodId(o.text)) push(o.line, `options[${i}]`, `a scenario option must be a method id (${Object.keys(METHODS).join(", ")}), not "${o.text}"`);
      });
      const right = options.find((o) => o.correct);
      if (right && right.text !== fm.method) push(right.line, "method", `the [x] option "${right.text}" must be the scenario's method "${fm.method}"`);
    }
    return { options };
  }

  if (fm.type === "ordering") {
    const list = onlyNode(section.nodes, "list", ctx, section.line, "numbered list") as List | undefined;
    if (!list) return undefined;
    if (!list.ordered) push(section.line, "steps", "steps must be a numbered list (1. 2. 3.) in the correct order");
    return { steps: list.children.map((item, i) => ({ id: `s${i + 1}`, ...readItem(item, ctx, `steps[${i}]`) })) };
  }

  const table = onlyNode(section.nodes, "table", ctx, section.line, "table with columns Prompt | Match | Why") as Table | undefined;
  if (!table) return undefined;
  const [header, ...rows] = tableCells(table);
  const columns = header?.map((c) => c.text.toLowerCase()) ?? [];
  if (columns.join("|") !== "prompt|match|why") {
    push(ctx.line(table), "pairs", `the table's columns must be Prompt | Match | Why (found ${columns.join(" | ") || "none"})`);
    return undefined;
  }
  const responses: { id: string; text: string; html: string }[] = [];
  const pairs = rows.map((cells, i) => {
    const [prompt, match, why] = cells;
    const line = ctx.line(table.children[i + 1]);
    if (!prompt?.text || !match?.text || !why?.text) push(line, `pairs[${i}]`, "every row needs a Prompt, a Match and a Why");
    let response = responses.find((r) => r.text === match?.text);
    if (!response && match?.text) {
      response = { id: `r${responses.length + 1}`, text: match.text, html: match.html };
      responses.push(response);
    }
    return { id: `p${i + 1}`, prompt: prompt?.text ?? "", html: prompt?.html ?? "", match: response?.id ?? "", explanation: why?.html ?? "" };
  });
  return { pairs, responses };
}

type Parsed = { question: Question; lines: Map<string, number> };

function parseQuestion(source: SourceFile, issues: ContentIssue[]): Parsed | undefined {
  const { file } = source;
  const ctx: Ctx = { source, issues, line: (node) => source.bodyStartLine + (node?.position?.start.line ?? 1) - 1 };
  const fm = questionFrontmatterSchema.safeParse(source.data);
  if (!fm.success) {
    issues.push(...frontmatterIssues(source, fm.error, Object.keys(questionFrontmatterSchema.shape)));
    return undefined;
  }
  const data = fm.data;
  if (data.method && data.type !== "single") issues.push({ file, line: source.lineOf(["method"]), field: "method", message: "only single-answer scenario questions carry a method" });

  const tree = parseMarkdown(source.body);
  for (const u of unsupportedMarkdown(source.body)) issues.push({ file, line: source.bodyStartLine + u.line - 1, field: "body", message: u.message });
  const { stem, sections } = splitBody(tree, ctx);
  const stemText = stem.map((n) => plainText(n).trim()).filter(Boolean).join("\n\n");
  if (!stemText) issues.push({ file, line: source.bodyStartLine, field: "stem", message: "missing: write the question before the first ## section" });

  const before = issues.length;
  const answer = readAnswer(data, stemText, sections, ctx);
  const explanationSection = sections.get("Explanation");
  const candidate = {
    ...data,
    file,
    stem: stemText,
    stemHtml: renderNodes(stem),
    explanation: explanationSection ? renderNodes(explanationSection.nodes) || undefined : undefined,
    ...answer,
  };
  const parsed = questionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "stem") continue; // reported above with a clearer message
      if (issues.length > before && issue.code === "too_small" && issue.path.length > 1) continue; // an item already reported
      issues.push({ file, line: source.bodyStartLine, field: fieldName(issue.path), message: issue.message });
    }
    return undefined;
  }
  if (issues.length > before) return undefined;

  const lines = new Map<string, number>();
  if ("options" in (answer ?? {})) (answer as { options: { id: string; line: number }[] }).options.forEach((o) => lines.set(o.id, o.line));
  // zod drops keys it does not know, so the `line` bookkeeping never reaches the typed question. Strings cut out of
  // the file keep its text alive, about 1.6 kB a question; copying them out made no difference to peak memory at
  // 10,000 questions (about 250 MB either way), so the question is kept as parsed.
  return { question: Object.freeze(parsed.data), lines };
}

/**
 * Builds the question bank: parses every file, then checks what needs the whole content set: unique ids,
 * concepts that exist, scenario concepts that include the method's page, and misconception ids that belong to
 * the question's concepts or to the page of the method an option names.
 */
export function buildQuestions(files: Iterable<{ source: SourceFile }>, concepts: readonly Concept[], conceptSlugs: ReadonlySet<string>, issues: ContentIssue[]): Question[] {
  const bySlug = new Map(concepts.map((c) => [c.slug, c]));
  const seenIds = new Map<string, string>();
  const out: Question[] = [];
  for (const { source } of files) {
    const parsed = parseQuestion(source, issues);
    const rawId = valueAt(source.data, ["id"]);
    if (typeof rawId === "string") {
      const other = seenIds.get(rawId);
      if (other) issues.push({ file: source.file, line: source.lineOf(["id"]), field: "id", message: `duplicate question id "${rawId}" (also ${other})` });
      else seenIds.set(rawId, source.file);
    }
    if (!parsed) continue;
    const { question: q, lines } = parsed;
    let ok = true;
    const push = (line: number, field: string, message: string) => {
      issues.push({ file: source.file, line, field, message });
      ok = false;
    };
    q.concepts.forEach((slug, i) => {
      if (!conceptSlugs.has(slug)) push(source.lineOf(["concepts", i]), `concepts[${i}]`, `unknown concept "${slug}"`);
    });
    if (q.method && !q.concepts.includes(METHODS[q.method].concept)) {
      push(source.lineOf(["concepts"]), "concepts", `a scenario for "${q.method}" must list its page "${METHODS[q.method].concept}"`);
    }
    if (q.type === "single" || q.type === "multiple-response") {
      q.options.forEach((o, i) => {
        if (!o.misconception) return;
        const owners = [...q.concepts, ...(isMethodId(o.text) ? [METHODS[o.text].concept] : [])];
        const allowed = owners.some((slug) => bySlug.get(slug)?.misconceptions.some((m) => m.id === o.misconception));
        if (!allowed) push(lines.get(o.id) ?? source.bodyStartLine, `options[${i}].misconception`, `unknown misconception "${o.misconception}" for concepts ${owners.join(", ")}`);
        if (o.correct) push(lines.get(o.id) ?? source.bodyStartLine, `options[${i}].misconception`, "a correct option cannot reflect a misconception");
      });
    }
    if (ok) out.push(q);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
