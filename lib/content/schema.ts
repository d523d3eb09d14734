import { z } from "@/lib/zod";
import { METHOD_IDS, type MethodId } from "../methods/catalog";
import { QUESTION_TYPES, type QuestionType } from "./question-types";

/** Index groups, in the order the concept index shows them. */
export const CONCEPT_GROUPS = {
  "choosing-a-method": "Choosing a method",
  "training-methods": "Training methods",
  "serving-and-cost": "Serving and cost",
} as const;
export type ConceptGroup = keyof typeof CONCEPT_GROUPS;
const groupIds = Object.keys(CONCEPT_GROUPS) as [ConceptGroup, ...ConceptGroup[]];

/**
 * The H2 sections every concept page carries, in order. The page template hangs the frontmatter lists
 * (misconceptions, signals, related, sources) under the matching section, so the body cannot drop one.
 */
export const CONCEPT_SECTIONS = [
  "What it is",
  "Mental model",
  "When to use it",
  "Common misconceptions",
  "How it shows up on the exam",
  "Related concepts",
  "Sources",
] as const;
export type ConceptSection = (typeof CONCEPT_SECTIONS)[number];

/** Minimum body length of a concept page, in words. */
export const MIN_CONCEPT_WORDS = 600;

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens");

/** A scenario phrase; a bare string has weight 1. */
export const signalSchema = z.union([
  z.string().trim().min(2, "must be a phrase"),
  z.object({
    phrase: z.string().trim().min(2, "must be a phrase"),
    weight: z.number().positive().max(5),
  }),
]);
export type SignalInput = z.infer<typeof signalSchema>;

export const misconceptionSchema = z.object({
  id: slugSchema,
  myth: z.string().trim().min(10, "must state the wrong belief"),
  truth: z.string().trim().min(10, "must state the correction"),
});
export type Misconception = z.infer<typeof misconceptionSchema>;

const OFFICIAL_HOSTS = ["docs.aws.amazon.com", "aws.amazon.com"];

export const sourceSchema = z.object({
  title: z.string().trim().min(3),
  url: z
    .url({ protocol: /^https$/ })
    .refine((u) => OFFICIAL_HOSTS.includes(new URL(u).hostname), "must be an official AWS page (https://docs.aws.amazon.com/… or https://aws.amazon.com/…)"),
});
export type Source = z.infer<typeof sourceSchema>;

export const conceptFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3),
  summary: z
    .string()
    .trim()
    .min(20)
    .max(240)
    .refine((s) => /[.!?]$/.test(s) && !/[.!?]\s+[A-Z]/.test(s), "must be one sentence"),
  order: z.int().min(0),
  group: z.enum(groupIds),
  examTasks: z.array(z.string().regex(/^[1-5]\.\d$/, 'must look like "3.3"')).min(1),
  signals: z.array(signalSchema).min(1),
  misconceptions: z.array(misconceptionSchema).min(2, "needs at least two misconceptions"),
  related: z.array(slugSchema),
  sources: z.array(sourceSchema).min(2, "needs at least two official sources"),
  updated: z.iso.date(),
});
export type ConceptFrontmatter = z.infer<typeof conceptFrontmatterSchema>;

/** Heading in a rendered body, for the table of contents. */
export type TocEntry = { depth: 2 | 3; id: string; text: string };

/** One H2 section of a rendered body. */
export type RenderedSection = { id: string; title: string; html: string };

export type Signal = { phrase: string; weight: number };

export type Concept = Readonly<
  Omit<ConceptFrontmatter, "signals"> & {
    slug: string;
    /** Repository-relative path, for error messages and "edit this page" links. */
    file: string;
    signals: readonly Signal[];
    sections: readonly RenderedSection[];
    toc: readonly TocEntry[];
    words: number;
    readingMinutes: number;
  }
>;

export function normalizeSignal(input: SignalInput): Signal {
  return typeof input === "string" ? { phrase: input.trim(), weight: 1 } : { phrase: input.phrase.trim(), weight: input.weight };
}

/* ---------------------------------------------------------------- questions */

export { QUESTION_TYPES, type QuestionType };
const questionTypeIds = Object.keys(QUESTION_TYPES) as [QuestionType, ...QuestionType[]];

export const questionFrontmatterSchema = z.strictObject({
  id: slugSchema,
  type: z.enum(questionTypeIds),
  concepts: z.array(slugSchema).min(1, "needs at least one concept"),
  method: z.enum(METHOD_IDS).optional(),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "must be 1, 2 or 3" }),
});
export type QuestionFrontmatter = z.infer<typeof questionFrontmatterSchema>;

const html = z.string();
const explanation = z.string().min(1, "every option needs an explanation");

export const choiceSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  html,
  correct: z.boolean(),
  explanation,
  misconception: slugSchema.optional(),
});
export type Choice = z.infer<typeof choiceSchema>;

export const stepSchema = z.object({ id: z.string(), text: z.string().min(1), html, explanation });
export type Step = z.infer<typeof stepSchema>;

export const responseSchema = z.object({ id: z.string(), text: z.string().min(1), html });
export type MatchResponse = z.infer<typeof responseSchema>;

export const pairSchema = z.object({ id: z.string(), prompt: z.string().min(1), html, match: z.string(), explanation });
export type MatchPair = z.infer<typeof pairSchema>;

const questionBase = {
  id: slugSchema,
  file: z.string(),
  concepts: z.array(slugSchema).min(1),
  method: z.enum(METHOD_IDS).optional(),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Plain text of the stem: what the advisor reads and highlights. */
  stem: z.string().min(1),
  stemHtml: html,
  explanation: html.optional(),
};

/**
 * A validated question. The counts are the exam's: single = 4 options with 1 correct; multiple response =
 * 5+ options with 2+ correct; ordering = 3–5 steps; matching = 3–7 prompts.
 */
export const questionSchema = z.discriminatedUnion("type", [
  z.object({
    ...questionBase,
    type: z.literal("single"),
    options: z
      .array(choiceSchema)
      .length(4, "a single-answer question has exactly 4 options")
      .refine((o) => o.filter((c) => c.correct).length === 1, "exactly one option must be marked [x]"),
  }),
  z.object({
    ...questionBase,
    type: z.literal("multiple-response"),
    options: z
      .array(choiceSchema)
      .min(5, "a multiple-response question has at least 5 options")
      .refine((o) => o.filter((c) => c.correct).length >= 2, "at least two options must be marked [x]")
      .refine((o) => o.some((c) => !c.correct), "at least one option must be wrong"),
  }),
  z.object({
    ...questionBase,
    type: z.literal("ordering"),
    steps: z.array(stepSchema).min(3, "an ordering question has 3 to 5 steps").max(5, "an ordering question has 3 to 5 steps"),
  }),
  z.object({
    ...questionBase,
    type: z.literal("matching"),
    pairs: z.array(pairSchema).min(3, "a matching question has 3 to 7 prompts").max(7, "a matching question has 3 to 7 prompts"),
    responses: z.array(responseSchema).min(2),
  }),
]);
export type Question = Readonly<z.infer<typeof questionSchema>>;
export type ChoiceQuestion = Extract<Question, { type: "single" | "multiple-response" }>;
export type OrderingQuestion = Extract<Question, { type: "ordering" }>;
export type MatchingQuestion = Extract<Question, { type: "matching" }>;
/** A selector scenario: a single-answer question that carries the method it calls for. */
export type Scenario = Extract<Question, { type: "single" }> & { method: MethodId };

export function isScenario(q: Question): q is Scenario {
  return q.type === "single" && q.method !== undefined;
}
