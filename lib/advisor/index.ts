import { isMethodId, METHOD_IDS, METHODS, type MethodId } from "../methods/catalog";
import { STOP_WORDS, stemWord, tokenize, type Token } from "./text";

/** A scenario phrase from a concept page's `signals`, with its weight (1 unless the page says otherwise). */
export type SignalPhrase = { phrase: string; weight: number };
/** The phrases for each method, as taught on the method's concept page. */
export type SignalTable = Readonly<Record<MethodId, readonly SignalPhrase[]>>;

/** A phrase found in the text: character offsets into the input, and whether a negation governs it. */
export type MatchedSignal = { start: number; end: number; phrase: string; method: MethodId; negated: boolean; weight: number };
export type RankedMethod = { method: MethodId; score: number };
export type Advice = {
  /** The best-supported method, or null when nothing in the text points anywhere ("no clear signal"). */
  method: MethodId | null;
  ranking: RankedMethod[];
  signals: MatchedSignal[];
};

/** At most this many other words may sit between two words of a phrase ("labeled support examples"). */
export const MAX_GAP = 2;
/** A negation word reaches this many words ahead, within its clause ("has no clean labeled examples"). */
export const NEGATION_REACH = 4;
/** Words that negate what follows. "not just" counts too: "not just a single task" negates the single task. */
const NEGATIONS = new Set([
  "no", "not", "without", "never", "cannot", "can't", "cant", "don't", "doesn't", "didn't", "isn't", "aren't", "won't",
  "wasn't", "hasn't", "haven't", "lack", "lacks", "lacking", "none", "nobody", "nothing", "nor", "neither", "unable", "avoid",
  "avoiding", "seldom", "rarely",
]);
/**
 * Stems of verbs that make what follows someone's proposal rather than the need ("a manager suggests fine-tuning",
 * "an engineer proposes distilling it"): a stock exam trap, so a phrase they govern is not evidence either way.
 */
const PROPOSING = new Set(["suggest", "propos", "argu", "insist", "recommend", "urg"]);
/**
 * Stems of the verbs that name customizing a model, and the words that put such a verb in the past ("has already
 * fine-tuned a model", "was trained last year"): customization that is done is the scenario's background, not its
 * need, so the phrase is not evidence for the method (the question is usually what comes next: serving it, say).
 */
const CUSTOMIZING = new Set(["fine", "tune", "train", "retrain", "custom", "distil", "adapt"]);
const DONE = new Set(["has", "have", "had", "already", "been", "was", "were"]);
/** Stems that end a job: "completed a continued pre-training job" is background for any phrase of the method. */
const FINISHED = new Set(["complet", "finish"]);
const OBJECT_START = new Set(["a", "an", "the", "its", "their", "our", "his", "her"]);

type Compiled = { method: MethodId; phrase: string; weight: number; stems: string[] };

/**
 * Builds the advisor from the signal table. Matching folds case and word endings (Porter stems), ignores short
 * function words in phrases, and allows up to MAX_GAP extra words between a phrase's words inside one sentence.
 */
export function createAdvisor(table: SignalTable) {
  const phrases: Compiled[] = [];
  for (const method of METHOD_IDS) {
    for (const { phrase, weight } of table[method] ?? []) {
      const words = phrase.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
      const content = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
      const stems = (content.length ? content : words).map(stemWord);
      if (stems.length) phrases.push({ method, phrase, weight, stems });
    }
  }
  const byFirstStem = new Map<string, Compiled[]>();
  for (const p of phrases) byFirstStem.set(p.stems[0]!, [...(byFirstStem.get(p.stems[0]!) ?? []), p]);

  return {
    /**
     * Ranks the seven methods for a scenario. Each matched phrase adds its weight to its method once, however
     * often it occurs; if its last mention is negated, tried or contrasted ("no labeled data", "prompts alone did
     * not"), it subtracts it. The top method wins; an exact tie goes to the least-effort method (the exam prefers
     * the cheapest approach that meets the need); when no method has a positive score the answer is null: no clear
     * signal, rather than a guess.
     */
    advise(text: string): Advice {
      const tokens = tokenize(text);
      const found: (MatchedSignal & { first: number; last: number })[] = [];
      tokens.forEach((token, i) => {
        for (const p of byFirstStem.get(token.stem) ?? []) {
          const last = matchFrom(tokens, i, p.stems);
          if (last === undefined) continue;
          found.push({ start: token.start, end: tokens[last]!.end, phrase: p.phrase, method: p.method, weight: p.weight, negated: false, first: i, last });
        }
      });
      // "Zero-shot and few-shot prompts still fail": a tried-and-failed marker covers every phrase of that method
      // earlier in the same clause, not only the nearest one.
      for (const m of found) {
        const how = negation(tokens, m.first, m.last);
        if (how) m.negated = true;
        if (how !== "after") continue;
        for (const earlier of found) {
          if (earlier.method === m.method && earlier.last < m.first && tokens[earlier.first]!.clause === tokens[m.first]!.clause) earlier.negated = true;
        }
      }

      // A phrase someone merely proposes, or customization already done, is left out (see PROPOSING and DONE).
      const stated = found.filter((m) => !proposed(tokens, m.first) && !alreadyDone(tokens, m.first));
      // Within one method, overlapping matches count once: the heaviest (then longest) wins. Across methods, a phrase
      // that lies wholly inside a longer one is read as part of it ("prompt" in "prompt-response pairs").
      stated.sort((a, b) => b.weight - a.weight || b.last - b.first - (a.last - a.first) || a.first - b.first);
      const kept: typeof found = [];
      for (const m of stated) {
        const inside = (k: (typeof found)[number]) => k.first <= m.first && m.last <= k.last && k.last - k.first > m.last - m.first;
        if (!stated.some((k) => k.method !== m.method && inside(k)) && !kept.some((k) => k.method === m.method && k.first <= m.last && m.first <= k.last)) kept.push(m);
      }
      kept.sort((a, b) => a.start - b.start || a.end - b.end);

      // A phrase said twice is still one piece of evidence, and its last mention decides which way it counts: a stem
      // tells what was tried before what is wanted ("tried a smaller model… wants the smaller model's price").
      const last = new Map<string, (typeof kept)[number]>();
      for (const m of kept) last.set(`${m.method}\u0000${m.phrase}`, m);
      const scores = new Map<MethodId, number>(METHOD_IDS.map((m) => [m, 0]));
      for (const m of last.values()) scores.set(m.method, scores.get(m.method)! + (m.negated ? -m.weight : m.weight));
      const ranking = METHOD_IDS.map((method) => ({ method, score: round(scores.get(method)!) })).sort(
        (a, b) => b.score - a.score || METHODS[a.method].effort - METHODS[b.method].effort,
      );
      const top = ranking[0]!;
      return {
        method: top.score > 0 ? top.method : null,
        ranking,
        signals: kept.map(({ start, end, phrase, method, negated, weight }) => ({ start, end, phrase, method, negated, weight })),
      };
    },
  };
}

export type Advisor = ReturnType<typeof createAdvisor>;

/** Index of the token that completes the phrase starting at `first`, or undefined. */
function matchFrom(tokens: readonly Token[], first: number, stems: readonly string[]): number | undefined {
  let at = first;
  for (let k = 1; k < stems.length; k++) {
    let next: number | undefined;
    for (let j = at + 1; j <= at + 1 + MAX_GAP && j < tokens.length; j++) {
      if (tokens[j]!.sentence !== tokens[first]!.sentence) break;
      if (tokens[j]!.stem === stems[k]) {
        next = j;
        break;
      }
    }
    if (next === undefined) return undefined;
    at = next;
  }
  return at;
}

/** Two-word negations before a phrase: "rather than X", "instead of X", "rules out X". */
const NEGATING_PAIRS = new Set(["rather than", "instead of", "rule out", "rules out", "ruled out", "ruling out"]);
/**
 * "Few" and "little" say there is hardly any ("very few labeled examples"); "a few" and "a little" say there is some,
 * and "few-shot" is a kind of prompt.
 */
const SCARCE = new Set(["few", "little"]);
/** Words that carry a negation on to the next item of a list ("nobody has tagged the files or paired them…"). */
const COORDINATING = new Set(["or", "nor"]);
/**
 * What was tried and fell short: "even with X", "has tried X", "experimented with X" reach TRIED_REACH words ahead
 * in the clause (a stem that mentions an attempt usually does so because it did not work), not as far as the need
 * that follows ("even after prompt tweaks the model handles the terminology poorly").
 */
export const TRIED_REACH = 6;
const TRIED_PAIRS = new Set(["even with", "even after", "even when"]);
/** Verbs, not nouns: "after several prompt tweaks the model…" names the attempt before, not after. */
const TRIED = new Set([
  "tried", "try", "tries", "trying", "attempted", "attempting", "experimented", "experimenting", "refined", "refining", "tweaked", "tweaking",
]);
/**
 * Stems after a phrase that say it was tried and fell short ("few-shot prompts alone…", "the prompt still fails") or
 * cannot be done ("annotating it is impractical").
 */
const FELL_SHORT = new Set(["alon", "still", "impract", "infeas", "unrealist", "prohibit"]);
const FELL_SHORT_PAIRS = new Set(["has not", "have not", "did not", "does not", "do not", "no longer", "not enough", "is not", "are not", "was not", "were not"]);
/** How far after a phrase "alone"/"still"/"did not" can stand and still refer to it. */
export const CONTRAST_REACH = 5;

/**
 * How the phrase is negated or contrasted, if at all: a negation word up to NEGATION_REACH words before it in the same
 * clause ("no labeled examples", "without retraining", "not just a single task", "even with few-shot prompts"),
 * or a tried-and-failed marker up to CONTRAST_REACH words after it ("system prompts alone have not kept…").
 * A phrase that itself begins with a negation ("without retraining") states it and is not negated by it.
 */
function negation(tokens: readonly Token[], first: number, last: number): "before" | "after" | undefined {
  const clause = tokens[first]!.clause;
  const pair = (j: number) => `${tokens[j]!.word} ${tokens[j + 1]?.word}`;
  const scarce = (j: number) => SCARCE.has(tokens[j]!.word) && tokens[j - 1]?.word !== "a" && tokens[j + 1]?.word !== "shot";
  if (scarce(first)) return "before"; // "very few examples" is not "a few examples"
  if (!NEGATIONS.has(tokens[first]!.word) && negatedBefore(tokens, first, (j) => NEGATIONS.has(tokens[j]!.word) || NEGATING_PAIRS.has(pair(j)) || scarce(j))) return "before";
  if (anyBefore(tokens, first, (j) => TRIED.has(tokens[j]!.word) || TRIED_PAIRS.has(pair(j)), TRIED_REACH)) return "before";
  for (let j = last + 1; j < tokens.length && j <= last + CONTRAST_REACH && tokens[j]!.clause === clause; j++) {
    if (FELL_SHORT.has(tokens[j]!.stem) || FELL_SHORT_PAIRS.has(pair(j))) return "after";
  }
  return undefined;
}

/**
 * True when `isNegation` holds for one of the NEGATION_REACH words before token `first` in its clause, the reach
 * growing by as much again past each "or" or "nor" ("no labels or graders", "nobody has tagged them or paired them").
 */
function negatedBefore(tokens: readonly Token[], first: number, isNegation: (j: number) => boolean): boolean {
  const clause = tokens[first]!.clause;
  let limit = first - NEGATION_REACH;
  for (let j = first - 1; j >= 0 && j >= limit && tokens[j]!.clause === clause; j--) {
    if (isNegation(j)) return true;
    if (COORDINATING.has(tokens[j]!.word)) limit -= NEGATION_REACH;
  }
  return false;
}

/** True when a proposing verb stands before the phrase in its clause: the rest of the clause is the proposal. */
function proposed(tokens: readonly Token[], first: number): boolean {
  return anyBefore(tokens, first, (j) => PROPOSING.has(tokens[j]!.stem), Infinity);
}

/**
 * True for a customizing verb in the past ("has fine-tuned", "already customized"; see CUSTOMIZING), or any phrase
 * right after "completed" or "finished" ("completed a continued pre-training job").
 */
function alreadyDone(tokens: readonly Token[], first: number): boolean {
  if (anyBefore(tokens, first, (j) => FINISHED.has(tokens[j]!.stem), 2)) return true;
  const { stem } = tokens[first]!;
  const verb = stem === "fine" ? first + 1 : first;
  if (!CUSTOMIZING.has(stem) || !tokens[verb]?.word.endsWith("ed")) return false;
  // "A firm fine-tuned a model": a past verb with its object. "A fine-tuned model" is an adjective and is kept.
  if (OBJECT_START.has(tokens[verb + 1]?.word ?? "") && tokens[verb + 1]!.clause === tokens[first]!.clause) return true;
  return anyBefore(tokens, first, (j) => DONE.has(tokens[j]!.word), 2);
}

/** True when `test` holds for one of the `reach` (NEGATION_REACH) words before token `first`, within its clause. */
function anyBefore(tokens: readonly Token[], first: number, test: (j: number) => boolean, reach = NEGATION_REACH): boolean {
  const clause = tokens[first]!.clause;
  for (let j = first - 1; j >= 0 && j >= first - reach && tokens[j]!.clause === clause; j--) {
    if (test(j)) return true;
  }
  return false;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Builds the table from concept pages: each method takes the `signals` of the page that teaches it. */
export function signalTableFrom(concepts: readonly { slug: string; signals: readonly SignalPhrase[] }[]): SignalTable {
  const table = Object.fromEntries(METHOD_IDS.map((m) => [m, [] as SignalPhrase[]])) as Record<MethodId, SignalPhrase[]>;
  for (const method of METHOD_IDS) {
    const page = concepts.find((c) => c.slug === METHODS[method].concept);
    if (page) table[method] = page.signals.map((s) => ({ phrase: s.phrase, weight: s.weight }));
  }
  return table;
}

export { isMethodId };
