import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAdvisor, signalTableFrom, type SignalTable } from "@/lib/advisor";
import { evaluate, formatConfusion } from "@/lib/advisor/evaluate";
import { loadContent } from "@/lib/content/load";
import { isMethodId } from "@/lib/methods/catalog";

const table: SignalTable = {
  "supervised-fine-tuning": [
    { phrase: "labeled examples", weight: 3 },
    { phrase: "single task", weight: 2 },
    { phrase: "retraining", weight: 1 },
    { phrase: "correct answers", weight: 2 },
    { phrase: "prompt-response pairs", weight: 3 },
    { phrase: "fine-tune", weight: 1 },
  ],
  "reinforcement-fine-tuning": [{ phrase: "reward function", weight: 3 }],
  distillation: [{ phrase: "smaller model", weight: 3 }],
  "continued-pre-training": [{ phrase: "unlabeled text", weight: 3 }],
  rag: [
    { phrase: "knowledge base", weight: 3 },
    { phrase: "without retraining", weight: 3 },
    { phrase: "frequently changing", weight: 2 },
  ],
  "prompt-engineering": [
    { phrase: "few-shot", weight: 3 },
    { phrase: "prompt", weight: 1 },
    { phrase: "a few examples", weight: 2 },
  ],
  "provisioned-throughput": [{ phrase: "model units", weight: 3 }],
};
const advisor = createAdvisor(table);
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe("advise", () => {
  it("finds a phrase across word endings, case and a short gap, with exact offsets", () => {
    const text = "The team has 5,000 Labeled support Example transcripts.";
    const advice = advisor.advise(text);
    expect(advice.method).toBe("supervised-fine-tuning");
    expect(advice.signals).toEqual([{ start: 19, end: 42, phrase: "labeled examples", method: "supervised-fine-tuning", negated: false, weight: 3 }]);
    expect(slice(text, advice.signals[0]!)).toBe("Labeled support Example");
    expect(advice.ranking[0]).toEqual({ method: "supervised-fine-tuning", score: 3 });
    expect(advice.ranking).toHaveLength(7);
  });

  it("does not match across a sentence or beyond the gap", () => {
    expect(advisor.advise("They labeled. Examples exist.").signals).toEqual([]);
    expect(advisor.advise("labeled by three careful human examples").signals).toEqual([]);
  });

  it("marks a negated signal and counts it against its method", () => {
    const text = "The lab has no labeled examples, but it can write a reward function.";
    const advice = advisor.advise(text);
    expect(advice.method).toBe("reinforcement-fine-tuning");
    const [labels, reward] = advice.signals;
    expect(labels).toMatchObject({ method: "supervised-fine-tuning", negated: true });
    expect(slice(text, labels!)).toBe("labeled examples");
    expect(reward).toMatchObject({ method: "reinforcement-fine-tuning", negated: false });
    expect(slice(text, reward!)).toBe("reward function");
    expect(advice.ranking.find((r) => r.method === "supervised-fine-tuning")!.score).toBe(-3);
  });

  it("handles 'without', 'cannot', 'not just' and a negation stated by the phrase itself", () => {
    const a = advisor.advise("Answers must use the knowledge base without retraining the model.");
    expect(a.method).toBe("rag");
    expect(a.signals.map((s) => [s.phrase, s.negated])).toEqual([
      ["knowledge base", false],
      ["without retraining", false],
    ]);
    expect(advisor.advise("The team cannot afford retraining.").signals).toEqual([expect.objectContaining({ phrase: "retraining", negated: true })]);
    expect(advisor.advise("Experts cannot write down the correct answers for these prompts.").signals.find((s) => s.phrase === "correct answers")?.negated).toBe(true);
    const notJust = advisor.advise("It needs a model for many jobs, not just a single task.");
    expect(notJust.signals).toEqual([expect.objectContaining({ phrase: "single task", negated: true })]);
    expect(notJust.method).toBeNull();
  });

  it("reads what the model cannot do as the need, but still negates what the team lacks", () => {
    const unable = advisor.advise("The base model does not understand the unlabeled text it is given.");
    expect(unable.signals).toEqual([expect.objectContaining({ phrase: "unlabeled text", negated: false })]);
    expect(unable.method).toBe("continued-pre-training");
    expect(advisor.advise("It cannot follow the few-shot layout.").signals[0]).toMatchObject({ phrase: "few-shot", negated: false });
    expect(advisor.advise("The team does not have labeled examples.").signals[0]).toMatchObject({ phrase: "labeled examples", negated: true });
    expect(advisor.advise("Nobody knows how, and there are no labeled examples.").signals[0]).toMatchObject({ negated: true });
  });

  it("carries a negation along a comma list to its items, but not into a clause or past a contrast", () => {
    const list = advisor.advise("No summaries, labeled examples, or answers are attached to the archive.");
    expect(list.signals).toEqual([expect.objectContaining({ phrase: "labeled examples", negated: true })]);
    expect(advisor.advise("No summaries, tags, or labeled examples are attached.").signals[0]).toMatchObject({ negated: true });
    // An item that is a clause of its own, a list without "or"/"and", or a contrast: not negated.
    expect(advisor.advise("There is no budget, the team already has labeled examples, and a deadline.").signals[0]).toMatchObject({ negated: false });
    expect(advisor.advise("No labels, a reward function exists.").signals[0]).toMatchObject({ negated: false });
    expect(advisor.advise("No labels, but a reward function and a knowledge base.").signals.every((s) => !s.negated)).toBe(true);
  });

  it("does not break a clause or a sentence inside a number", () => {
    // "10,000" and "1.5" used to end the proposal's clause and the sentence, so the examples counted.
    expect(advisor.advise("A manager proposes writing 10,000 labeled examples.").method).toBeNull();
    expect(advisor.advise("A manager proposes writing 1.5 thousand labeled examples.").method).toBeNull();
    expect(advisor.advise("There are no 10,000 labeled examples.").signals[0]).toMatchObject({ negated: true });
  });

  it("carries a negation on through 'or' and 'nor', and reads 'rules out' as one", () => {
    const listed = advisor.advise("Nobody has checked the files or written correct answers.");
    expect(listed.signals).toEqual([expect.objectContaining({ phrase: "correct answers", negated: true })]);
    // Without the 'or', the same distance is out of reach.
    expect(advisor.advise("Nobody has checked the files and written correct answers.").signals[0]).toMatchObject({ negated: false });
    expect(advisor.advise("The budget rules out model units.").signals[0]).toMatchObject({ phrase: "model units", negated: true });
  });

  it("reads 'few' as hardly any, right before what it counts, but not 'a few' or 'few-shot'", () => {
    expect(advisor.advise("It has very few labeled examples.").signals).toEqual([expect.objectContaining({ phrase: "labeled examples", negated: true })]);
    expect(advisor.advise("It has a few labeled examples.").signals[0]).toMatchObject({ negated: false });
    expect(advisor.advise("It has little time and many labeled examples.").signals[0]).toMatchObject({ phrase: "labeled examples", negated: false });
    // A phrase written "a few …" needs its "a": "very few examples" is scarcity, not a few examples in a prompt.
    expect(advisor.advise("It has very few examples.").signals).toEqual([]);
    expect(advisor.advise("Put a few examples in it.").signals).toEqual([expect.objectContaining({ phrase: "a few examples", negated: false })]);
    expect(advisor.advise("It sends a few-shot prompt.").signals.every((s) => !s.negated)).toBe(true);
    expect(advisor.advise("It sends few-shot prompts.").method).toBe("prompt-engineering");
  });

  it("stops a negation at a clause boundary or a contrast word", () => {
    expect(advisor.advise("There is no budget, and the team has labeled examples.").signals[0]?.negated).toBe(false);
    expect(advisor.advise("No problem but labeled examples abound.").signals[0]?.negated).toBe(false);
  });

  it("treats a tried-and-failed method as contrast, for every phrase of it in the clause", () => {
    const advice = advisor.advise("Few-shot prompts alone did not fix it, so they gathered labeled examples.");
    expect(advice.signals.filter((s) => s.method === "prompt-engineering").map((s) => s.negated)).toEqual([true, true]);
    expect(advice.method).toBe("supervised-fine-tuning");
    expect(advisor.advise("Even with a careful prompt the answers drift.").signals[0]).toMatchObject({ method: "prompt-engineering", negated: true });
    expect(advisor.advise("A few-shot prompt alone gets the tone wrong.").signals.map((s) => s.negated)).toEqual([true, true]);
    // Or cannot be done at all.
    expect(advisor.advise("Writing labeled examples for every case is impractical.").signals[0]).toMatchObject({ phrase: "labeled examples", negated: true });
  });

  it("gives a trailing 'did not' to the nearest phrase before it, not to another method's phrase further back", () => {
    const text = "Putting the labeled examples in the prompt did not help.";
    const advice = advisor.advise(text);
    expect(advice.signals.map((s) => [slice(text, s), s.negated])).toEqual([
      ["labeled examples", false],
      ["prompt", true],
    ]);
    expect(advice.method).toBe("supervised-fine-tuning");
    // With nothing of another method in between, the marker still reaches back to it.
    expect(advisor.advise("The labeled examples did not help.").signals[0]).toMatchObject({ phrase: "labeled examples", negated: true });
  });

  it("reads a phrase inside a longer one of another method as part of it, but not one that only sits in its gap", () => {
    // "a few examples" matches "a few hundred labeled examples" with two words in its gap; "labeled examples" is
    // not part of it, and is heavier besides.
    const gap = advisor.advise("The team has a few hundred labeled examples.");
    expect(gap.method).toBe("supervised-fine-tuning");
    expect(gap.signals.map((s) => s.phrase)).toContain("labeled examples");
    const advice = advisor.advise("The team holds 4,000 prompt-response pairs.");
    expect(advice.signals.map((s) => s.phrase)).toEqual(["prompt-response pairs"]);
    expect(advice.ranking.find((r) => r.method === "prompt-engineering")!.score).toBe(0);
    // Beside it rather than inside it, the shorter phrase still counts.
    expect(advisor.advise("A prompt helps. The team also holds prompt-response pairs.").signals.map((s) => s.phrase)).toEqual(["prompt", "prompt-response pairs"]);
  });

  it("counts what was tried as tried and fallen short, but only a few words ahead", () => {
    const tried = advisor.advise("The team has tried a few-shot prompt, but the tone drifts.");
    expect(advisor.advise("They tweaked the prompt for a week.").signals[0]).toMatchObject({ negated: true });
    expect(advisor.advise("They tried instructions and then a longer prompt.").signals.map((s) => s.negated)).toEqual([true]);
    // An aim or a condition is not an attempt.
    expect(advisor.advise("The team is trying to build a knowledge base.").signals[0]).toMatchObject({ negated: false });
    expect(advisor.advise("Answers must stay right even when the knowledge base changes.").signals[0]).toMatchObject({ negated: false });
    // "Even with" reaches the attempt, not the need listed after it.
    expect(advisor.advise("Even with a prompt the model misreads unlabeled text and more unlabeled text.").method).toBe("continued-pre-training");
    expect(tried.signals.filter((s) => s.method === "prompt-engineering").map((s) => s.negated)).toEqual([true, true]);
    expect(advisor.advise("Even after a careful prompt the answers drift.").signals[0]).toMatchObject({ method: "prompt-engineering", negated: true });
    // The need that follows the attempt in the same clause is not negated.
    const need = advisor.advise("Even after several prompt tweaks the model handles the unlabeled text poorly.");
    expect(need.signals.find((s) => s.phrase === "unlabeled text")).toMatchObject({ negated: false });
    expect(need.method).toBe("continued-pre-training");
  });

  it("lets the last mention of a phrase decide which way it counts", () => {
    const advice = advisor.advise("They tried a smaller model, and quality fell. The business wants a smaller model at that price.");
    expect(advice.signals.map((s) => s.negated)).toEqual([true, false]);
    expect(advice.ranking[0]).toEqual({ method: "distillation", score: 3 });
  });

  it("leaves out customization that is already done, but not a customized model that is wanted", () => {
    expect(advisor.advise("The bank has fine-tuned a model. It now needs model units.").method).toBe("provisioned-throughput");
    expect(advisor.advise("The bank has fine-tuned a model.").signals).toEqual([]);
    expect(advisor.advise("Last year the bank fine-tuned a model.").signals).toEqual([]);
    expect(advisor.advise("The bank already fine-tuned it.").signals).toEqual([]);
    expect(advisor.advise("The bank wants to fine-tune a model.").method).toBe("supervised-fine-tuning");
    expect(advisor.advise("The bank needs a fine-tuned model.").method).toBe("supervised-fine-tuning");
    expect(advisor.advise("The lab completed a reward function job. It needs model units.").signals.map((s) => s.phrase)).toEqual(["model units"]);
  });

  it("reads 'nobody' and 'nothing' as negations", () => {
    expect(advisor.advise("Nobody has written a reward function yet.").signals[0]).toMatchObject({ method: "reinforcement-fine-tuning", negated: true });
    expect(advisor.advise("Nothing in the knowledge base helps.").signals[0]).toMatchObject({ negated: true });
  });

  it("leaves out a method someone merely proposes (a stock trap), but not the need stated beside it", () => {
    const advice = advisor.advise("A manager suggests a smaller model. Answers must come from a knowledge base.");
    expect(advice.signals.map((s) => s.phrase)).toEqual(["knowledge base"]);
    expect(advice.method).toBe("rag");
    expect(advisor.advise("An engineer proposes distilling into a smaller model.").method).toBeNull();
    // The whole proposal is left out, however long, but only within its clause: it does not reach past a comma into
    // what the team actually has.
    expect(advisor.advise("One partner argues the model should first be trained on all of the firm's unlabeled text.").method).toBeNull();
    // A recommendation the reader is asked to make is the task, not someone's proposal.
    expect(advisor.advise("You must recommend a solution for a team that has labeled examples.").method).toBe("supervised-fine-tuning");
    expect(advisor.advise("Which solution should the architect recommend for labeled examples?").method).toBe("supervised-fine-tuning");
    expect(advisor.advise("The lead argues for training, but the team has labeled examples.").method).toBe("supervised-fine-tuning");
  });

  it("adds several signals, counting a repeated phrase once", () => {
    const advice = advisor.advise("Policies are frequently changing; answers come from a knowledge base. The knowledge base is large, and a smaller model is wanted.");
    expect(advice.ranking.slice(0, 2)).toEqual([
      { method: "rag", score: 5 },
      { method: "distillation", score: 3 },
    ]);
    expect(advice.signals.filter((s) => s.phrase === "knowledge base")).toHaveLength(2);
  });

  it("says 'no clear signal' (null) when nothing matches or only negations do", () => {
    const none = advisor.advise("A company wants to improve its chatbot.");
    expect(none).toMatchObject({ method: null, signals: [] });
    expect(none.ranking.every((r) => r.score === 0)).toBe(true);
    expect(advisor.advise("We have no labeled examples.").method).toBeNull();
  });

  it("breaks an exact tie toward the least-effort method", () => {
    expect(advisor.advise("Use a prompt and some retraining.").method).toBe("prompt-engineering");
  });
});

describe("evaluation", () => {
  it("computes accuracy and a confusion matrix", () => {
    const result = evaluate(advisor, [
      { id: "a", text: "labeled examples", method: "supervised-fine-tuning" },
      { id: "b", text: "a smaller model", method: "distillation" },
      { id: "c", text: "nothing here", method: "rag" },
      { id: "d", text: "a reward function", method: "supervised-fine-tuning" },
    ]);
    expect(result).toMatchObject({ total: 4, correct: 2, accuracy: 0.5 });
    expect(result.confusion.rag.none).toBe(1);
    expect(result.confusion["supervised-fine-tuning"]["reinforcement-fine-tuning"]).toBe(1);
    expect(result.misses.map((m) => m.id)).toEqual(["c", "d"]);
    expect(formatConfusion(result).split("\n")).toHaveLength(8);
  });
});

describe("the advisor built from the concept pages", () => {
  const content = loadContent(path.resolve("content"));
  const real = createAdvisor(signalTableFrom(content.concepts));

  it("every method has signals on its page", () => {
    const t = signalTableFrom(content.concepts);
    for (const [method, phrases] of Object.entries(t)) expect(phrases.length, method).toBeGreaterThanOrEqual(10);
  });

  it("reads ordinary exam wording without tripping its own rules", () => {
    const cases: [string, string | null][] = [
      ["The company has a few hundred labeled examples of support replies in its house style.", "supervised-fine-tuning"],
      ["An AI practitioner must recommend a solution for a company that has thousands of labeled examples of support replies.", "supervised-fine-tuning"],
      ["The company has little time and many labeled examples in its house style.", "supervised-fine-tuning"],
      ["A company is trying to reduce inference cost.", "distillation"],
      ["The team wants to try RAG so that answers are grounded in its documents.", "rag"],
      ["The assistant must stay accurate even when the policy documents change every week.", "rag"],
      ["The company insists on answers grounded in its approved documents.", "rag"],
      ["The assistant must return completely up-to-date prices.", "rag"],
      ["The company needs a model that rarely hallucinates and cites sources.", "rag"],
      ["Users must be able to verify whether each answer comes from the source documents.", "rag"],
      ["Even with prompts the model misreads jargon and acronyms.", "continued-pre-training"],
      ["The company needs a knowledge base that still works when its documents change.", "rag"],
      ["A system prompt still does not keep the tone, so the company wants to use its labeled examples.", "supervised-fine-tuning"],
      ["The company prefers a serverless solution with no infrastructure to manage.", null],
      ["The assistant must answer using each customer's purchase history stored in a database.", null],
      // Session 24's phrases: a volume of text is a corpus, not traffic; "prompt-response" examples are training pairs, not prompting.
      ["The vendor has a large volume of text from its manuals but no prompt-response examples.", "continued-pre-training"],
      ["The bank must keep its current model and meet a latency target regardless of demand.", "provisioned-throughput"],
      ["Which purchasing option lets the team send requests to its customized model?", "provisioned-throughput"],
      ["Each invoice in the archive comes with a hand-checked record of its fields.", "supervised-fine-tuning"],
      ["The rate sheet is continually updated, and answers must reflect the newest version.", "rag"],
      ["The base model writes the summaries well when told the reader's age.", "prompt-engineering"],
      ["Engineers want a model that can speak the language of chip design.", "continued-pre-training"],
      // What the model cannot do is the need; "the current model" is the one in use, not fresh information.
      ["Analysts say the base model does not understand the jargon in their reports.", "continued-pre-training"],
      ["The current model slows down at peak hours.", "provisioned-throughput"],
      ["Answers must quote current prices.", "rag"],
      ["The operations team wants no throttling during the sale.", "provisioned-throughput"],
      ["The price list is replaced every Monday, and answers must quote it.", "rag"],
      ["A validator checks each generated record against the catalog.", "reinforcement-fine-tuning"],
      ["Each question is matched with an answer that the support lead wrote.", "supervised-fine-tuning"],
      ["Which approach should the team try first to make the replies friendlier?", "prompt-engineering"],
    ];
    for (const [text, method] of cases) expect(real.advise(text).method, text).toBe(method);
  });

  it("gets at least 75% of the bank's own scenarios right (regression floor)", () => {
    const items = content.questions.flatMap((q) => (q.method ? [{ id: q.id, text: q.stem, method: q.method }] : []));
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(evaluate(real, items).accuracy).toBeGreaterThanOrEqual(0.75);
  });

  const external = path.resolve("../shared/external/cloudcertprep-aif-c01-customization.jsonl");
  it.runIf(existsSync(external))("reaches the 85% target on the external evaluation set", () => {
    const items = readFileSync(external, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { source_id: string; stem: string; method: string })
      .flatMap((r) => (isMethodId(r.method) ? [{ id: r.source_id, text: r.stem, method: r.method }] : []));
    expect(items.length).toBeGreaterThan(30);
    expect(evaluate(real, items).accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
