import { z } from "zod";

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
