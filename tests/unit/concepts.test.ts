import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { CONCEPT_SECTIONS } from "@/lib/content/schema";
import { conceptPage, contentDir } from "./fixtures";

function load(files: Record<string, string | Uint8Array>) {
  const dir = contentDir(files);
  return loadContent(dir, dir);
}
const messages = (files: Record<string, string | Uint8Array>) => load(files).issues.map(formatIssue);

describe("loadContent: concept pages", () => {
  it("loads valid pages into frozen, typed, rendered concepts", () => {
    const { concepts, issues } = load({
      "concepts/alpha.md": conceptPage({ slug: "alpha", related: ["beta"] }),
      "concepts/beta.md": conceptPage({ slug: "beta", related: ["alpha"] }),
    });
    expect(issues).toEqual([]);
    expect(concepts.map((c) => c.slug)).toEqual(["alpha", "beta"]);
    const alpha = concepts[0]!;
    expect(Object.isFrozen(alpha)).toBe(true);
    expect(alpha.signals).toEqual([
      { phrase: "labeled examples", weight: 1 },
      { phrase: "reward function", weight: 3 },
    ]);
    expect(alpha.sections.map((s) => s.title)).toEqual([...CONCEPT_SECTIONS]);
    expect(alpha.sections[2]!.html).toContain("<table>");
    expect(alpha.words).toBeGreaterThanOrEqual(600);
    expect(alpha.file).toBe("concepts/alpha.md");
  });

  it("reports a missing field at the frontmatter and a wrong type at its line", () => {
    const page = conceptPage({ slug: "alpha" }).replace("title: Example method\n", "").replace("order: 1", "order: first");
    expect(messages({ "concepts/alpha.md": page })).toEqual([
      "concepts/alpha.md:1: title: required field is missing",
      "concepts/alpha.md:3: order: Invalid input: expected number, received string",
    ]);
  });

  it("reports an unknown related slug at the right line and field", () => {
    const page = conceptPage({ slug: "alpha" }).replace("related: []", "related:\n  - foo");
    const [issue] = load({ "concepts/alpha.md": page }).issues;
    expect(issue).toMatchObject({ field: "related[0]", message: 'unknown concept "foo"' });
    expect(page.split("\n")[issue!.line - 1]).toBe("  - foo");
  });

  it("reports a duplicate slug in another folder", () => {
    expect(messages({ "concepts/alpha.md": conceptPage({ slug: "alpha" }), "concepts/more/alpha.md": conceptPage({ slug: "alpha", misconceptionPrefix: "other" }) })).toContain(
      'concepts/more/alpha.md:1: slug: duplicate slug "alpha" (also concepts/alpha.md)',
    );
  });

  it("reports a missing required section and a missing comparison table", () => {
    const page = conceptPage({ slug: "alpha" }).replace("## Mental model\n", "").replace("| a | b |\n| --- | --- |\n| 1 | 2 |", "no table here");
    const msgs = messages({ "concepts/alpha.md": page });
    expect(msgs.some((m) => /:\d+: body: missing required section "## Mental model"$/.test(m))).toBe(true);
    expect(msgs.some((m) => m.includes('section "When to use it" needs a comparison table'))).toBe(true);
  });

  it("reports a page that is too short", () => {
    const body = CONCEPT_SECTIONS.map((s, i) => `## ${s}\n\n${i === 2 ? "| a |\n| - |\n| 1 |" : "Short."}`).join("\n\n");
    expect(messages({ "concepts/alpha.md": conceptPage({ slug: "alpha", body }) }).join("\n")).toMatch(/body: too short: \d+ words \(at least 600\)/);
  });

  it("reports every problem across files at once, sorted by file and line", () => {
    const { issues } = load({
      "concepts/empty.md": "",
      "concepts/nofront.md": "# Hello\n",
      "concepts/badyaml.md": "---\ntitle: [\n---\n",
      "concepts/alpha.md": conceptPage({ slug: "alpha", related: ["nope"] }),
      "concepts/binary.md": new Uint8Array([0, 1, 2]),
      "concepts/latin1.md": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]),
    });
    expect(issues.map((i) => i.file)).toEqual([
      "concepts/alpha.md",
      "concepts/badyaml.md",
      "concepts/binary.md",
      "concepts/empty.md",
      "concepts/latin1.md",
      "concepts/nofront.md",
    ]);
  });

  it("rejects a source that is not an official AWS page and unknown fields", () => {
    const page = conceptPage({ slug: "alpha" }).replace("https://docs.aws.amazon.com/bedrock/latest/userguide/custom-models.html", "https://example.com/blog").replace("order: 1", "order: 1\ncolour: blue");
    const msgs = messages({ "concepts/alpha.md": page });
    expect(msgs).toContainEqual(expect.stringMatching(/^concepts\/alpha\.md:\d+: sources\[0\]\.url: must be an official AWS page/));
    expect(msgs).toContainEqual(expect.stringMatching(/^concepts\/alpha\.md:5: colour: unknown field/));
  });

  it("loads the real content: ten pages with the required slugs", () => {
    const { concepts, issues } = loadContent(path.resolve("content"));
    expect(issues.map(formatIssue)).toEqual([]);
    expect(concepts).toHaveLength(10);
    for (const slug of ["supervised-fine-tuning", "reinforcement-fine-tuning", "distillation", "continued-pre-training", "rag-vs-fine-tuning", "provisioned-throughput", "choosing-a-customization-method", "prompt-engineering", "training-data-preparation", "other-bedrock-options"]) {
      expect(concepts.map((c) => c.slug)).toContain(slug);
    }
    for (const c of concepts) expect(c.words, c.slug).toBeGreaterThanOrEqual(600);
  });
});
