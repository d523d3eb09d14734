/**
 * Writes a synthetic content set (concept pages and a question bank) that passes the real validator, for the
 * scale tests and the benchmark. All text is drawn from the word lists below with a seeded PRNG, so the same
 * options always give the same files, and none of it is copied from content/.
 *   npm run generate:content -- [--out DIR] [--concepts 1000] [--questions 10000] [--seed 1]
 * Without --out it writes to a fresh folder under the system temp directory and prints its path.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CONCEPT_GROUPS, type ConceptGroup, type QuestionType } from "../lib/content/schema";
import { METHOD_IDS, METHODS, type MethodId } from "../lib/methods/catalog";
import { createRng, hashSeed } from "../lib/random";

export const DEFAULT_CONCEPTS = 1000;
export const DEFAULT_QUESTIONS = 10_000;
export const DEFAULT_SEED = 1;

export type GenerateOptions = {
  /** Folder to write into; must be absent or empty. Default: a fresh `cc-synthetic-*` folder in the temp dir. */
  out?: string;
  concepts?: number;
  questions?: number;
  seed?: number;
};

export type GeneratedSet = {
  dir: string;
  concepts: number;
  questions: number;
  /** Single-answer questions that carry a method (part of `byType.single`). */
  scenarios: number;
  byType: Record<QuestionType, number>;
};

/**
 * Question kinds in a repeating cycle of 20, close to the real bank's mix (about half scenarios): 9 scenarios,
 * 4 other single-answer, 3 multiple-response, 2 ordering, 2 matching. Interleaved so any run of questions mixes them.
 */
type Kind = "scenario" | QuestionType;
export const KIND_CYCLE: readonly Kind[] = [
  "scenario", "single", "scenario", "multiple-response", "scenario", "ordering", "scenario", "matching", "scenario", "single",
  "scenario", "multiple-response", "scenario", "single", "scenario", "ordering", "scenario", "matching", "multiple-response", "single",
];

/* ------------------------------------------------------------------ word lists */

const NOUNS = [
  "ledger", "harbor", "catalog", "invoice", "pipeline", "archive", "forecast", "checkpoint", "dataset", "schema", "record",
  "adapter", "prompt", "response", "template", "report", "workflow", "budget", "policy", "summary", "ticket", "manual",
  "contract", "inventory", "shipment", "clinic", "portfolio", "transcript", "glossary", "benchmark", "rubric", "grader",
  "endpoint", "quota", "throughput", "latency", "token", "vector", "index", "document", "reviewer", "analyst", "operator",
  "customer", "auditor", "teacher", "student", "label", "example", "baseline", "metric", "release", "region", "account",
  "bucket", "notebook", "evaluation", "scorecard", "handbook", "backlog",
];
const ADJECTIVES = [
  "quarterly", "regional", "internal", "noisy", "sparse", "curated", "labeled", "unlabeled", "structured", "verbose",
  "concise", "stable", "seasonal", "legacy", "shared", "private", "public", "frequent", "rare", "detailed", "brief",
  "consistent", "uneven", "recent", "archived", "domain", "general", "specific", "cautious", "steady", "peak", "small",
  "large", "cheaper", "faster", "slower", "costly", "formal", "plain", "weekly",
];
const VERBS = [
  "reviews", "summarizes", "labels", "scores", "retrieves", "ranks", "drafts", "checks", "routes", "stores", "formats",
  "tracks", "compares", "explains", "filters", "samples", "rewrites", "tags", "measures", "collects", "updates", "grades",
  "translates", "validates", "caches", "merges", "splits", "audits", "batches", "prices",
];
const CONNECTORS = ["because", "while", "after", "before", "whenever", "so that", "even though", "until", "once", "since"];
const ORGS = ["bank", "retailer", "hospital network", "logistics firm", "publisher", "insurer", "university", "utility", "law firm", "game studio", "airline", "city council", "pharmacy chain", "telecom operator", "travel agency"];
const ORG_SIZES = ["A small", "A regional", "A national", "A mid-sized", "A fast-growing", "A long-established", "A global", "A family-owned"];
const CONSTRAINTS = [
  "The team has a fixed budget for the quarter and wants to avoid operating extra infrastructure.",
  "Compliance staff must be able to trace each answer back to an approved record.",
  "The engineers want the change live within a few weeks.",
  "Reviewers will check a sample of outputs every week before the wider rollout.",
  "The data stays in the company's own account and region.",
  "Leadership asked for the least effort that meets the need.",
];
/** One cue per need, written for this generator; each leans towards one method the way an exam stem does. */
const NEEDS: Record<MethodId, readonly string[]> = {
  "supervised-fine-tuning": [
    "It has thousands of past requests, each paired with the reply an expert approved, and wants new replies in the same format.",
    "It keeps labeled examples of every ticket category and wants the model to classify new tickets the same way.",
    "Its editors wrote the ideal answer for each of several thousand prompts, and the house style must be learned.",
  ],
  "reinforcement-fine-tuning": [
    "Nobody can write ideal answers, but a checker can score each answer automatically as right or wrong.",
    "The team built a grader that rates each output, and wants the model trained to earn higher scores.",
    "A reward function already measures whether each generated plan is valid, and labeled answers are scarce.",
  ],
  distillation: [
    "The large model gives good answers but is too slow and expensive, so it wants a smaller model with similar quality.",
    "It wants a compact student model that behaves like the big teacher model at a lower inference cost.",
    "Response time matters, and the current large model costs too much per request at this volume.",
  ],
  "continued-pre-training": [
    "It holds millions of unlabeled pages of specialist text, and the model does not understand the field's vocabulary.",
    "The model must absorb the domain language of raw internal reports before any task training.",
    "There are no labels, only a large corpus of domain documents the model has never read.",
  ],
  rag: [
    "Its policy documents change every week, and answers must cite the current version of the source.",
    "Staff need answers grounded in a knowledge base of manuals that is updated daily.",
    "The facts live in frequently updated documents, and each answer must show where it came from.",
  ],
  "prompt-engineering": [
    "The model already knows the task; it only needs clearer instructions and a few examples in the prompt.",
    "The team has no training budget and wants to improve the output format by rewriting the instructions.",
    "A few-shot example and a stated output format in the prompt may be all that is missing.",
  ],
  "provisioned-throughput": [
    "Traffic is steady and heavy, and the application needs guaranteed capacity at a predictable hourly price.",
    "The custom model must serve a constant high request rate without throttling.",
    "It needs reserved model units so that peak traffic never hits on-demand limits.",
  ],
};
const EXAM_TASKS = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "5.1"];
const SOURCE_PAGES = ["customize", "prepare-data", "evaluate", "deploy", "pricing", "quotas", "security", "monitoring", "inference", "knowledge-bases"];

/* ------------------------------------------------------------------ text helpers */

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A lower-case clause such as "the quarterly ledger summarizes an unlabeled report". */
function clause(rng: Rng): string {
  const object = `${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}`;
  const article = pick(rng, ["a", "the", "each"]);
  return `the ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} ${pick(rng, VERBS)} ${article === "a" && /^[aeiou]/.test(object) ? "an" : article} ${object}`;
}

function sentence(rng: Rng): string {
  const body = rng() < 0.5 ? clause(rng) : `${clause(rng)} ${pick(rng, CONNECTORS)} ${clause(rng)}`;
  return `${capitalize(body)}.`;
}

function paragraph(rng: Rng, min = 3, max = 6): string {
  return Array.from({ length: between(rng, min, max) }, () => sentence(rng)).join(" ");
}

/** A short phrase for an option, step or prompt: "Tags the curated ledger before the weekly release". */
function phrase(rng: Rng): string {
  return capitalize(`${pick(rng, VERBS)} the ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} ${pick(rng, CONNECTORS)} ${clause(rng)}`);
}

/** `n` distinct phrases (the validator rejects duplicate options, ignoring case). */
function distinctPhrases(rng: Rng, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(phrase(rng));
  return [...out];
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const yamlString = (s: string) => JSON.stringify(s);

/* ------------------------------------------------------------------ concepts */

type ConceptPlan = { slug: string; misconceptions: number; related: string[] };

function conceptSlugs(n: number, seed: number): string[] {
  const methodPages = METHOD_IDS.map((m) => METHODS[m].concept);
  const rng = createRng(hashSeed(`${seed}:slugs`));
  return Array.from({ length: n }, (_, i) => methodPages[i] ?? `${pick(rng, ADJECTIVES)}-${pick(rng, NOUNS)}-${i}`);
}

function conceptPage(i: number, slugs: readonly string[], seed: number): { plan: ConceptPlan; text: string } {
  const slug = slugs[i]!;
  const rng = createRng(hashSeed(`${seed}:concept:${slug}`));
  const groups = Object.keys(CONCEPT_GROUPS) as ConceptGroup[];
  const title = capitalize(`${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} ${pick(rng, NOUNS)}s`);
  const misconceptions = between(rng, 2, 4);
  const others = slugs.filter((s) => s !== slug);
  const related = [...new Set(Array.from({ length: between(rng, 1, 4) }, () => pick(rng, others)))];
  const signals = Array.from({ length: between(rng, 3, 8) }, () => {
    const p = `${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}`;
    return rng() < 0.3 ? `  - { phrase: ${yamlString(p)}, weight: ${between(rng, 2, 3)} }` : `  - ${yamlString(p)}`;
  });
  const frontmatter = [
    `title: ${yamlString(title)}`,
    `summary: ${yamlString(`Explains how ${clause(rng)} ${pick(rng, CONNECTORS)} ${clause(rng)}.`)}`,
    `order: ${Math.floor(i / groups.length) + 1}`,
    `group: ${groups[i % groups.length]}`,
    `examTasks: [${[...new Set([pick(rng, EXAM_TASKS), pick(rng, EXAM_TASKS)])].map(yamlString).join(", ")}]`,
    "signals:",
    ...signals,
    "misconceptions:",
    ...Array.from({ length: misconceptions }, (_, k) => [
      `  - id: ${slug}-myth-${k + 1}`,
      `    myth: ${yamlString(sentence(rng))}`,
      `    truth: ${yamlString(sentence(rng))}`,
    ]).flat(),
    "related:",
    ...related.map((r) => `  - ${r}`),
    "sources:",
    ...Array.from({ length: between(rng, 2, 4) }, (_, k) => {
      const page = SOURCE_PAGES[(i + k) % SOURCE_PAGES.length]!;
      return [`  - title: ${yamlString(`Synthetic guide — ${page.replace("-", " ")} ${k + 1}`)}`, `    url: https://docs.aws.amazon.com/synthetic/latest/${page}-${k + 1}.html`];
    }).flat(),
    `updated: 2026-${String(between(rng, 1, 12)).padStart(2, "0")}-${String(between(rng, 1, 28)).padStart(2, "0")}`,
  ];

  const table = [
    "| Option | What you supply | What changes | Pick it when |",
    "| --- | --- | --- | --- |",
    ...Array.from({ length: between(rng, 4, 6) }, () => `| ${capitalize(pick(rng, NOUNS))} | ${capitalize(clause(rng))} | ${capitalize(pick(rng, ADJECTIVES))} ${pick(rng, NOUNS)} | ${capitalize(clause(rng))} |`),
  ].join("\n");
  const bullets = Array.from({ length: 3 }, () => `- **${capitalize(pick(rng, NOUNS))}**: ${sentence(rng)}`).join("\n");
  const target = between(rng, 950, 1250);
  const sections = [
    ["What it is", paragraph(rng), paragraph(rng), `### The ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}`, paragraph(rng)],
    ["Mental model", paragraph(rng), paragraph(rng, 2, 4)],
    ["When to use it", paragraph(rng), table, `### When the \`${pick(rng, NOUNS)}\` is ${pick(rng, ADJECTIVES)}`, paragraph(rng)],
    ["Common misconceptions", paragraph(rng), `### The ${pick(rng, NOUNS)} question`, paragraph(rng)],
    ["How it shows up on the exam", paragraph(rng), bullets, paragraph(rng, 2, 4)],
    ["Related concepts", `${paragraph(rng, 2, 3)} See [${related[0]}](/concepts/${related[0]}/) for the closest neighbour.`],
    ["Sources", paragraph(rng, 2, 4)],
  ];
  // Top up the mental model until the page reaches its target length (the validator's minimum is 600 words).
  while (words(sections.flat().join(" ")) < target) sections[1]!.push(paragraph(rng));
  const body = sections.map(([heading, ...blocks]) => [`## ${heading}`, ...blocks].join("\n\n")).join("\n\n");
  return { plan: { slug, misconceptions, related }, text: `---\n${frontmatter.join("\n")}\n---\n\n${body}\n` };
}

/* ------------------------------------------------------------------ questions */

const choose = { 2: "two", 3: "three" } as const;

function optionBlock(text: string, correct: boolean, explanation: string, misconception?: string): string {
  const lines = [`- [${correct ? "x" : " "}] ${text}`, ""];
  if (misconception) lines.push(`  Misconception: ${misconception}`, "");
  lines.push(`  ${explanation}`);
  return lines.join("\n");
}

function scenarioStem(rng: Rng, method: MethodId): string {
  const parts = [`${pick(rng, ORG_SIZES)} ${pick(rng, ORGS)} ${pick(rng, VERBS)} its ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} records with a foundation model.`, pick(rng, NEEDS[method])];
  // 40 to about 80 words with the closing question, as exam stems run.
  const count = () => words(parts.join(" ")) + 5;
  const target = between(rng, 40, 75);
  while (count() < target) {
    const next = rng() < 0.4 ? pick(rng, CONSTRAINTS) : sentence(rng);
    parts.push(count() + words(next) <= 80 ? next : `${capitalize(clause(rng))}.`);
  }
  return `${parts.join(" ")} Which approach meets these requirements?`;
}

type QuestionPlan = { index: number; total: number; kind: Kind; scenarioIndex: number; seed: number };

/** One question file. Questions are spread over the concepts in runs, so each concept gets a mix of kinds. */
function question({ index, total, kind, scenarioIndex, seed }: QuestionPlan, concepts: readonly ConceptPlan[]): { folder: string; id: string; text: string } {
  const rng = createRng(hashSeed(`${seed}:question:${index}`));
  const main = concepts[Math.floor((index * concepts.length) / total)]!;
  const myth = (c: ConceptPlan) => `${c.slug}-myth-${between(rng, 1, c.misconceptions)}`;
  const id = `syn-${String(index + 1).padStart(5, "0")}-${pick(rng, NOUNS)}`;
  const type: QuestionType = kind === "scenario" ? "single" : kind;
  const method = kind === "scenario" ? METHOD_IDS[scenarioIndex % METHOD_IDS.length]! : undefined;
  const slugs = [main.slug];
  if (method && METHODS[method].concept !== main.slug) slugs.push(METHODS[method].concept);
  else if (!method && rng() < 0.3) slugs.push(pick(rng, main.related));

  let stem: string;
  let answer: string;
  if (method) {
    stem = scenarioStem(rng, method);
    const wrong = METHOD_IDS.filter((m) => m !== method)
      .map((m) => ({ m, key: rng() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, 3)
      .map(({ m }) => m);
    const options = [method, ...wrong].map((m) => ({ m, key: rng() })).sort((a, b) => a.key - b.key);
    answer = `## Options\n\n${options
      .map(({ m }) => {
        // The first seven pages are the method pages, in catalog order.
        const page = concepts[METHOD_IDS.indexOf(m)]!;
        return optionBlock(m, m === method, paragraph(rng, 2, 3), m !== method && rng() < 0.4 ? myth(page) : undefined);
      })
      .join("\n\n")}`;
  } else if (type === "single" || type === "multiple-response") {
    const n = type === "single" ? 4 : between(rng, 5, 6);
    const right = type === "single" ? 1 : between(rng, 2, 3);
    stem = type === "single" ? `${paragraph(rng, 1, 3)} Which statement is correct?` : `${paragraph(rng, 1, 3)}\n\nWhich statements are true? (Choose ${choose[right as 2 | 3]}.)`;
    answer = `## Options\n\n${distinctPhrases(rng, n)
      .map((text, k) => optionBlock(text, k < right, paragraph(rng, 2, 3), k >= right && rng() < 0.3 ? myth(main) : undefined))
      .join("\n\n")}`;
  } else if (type === "ordering") {
    stem = `${paragraph(rng, 1, 2)} Put the steps in order.`;
    answer = `## Steps\n\n${distinctPhrases(rng, between(rng, 3, 5))
      .map((text, k) => `${k + 1}. ${text}\n\n   ${paragraph(rng, 2, 3)}`)
      .join("\n\n")}`;
  } else {
    stem = `${paragraph(rng, 1, 2)} Match each item to the option that fits it.`;
    const responses = [...new Set(Array.from({ length: 4 }, () => capitalize(`${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}`)))];
    if (responses.length < 2) responses.push("Something else");
    const rows = distinctPhrases(rng, between(rng, 3, 7)).map((prompt, k) => `| ${prompt} | ${k < 2 ? responses[k] : pick(rng, responses)} | ${sentence(rng)} |`);
    answer = `## Pairs\n\n| Prompt | Match | Why |\n| --- | --- | --- |\n${rows.join("\n")}`;
  }

  const frontmatter = [`id: ${id}`, `type: ${type}`, `concepts: [${slugs.join(", ")}]`, ...(method ? [`method: ${method}`] : []), `difficulty: ${between(rng, 1, 3)}`];
  const explanation = rng() < 0.8 ? `\n\n## Explanation\n\n${paragraph(rng, 1, 3)}` : "";
  return { folder: main.slug, id, text: `---\n${frontmatter.join("\n")}\n---\n\n${stem}\n\n${answer}${explanation}\n` };
}

/* ------------------------------------------------------------------ writing */

/**
 * Writes `concepts` concept pages and `questions` questions under `out` (`concepts/*.md`, `questions/<main
 * concept>/*.md`). The first seven pages carry the method catalog's slugs, because scenario answers are method ids
 * and a scenario must list its method's page; every other page and all text are synthetic.
 */
export function generateContent(options: GenerateOptions = {}): GeneratedSet {
  const conceptCount = options.concepts ?? DEFAULT_CONCEPTS;
  const questionCount = options.questions ?? DEFAULT_QUESTIONS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(conceptCount) || conceptCount < METHOD_IDS.length) throw new Error(`--concepts must be an integer of at least ${METHOD_IDS.length} (one page per method)`);
  if (!Number.isInteger(questionCount) || questionCount < 0) throw new Error("--questions must be a whole number");
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error("--seed must be an integer from 0 to 4294967295");

  const dir = options.out ? path.resolve(options.out) : mkdtempSync(path.join(tmpdir(), "cc-synthetic-"));
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length) throw new Error(`${dir} is not empty; give a new or empty folder`);

  const slugs = conceptSlugs(conceptCount, seed);
  mkdirSync(path.join(dir, "concepts"));
  const plans = slugs.map((_, i) => {
    const { plan, text } = conceptPage(i, slugs, seed);
    writeFileSync(path.join(dir, "concepts", `${plan.slug}.md`), text);
    return plan;
  });

  const byType: Record<QuestionType, number> = { single: 0, "multiple-response": 0, ordering: 0, matching: 0 };
  let scenarios = 0;
  const folders = new Set<string>();
  for (let i = 0; i < questionCount; i++) {
    const kind = KIND_CYCLE[i % KIND_CYCLE.length]!;
    const q = question({ index: i, total: questionCount, kind, scenarioIndex: scenarios, seed }, plans);
    if (!folders.has(q.folder)) {
      mkdirSync(path.join(dir, "questions", q.folder), { recursive: true });
      folders.add(q.folder);
    }
    writeFileSync(path.join(dir, "questions", q.folder, `${q.id}.md`), q.text);
    if (kind === "scenario") scenarios++;
    byType[kind === "scenario" ? "single" : kind]++;
  }
  return { dir, concepts: conceptCount, questions: questionCount, scenarios, byType };
}

/* ------------------------------------------------------------------ CLI */

function parseArgs(argv: readonly string[]): GenerateOptions {
  const out: GenerateOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    const number = Number(value);
    if (flag === "--out") out.out = value;
    else if (flag === "--concepts") out.concepts = number;
    else if (flag === "--questions") out.questions = number;
    else if (flag === "--seed") out.seed = number;
    else throw new Error(`unknown argument "${flag}"`);
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const set = generateContent(parseArgs(process.argv.slice(2)));
    process.stdout.write(`${set.dir}\n`);
    process.stderr.write(`wrote ${set.concepts} concepts and ${set.questions} questions (${set.scenarios} scenarios)\n`);
  } catch (error) {
    process.stderr.write(`generate-content: ${(error as Error).message}\nusage: npm run generate:content -- [--out DIR] [--concepts N] [--questions M] [--seed S]\n`);
    process.exitCode = 2;
  }
}
