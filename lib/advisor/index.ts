import { isMethodId, METHOD_IDS, METHODS, type MethodId } from "../methods/catalog";
import { CONTRAST_WORDS, STOP_WORDS, stemWord, tokenize, type Token } from "./text";

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
  "avoiding",
]);
/**
 * Stems of verbs that make what follows someone's proposal rather than the need ("a manager suggests fine-tuning",
 * "an engineer proposes distilling it"): a stock exam trap, so a phrase they govern is not evidence either way.
 * Not when the verb is the task set ("must recommend a solution for a company that has labeled examples").
 */
const PROPOSING = new Set(["suggest", "propos", "argu", "recommend", "urg"]);
const TASK_SET = new Set(["must", "should", "to", "will", "would", "shall"]);
/**
 * Stems of the verbs that name customizing a model, and the words that put such a verb in the past ("has already
 * fine-tuned a model", "was trained last year"): customization that is done is the scenario's background, not its
 * need, so the phrase is not evidence for the method (the question is usually what comes next: serving it, say).
 */
const CUSTOMIZING = new Set(["fine", "tune", "train", "retrain", "custom", "distil", "adapt"]);
const DONE = new Set(["has", "have", "had", "already", "been", "was", "were"]);
/** Words that end a job: "completed a continued pre-training job" is background for any phrase of the method. */
const FINISHED = new Set(["completed", "finished"]);
const OBJECT_START = new Set(["a", "an", "the", "its", "their", "our", "his", "her"]);

/**
 * Stems of what "current" names when it means the one in use ("keep the current model", "its current setup"), not
 * current information: then "current" is not a phrase's word on its own.
 */
const IN_USE = new Set(["model", "solut", "system", "setup", "provid", "approach", "vendor", "process", "workflow", "chatbot", "assist", "pipelin", "tool", "deploy"]);

/** `afterA`: the phrase begins "a few" or "a little", which says there is some, unlike "few" (see SCARCE). */
type Compiled = { method: MethodId; phrase: string; weight: number; stems: string[]; afterA: boolean };

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
      const afterA = words[0]?.toLowerCase() === "a" && SCARCE.has(words[1]?.toLowerCase() ?? "");
      if (stems.length) phrases.push({ method, phrase, weight, stems, afterA });
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
      /** `at`: the tokens the phrase's words matched (gap words between them are not among them). */
      const found: (MatchedSignal & { first: number; last: number; at: number[] })[] = [];
      tokens.forEach((token, i) => {
        for (const p of byFirstStem.get(token.stem) ?? []) {
          if (p.afterA && tokens[i - 1]?.word !== "a") continue;
          if (p.stems.length === 1 && token.word === "current" && IN_USE.has(tokens[i + 1]?.stem ?? "")) continue;
          const at = matchFrom(tokens, i, p.stems);
          if (!at) continue;
          const last = at.at(-1)!;
          found.push({ start: token.start, end: tokens[last]!.end, phrase: p.phrase, method: p.method, weight: p.weight, negated: false, first: i, last, at });
        }
      });
      // A tried-and-failed marker after a phrase belongs to the nearest phrase before it: in "putting the rubric in the
      // prompt has not helped" it was the prompt that fell short, not the rubric; a phrase of another method in
      // between takes it.
      const marks = found.map((m) => negation(tokens, m.first, m.last));
      found.forEach((m, i) => {
        const how = marks[i]!;
        if (how === "before") m.negated = true;
        if (typeof how !== "number") return;
        if (found.some((k, j) => k.method !== m.method && k.first > m.last && marks[j] === how)) return;
        m.negated = true;
        // "Zero-shot and few-shot prompts still fail": the marker covers every phrase of that method earlier in the
        // same clause, not only the nearest one.
        for (const earlier of found) {
          if (earlier.method === m.method && earlier.last < m.first && tokens[earlier.first]!.clause === tokens[m.first]!.clause) earlier.negated = true;
        }
      });

      // A phrase someone merely proposes, or customization already done, is left out (see PROPOSING and DONE).
      const stated = found.filter((m) => !proposed(tokens, m.first) && !alreadyDone(tokens, m.first));
      // Within one method, overlapping matches count once: the heaviest (then longest) wins. Across methods, a phrase
      // whose words are all words of a longer phrase, at least as heavy, is read as part of it ("prompt" in
      // "prompt-response pairs"); words that only sit in another phrase's gap do not count as its words.
      stated.sort((a, b) => b.weight - a.weight || b.last - b.first - (a.last - a.first) || a.first - b.first);
      const kept: typeof found = [];
      for (const m of stated) {
        const inside = (k: (typeof found)[number]) => k.method !== m.method && k.weight >= m.weight && k.at.length > m.at.length && m.at.every((t) => k.at.includes(t));
        if (!stated.some(inside) && !kept.some((k) => k.method === m.method && k.first <= m.last && m.first <= k.last)) kept.push(m);
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

/** The tokens that match the phrase's words, starting at `first`, or undefined. */
function matchFrom(tokens: readonly Token[], first: number, stems: readonly string[]): number[] | undefined {
  const matched = [first];
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
    matched.push(at);
  }
  return matched;
}

/** Two-word negations before a phrase: "rather than X", "instead of X", "rules out X". */
const NEGATING_PAIRS = new Set(["rather than", "instead of", "rule out", "rules out", "ruled out", "ruling out"]);
/**
 * "Few" and "little" say there is hardly any of what comes right after them, SCARCE_REACH words at most ("very few
 * labeled examples", not "little time and many labeled examples"); "a few" and "a little" say there is some, and
 * "few-shot" is a kind of prompt.
 */
const SCARCE = new Set(["few", "little"]);
const SCARCE_REACH = 2;
/**
 * Stems of verbs for what a model can do with what follows ("does not understand the jargon", "cannot interpret the
 * shorthand", "fails to follow the format"): a negation of one of them says what the model lacks, which is the
 * need, so it does not turn the phrase after it against its method.
 */
const CAPABILITY = new Set(["understand", "interpret", "handl", "recogn", "know", "read", "follow", "grasp", "pars", "comprehend"]);
/** Words that carry a negation on to the next item of a list ("nobody has tagged the files or paired them…"). */
const COORDINATING = new Set(["or", "nor"]);
/**
 * What was tried and fell short: "even with X", "has tried X", "experimented with X" reach NEGATION_REACH words
 * ahead in the clause, not into the need that follows ("even with prompts the model misreads the jargon"); a verb
 * of trying reaches on through "and", "or" and "nor" ("tried instructions and in-prompt examples"). A stem that
 * mentions an attempt usually does so because it did not work. Past forms only: "is trying to reduce cost" is an
 * aim, and "even when" a condition.
 */
const TRIED_PAIRS = new Set(["even with", "even after"]);
const TRIED = new Set(["tried", "attempted", "experimented", "tweaked"]);
const LISTING = new Set(["and", "or", "nor"]);
/**
 * Stems after a phrase that say it was tried and fell short ("few-shot prompts alone…", "the prompt still fails") or
 * cannot be done ("annotating it is impractical").
 */
const FELL_SHORT = new Set(["alon", "still", "impract", "infeas", "unrealist", "prohibit"]);
const FELL_SHORT_PAIRS = new Set(["has not", "have not", "did not", "does not", "do not", "no longer", "not enough", "is not", "are not", "was not", "were not"]);
const RELATIVE = new Set(["that", "which", "who", "whose"]);
/** How far after a phrase "alone"/"still"/"did not" can stand and still refer to it. */
export const CONTRAST_REACH = 5;

/**
 * How the phrase is negated or contrasted, if at all: a negation word up to NEGATION_REACH words before it in the same
 * clause, further through "or" and "nor" ("no labeled examples", "without retraining", "not just a single task",
 * "nobody has tagged them or paired them with answers"), scarcity right before it ("very few labeled examples"), an
 * attempt before it ("has tried few-shot prompts", "even with a system prompt"), or a tried-and-failed marker up to
 * CONTRAST_REACH words after it ("system prompts alone have not kept…", "annotating it is impractical").
 * A phrase that itself begins with a negation ("without retraining") states it and is not negated by it.
 * Returns "before", or for a marker after the phrase the marker's token index (the caller decides whose it is).
 */
function negation(tokens: readonly Token[], first: number, last: number): "before" | number | undefined {
  const clause = tokens[first]!.clause;
  const pair = (j: number) => `${tokens[j]!.word} ${tokens[j + 1]?.word}`;
  const scarce = (j: number) => first - j <= SCARCE_REACH && SCARCE.has(tokens[j]!.word) && tokens[j - 1]?.word !== "a" && tokens[j + 1]?.word !== "shot";
  const negates = (j: number) => NEGATIONS.has(tokens[j]!.word) || NEGATING_PAIRS.has(pair(j)) || scarce(j);
  // "The model does not understand the jargon": what the model cannot do is the need, not evidence against it.
  const unable = (j: number) => tokens.slice(j + 1, first).some((t) => CAPABILITY.has(t.stem));
  if (!NEGATIONS.has(tokens[first]!.word) && anyBefore(tokens, first, (j) => negates(j) && !unable(j), COORDINATING)) return "before";
  if (inNegatedList(tokens, first)) return "before";
  if (anyBefore(tokens, first, (j) => TRIED.has(tokens[j]!.word), LISTING) || anyBefore(tokens, first, (j) => TRIED_PAIRS.has(pair(j)))) return "before";
  for (let j = last + 1; j < tokens.length && j <= last + CONTRAST_REACH && tokens[j]!.clause === clause; j++) {
    // "A knowledge base that still works…": a relative clause describes the phrase; it does not report a failure.
    if (RELATIVE.has(tokens[j]!.word)) break;
    if (FELL_SHORT.has(tokens[j]!.stem) || FELL_SHORT_PAIRS.has(pair(j))) return j;
  }
  return undefined;
}

/** Words in a comma list's item, at most, before the phrase ("no summaries, tags, or example answers"). */
const LIST_ITEM = 3;
/**
 * True when the phrase is an item of a comma list that a negation opens: "No summaries, tags, or example answers are
 * attached" negates the tags too. Each item has at most LIST_ITEM words before the phrase, the list is closed by "or",
 * "and" or "nor" opening the phrase's item or the next, and no item starts with a contrast ("no labels, but a grader
 * and…").
 */
function inNegatedList(tokens: readonly Token[], first: number): boolean {
  const { sentence, clause } = tokens[first]!;
  const item = (c: number) => tokens.filter((t) => t.clause === c && t.sentence === sentence);
  const contrast = (words: readonly Token[]) => CONTRAST_WORDS.has(words[0]?.word ?? "");
  const own = item(clause);
  const before = own.filter((t) => t.start < tokens[first]!.start);
  if (before.length > LIST_ITEM || contrast(own)) return false;
  // The last item opens with "or"/"and" and may run on ("…or example answers are attached"); an item before it is a
  // short noun phrase, not a clause ("no labeled data, the base model already does a decent job, and…").
  const opensWithListing = (words: readonly Token[]) => LISTING.has(words[0]?.word ?? "");
  if (!opensWithListing(own) && (own.length > LIST_ITEM + 2 || !opensWithListing(item(clause + 1)))) return false;
  for (let c = clause - 1; c >= 0; c--) {
    const words = item(c);
    if (!words.length || contrast(words)) return false;
    const at = words.findLastIndex((t) => NEGATIONS.has(t.word));
    if (at >= 0) return words.length - 1 - at <= LIST_ITEM;
    if (words.length > LIST_ITEM + 1) return false;
  }
  return false;
}

/** True when a proposing verb stands before the phrase in its clause: the rest of the clause is the proposal. */
function proposed(tokens: readonly Token[], first: number): boolean {
  // "must recommend", "needs to recommend", "should the architect recommend": up to three words back.
  const setTask = (j: number) => [1, 2, 3].some((d) => TASK_SET.has(tokens[j - d]?.word ?? ""));
  const proposing = (j: number) => PROPOSING.has(tokens[j]!.stem) && !setTask(j);
  return anyBefore(tokens, first, proposing, undefined, Infinity);
}

/**
 * True for a customizing verb in the past ("has fine-tuned", "already customized"; see CUSTOMIZING), or a phrase
 * right after "completed" or "finished" ("completed a continued pre-training job"). What the past job was done with
 * still counts ("a model that was trained on its archive… keep its vocabulary current" asks for the same again).
 */
function alreadyDone(tokens: readonly Token[], first: number): boolean {
  return anyBefore(tokens, first, (j) => FINISHED.has(tokens[j]!.word), undefined, 2) || doneCustomizing(tokens, first);
}

/** True when token `j` starts a customizing verb in the past: "(has) fine-tuned", "trained a model". */
function doneCustomizing(tokens: readonly Token[], j: number): boolean {
  const { stem } = tokens[j]!;
  const verb = stem === "fine" ? j + 1 : j;
  if (!CUSTOMIZING.has(stem) || !tokens[verb]?.word.endsWith("ed")) return false;
  // "A firm fine-tuned a model": a past verb with its object. "A fine-tuned model" is an adjective and is kept.
  if (OBJECT_START.has(tokens[verb + 1]?.word ?? "") && tokens[verb + 1]!.clause === tokens[j]!.clause) return true;
  return anyBefore(tokens, j, (k) => DONE.has(tokens[k]!.word), undefined, 2);
}

/**
 * True when `test` holds for one of the `reach` words before token `first`, within its clause; the reach grows by as
 * much again past each word of `extendAt` ("no labels or graders", "nobody has tagged them or paired them").
 */
function anyBefore(tokens: readonly Token[], first: number, test: (j: number) => boolean, extendAt?: ReadonlySet<string>, reach = NEGATION_REACH): boolean {
  const clause = tokens[first]!.clause;
  let limit = first - reach;
  for (let j = first - 1; j >= 0 && j >= limit && tokens[j]!.clause === clause; j--) {
    if (test(j)) return true;
    if (extendAt?.has(tokens[j]!.word)) limit -= reach;
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
