import { stemmer } from "stemmer";

/** A word of the input with its character offsets and the boundaries that limit phrases and negation. */
export type Token = {
  /** Lower-cased surface form, possessive dropped: used for negation words. */
  word: string;
  /** Porter stem: used for phrase matching, so "labeled"/"labels"/"labelling" all match "label". */
  stem: string;
  start: number;
  end: number;
  /** Phrases never cross a sentence (. ! ? ; or a line break). */
  sentence: number;
  /** Negation never crosses a clause (a sentence boundary, a comma, a dash, brackets, or "but"/"however"…). */
  clause: number;
};

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SENTENCE_BREAK = /[.!?;\n]/;
const CLAUSE_BREAK = /[,()\u2013\u2014:]|\s-\s/;
/** Words that end a negation's reach: "no labels, but a grader" — the grader is not negated. */
export const CONTRAST_WORDS = new Set(["but", "however", "although", "though", "yet", "whereas", "while", "instead", "only"]);

/** Words dropped from phrases before matching, so "reduce the cost" also matches "reduce inference cost". */
export const STOP_WORDS = new Set(["a", "an", "the", "of", "to", "for", "in", "on", "with", "its", "their", "our", "your", "and", "or", "is", "are", "be", "that", "this", "it", "by", "as", "at", "from"]);

export function normalizeWord(raw: string): string {
  return raw.toLowerCase().replace(/['’]s$/, "").replace(/’/g, "'");
}

export function stemWord(raw: string): string {
  return stemmer(normalizeWord(raw));
}

/** Splits text into tokens. Hyphens split words ("fine-tuned" → fine, tune), which keeps hyphenation from mattering. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const gap = text.slice(last, start);
    // A thousands separator or a decimal point ("10,000 labeled pairs", "in 1.5 seconds") breaks nothing.
    const inNumber = (gap === "," || gap === ".") && /\d/.test(text[last - 1] ?? "") && /\d/.test(text[start] ?? "");
    if (tokens.length && !inNumber && SENTENCE_BREAK.test(gap)) {
      sentence++;
      clause++;
    } else if (tokens.length && !inNumber && CLAUSE_BREAK.test(gap)) {
      clause++;
    }
    const word = normalizeWord(m[0]);
    if (CONTRAST_WORDS.has(word) && tokens.length) clause++;
    tokens.push({ word, stem: stemmer(word), start, end: start + m[0].length, sentence, clause });
    last = start + m[0].length;
  }
  return tokens;
}
