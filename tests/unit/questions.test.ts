import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import type { Question } from "@/lib/content/schema";
import { conceptPage, contentDir } from "./fixtures";

/** Two concept pages, alpha (misconceptions alpha-one/two) and supervised-fine-tuning (sft-one/two). */
const concepts = {
  "concepts/alpha.md": conceptPage({ slug: "alpha" }),
  "concepts/supervised-fine-tuning.md": conceptPage({ slug: "supervised-fine-tuning", misconceptionPrefix: "sft" }),
  "concepts/rag-vs-fine-tuning.md": conceptPage({ slug: "rag-vs-fine-tuning", misconceptionPrefix: "rag" }),
};

function load(questions: Record<string, string>) {
  const files: Record<string, string> = { ...concepts };
  for (const [name, text] of Object.entries(questions)) files[`questions/${name}`] = text;
  const dir = contentDir(files);
  return loadContent(dir, dir);
}
const errors = (text: string) => load({ "q.md": text }).issues.map(formatIssue);
function only(text: string): Question {
  const { questions, issues } = load({ "q.md": text });
  expect(issues.map(formatIssue)).toEqual([]);
  expect(questions).toHaveLength(1);
  return questions[0]!;
}

const fm = (lines: string) => `---\n${lines}\n---\n\n`;
const opt = (mark: "x" | " ", text: string, why = `Why ${text}.`, misconception?: string) =>
  `- [${mark}] ${text}\n\n${misconception ? `  Misconception: ${misconception}\n\n` : ""}  ${why}\n`;

const single = (extra = "") =>
  fm(`id: q-single\ntype: single\nconcepts: [alpha]\ndifficulty: 1${extra}`) +
  "Where do training files go?\n\n## Options\n\n" +
  opt("x", "Amazon **S3**") +
  opt(" ", "The console", "Not a training input.", "alpha-one") +
  opt(" ", "An email") +
  opt(" ", "A USB stick") +
  "\n## Explanation\n\nS3 holds training data.\n";

describe("question bank parsing", () => {
  it("parses a single-answer question with explanations and a misconception", () => {
    const q = only(single());
    expect(q.type).toBe("single");
    if (q.type !== "single") return;
    expect(q.stem).toBe("Where do training files go?");
    expect(q.options.map((o) => [o.id, o.text, o.correct])).toEqual([
      ["a", "Amazon S3", true],
      ["b", "The console", false],
      ["c", "An email", false],
      ["d", "A USB stick", false],
    ]);
    expect(q.options[0]!.html).toBe("Amazon <strong>S3</strong>");
    expect(q.options[1]).toMatchObject({ misconception: "alpha-one", explanation: "<p>Not a training input.</p>" });
    expect(q.explanation).toBe("<p>S3 holds training data.</p>");
    expect(q.file).toBe("questions/q.md");
  });

  it("parses a multiple-response question and checks the choose-N rule", () => {
    const body = (choose: string) =>
      fm("id: q-multi\ntype: multiple-response\nconcepts: [alpha]\ndifficulty: 2") +
      `Which are true? (Choose ${choose}.)\n\n## Options\n\n` +
      opt("x", "One") + opt("x", "Two") + opt(" ", "Three") + opt(" ", "Four") + opt(" ", "Five");
    const q = only(body("two"));
    expect(q.type === "multiple-response" && q.options.filter((o) => o.correct).map((o) => o.id)).toEqual(["a", "b"]);
    expect(errors(body("three"))).toEqual(["questions/q.md:7: stem: says choose 3 but 2 options are marked [x]"]);
    expect(errors(body("two").replace(" (Choose two.)", ""))[0]).toMatch(/stem: a multiple-response stem must say how many to pick/);
  });

  it("parses an ordering question in its correct order", () => {
    const q = only(
      fm("id: q-order\ntype: ordering\nconcepts: [alpha]\ndifficulty: 2") +
        "Put these in order.\n\n## Steps\n\n1. Prepare data\n\n   First, data.\n\n2. Upload to S3\n\n   Then upload.\n\n3. Start the job\n\n   Last.\n",
    );
    expect(q.type === "ordering" && q.steps.map((s) => [s.id, s.text, s.explanation])).toEqual([
      ["s1", "Prepare data", "<p>First, data.</p>"],
      ["s2", "Upload to S3", "<p>Then upload.</p>"],
      ["s3", "Start the job", "<p>Last.</p>"],
    ]);
  });

  it("parses a matching question with shared responses", () => {
    const q = only(
      fm("id: q-match\ntype: matching\nconcepts: [alpha]\ndifficulty: 1") +
        "Match each.\n\n## Pairs\n\n| Prompt | Match | Why |\n| --- | --- | --- |\n| Labels | SFT | Labels train SFT. |\n| Reward | RFT | A grader. |\n| More labels | SFT | Again labels. |\n",
    );
    if (q.type !== "matching") throw new Error("expected matching");
    expect(q.responses.map((r) => [r.id, r.text])).toEqual([
      ["r1", "SFT"],
      ["r2", "RFT"],
    ]);
    expect(q.pairs.map((p) => [p.prompt, p.match])).toEqual([
      ["Labels", "r1"],
      ["Reward", "r2"],
      ["More labels", "r1"],
    ]);
  });

  it("parses a scenario whose options are method ids", () => {
    const q = only(
      fm("id: sel-x\ntype: single\nconcepts: [rag-vs-fine-tuning]\nmethod: rag\ndifficulty: 3") +
        "Policies change weekly; answers must cite them. Which approach?\n\n## Options\n\n" +
        opt("x", "rag") + opt(" ", "supervised-fine-tuning", "Training freezes facts.", "sft-one") + opt(" ", "prompt-engineering") + opt(" ", "distillation"),
    );
    expect(q).toMatchObject({ method: "rag", type: "single" });
  });

  it("reports each structural problem with its line", () => {
    const wrongCount = single().replace(opt(" ", "A USB stick"), "");
    expect(errors(wrongCount)).toContainEqual(expect.stringMatching(/^questions\/q\.md:\d+: options: a single-answer question has exactly 4 options$/));

    const twoCorrect = single().replace("- [ ] An email", "- [x] An email");
    expect(errors(twoCorrect)).toContainEqual(expect.stringMatching(/options: exactly one option must be marked \[x\]$/));

    const noExplanation = single().replace("  Why An email.\n", "");
    const lines = noExplanation.split("\n");
    expect(errors(noExplanation)).toEqual([`questions/q.md:${lines.indexOf("- [ ] An email") + 1}: options[2]: needs an explanation, indented under it, saying why it is right or wrong`]);

    const plainList = single().replace("- [ ] A USB stick", "- A USB stick");
    expect(errors(plainList)).toContainEqual(expect.stringMatching(/options\[3\]: start the option with \[x\] \(correct\) or \[ \] \(wrong\)$/));
    // A check written as text is not a check: the answer key never comes from an escaped bracket.
    const escaped = single().replace("- [ ] A USB stick", "- \\[x] A USB stick");
    expect(errors(escaped)).toContainEqual(expect.stringMatching(/options\[3\]: start the option with \[x\]/));

    const footnote = single().replace("S3 holds training data.\n", "S3 holds training data.[^1]\n\n[^1]: See the guide.\n");
    const footnoteLine = footnote.split("\n").indexOf("[^1]: See the guide.") + 1;
    expect(errors(footnote)).toEqual([`questions/q.md:${footnoteLine}: body: footnotes are not supported: put the note in the text, or link to the source`]);

    expect(errors(single().replace("## Options", "## Choices"))).toContainEqual(expect.stringMatching(/body: unknown section "## Choices"/));
    expect(errors(single().replace("Where do training files go?\n\n", ""))).toContainEqual(expect.stringMatching(/stem: missing/));
  });

  it("reports frontmatter problems: unknown concept, bad type, difficulty, unknown misconception, duplicate id", () => {
    expect(errors(single().replace("concepts: [alpha]", "concepts: [alpha, nope]"))).toEqual(['questions/q.md:4: concepts[1]: unknown concept "nope"']);
    expect(errors(single().replace("type: single", "type: essay"))[0]).toMatch(/^questions\/q\.md:3: type: /);
    expect(errors(single().replace("difficulty: 1", "difficulty: 5"))).toEqual(["questions/q.md:5: difficulty: must be 1, 2 or 3"]);
    expect(errors(single().replace("alpha-one", "sft-one"))).toContainEqual(expect.stringMatching(/options\[1\]\.misconception: unknown misconception "sft-one" for concepts alpha$/));
    const { issues } = load({ "a.md": single(), "b/c.md": single() });
    expect(issues.map(formatIssue)).toEqual(['questions/b/c.md:2: id: duplicate question id "q-single" (also questions/a.md)']);
  });

  it("reports scenario mistakes: non-method options, wrong key, missing method page", () => {
    const scenario = (method: string, concepts: string, first = "rag") =>
      fm(`id: sel-x\ntype: single\nconcepts: [${concepts}]\nmethod: ${method}\ndifficulty: 1`) + "A scenario?\n\n## Options\n\n" + opt("x", first) + opt(" ", "supervised-fine-tuning") + opt(" ", "prompt-engineering") + opt(" ", "fine-tune it");
    const msgs = errors(scenario("rag", "alpha"));
    expect(msgs).toContainEqual(expect.stringMatching(/options\[3\]: a scenario option must be a method id/));
    expect(errors(scenario("distillation", "alpha", "distillation").replace("fine-tune it", "rag"))).toEqual([
      'questions/q.md:4: concepts: a scenario for "distillation" must list its page "distillation"',
    ]);
    expect(errors(scenario("rag", "rag-vs-fine-tuning").replace("fine-tune it", "distillation").replace("- [x] rag", "- [x] distillation").replace("- [ ] distillation", "- [ ] rag"))).toContainEqual(
      expect.stringMatching(/method: the \[x\] option "distillation" must be the scenario's method "rag"/),
    );
  });

  it("reports matching and ordering shape problems", () => {
    const base = fm("id: q-m\ntype: matching\nconcepts: [alpha]\ndifficulty: 1") + "Match.\n\n## Pairs\n\n";
    expect(errors(base + "| Prompt | Answer |\n| - | - |\n| a | b |\n")).toContainEqual(expect.stringMatching(/pairs: the table's columns must be Prompt \| Match \| Why/));
    expect(errors(base + "| Prompt | Match | Why |\n| - | - | - |\n| a | b | c |\n| d | e | f |\n")).toContainEqual(expect.stringMatching(/pairs: a matching question has 3 to 7 prompts/));
    const ordering = fm("id: q-o\ntype: ordering\nconcepts: [alpha]\ndifficulty: 1") + "Order.\n\n## Steps\n\n- a\n\n  x\n- b\n\n  y\n- c\n\n  z\n";
    expect(errors(ordering)).toContainEqual(expect.stringMatching(/steps: steps must be a numbered list/));
  });

  it("reads a file longer than the reader's first buffer whole, and the next file after it intact", () => {
    // The loader reads every file into one reused buffer that starts at 64 KiB and grows.
    const long = single().replace("S3 holds training data.", `S3 holds training data. ${"Long explanation. ".repeat(12_000)}The end.`);
    expect(long.length).toBeGreaterThan(200_000);
    const { questions, issues } = load({ "a.md": long, "b.md": single().replace("id: q-single", "id: q-next") });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(questions.map((q) => q.id)).toEqual(["q-next", "q-single"]);
    expect(questions.find((q) => q.id === "q-single")!.explanation).toMatch(/The end\.<\/p>$/);
    expect(questions.find((q) => q.id === "q-next")!.stem).toBe("Where do training files go?");
  });

  it("reports a file that cannot be read as an issue, and goes on with the others", () => {
    const dir = contentDir({ ...concepts, "questions/q-1.md": single() });
    symlinkSync(path.join(dir, "nowhere.md"), path.join(dir, "questions", "broken.md"));
    const { questions, issues } = loadContent(dir, dir);
    expect(issues.map(formatIssue)).toEqual(["questions/broken.md:1: file: cannot be read (ENOENT): it is a link to a file that does not exist"]);
    expect(questions.map((q) => q.id)).toEqual(["q-single"]);
  });

  it("reads question files from nested and linked folders, skipping READMEs and other files", () => {
    const q = (id: string) => single().replace("id: q-single", `id: ${id}`);
    const dir = contentDir({
      ...concepts,
      "questions/b/deep/q-3.md": q("q-3"),
      "questions/a/q-2.md": q("q-2"),
      "questions/q-1.md": q("q-1"),
      "questions/README.md": "# How to write questions",
      "questions/notes.txt": "not a question",
      "elsewhere/q-4.md": q("q-4"),
    });
    symlinkSync(path.join(dir, "elsewhere"), path.join(dir, "questions", "linked"), "dir");
    const { questions, issues } = loadContent(dir, dir);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(questions.map((x) => x.file)).toEqual(["questions/q-1.md", "questions/a/q-2.md", "questions/b/deep/q-3.md", "questions/linked/q-4.md"]);
  });
});
