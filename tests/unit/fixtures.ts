import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

/** A valid concept page; `overrides` replaces frontmatter lines by key, `body` replaces the body. */
export function conceptPage(opts: { slug?: string; related?: string[]; frontmatter?: string; body?: string; misconceptionPrefix?: string } = {}): string {
  const prefix = opts.misconceptionPrefix ?? opts.slug ?? "x";
  const frontmatter =
    opts.frontmatter ??
    [
      "title: Example method",
      "summary: Teaches an example method for the tests.",
      "order: 1",
      "group: training-methods",
      'examTasks: ["3.3"]',
      "signals:",
      "  - labeled examples",
      '  - { phrase: "reward function", weight: 3 }',
      "misconceptions:",
      `  - id: ${prefix}-one`,
      "    myth: A first wrong belief stated plainly.",
      "    truth: The first correction stated plainly.",
      `  - id: ${prefix}-two`,
      "    myth: A second wrong belief stated plainly.",
      "    truth: The second correction stated plainly.",
      `related: [${(opts.related ?? []).join(", ")}]`,
      "sources:",
      "  - title: Customize your model",
      "    url: https://docs.aws.amazon.com/bedrock/latest/userguide/custom-models.html",
      "  - title: Exam guide",
      "    url: https://docs.aws.amazon.com/aws-certification/latest/ai-practitioner-01/ai-practitioner-01.html",
      "updated: 2026-11-21",
    ].join("\n");
  const body =
    opts.body ??
    [
      "## What it is",
      filler(120),
      "## Mental model",
      filler(100),
      "## When to use it",
      "| a | b |\n| --- | --- |\n| 1 | 2 |",
      filler(100),
      "## Common misconceptions",
      filler(100),
      "## How it shows up on the exam",
      filler(100),
      "## Related concepts",
      filler(50),
      "## Sources",
      filler(50),
    ].join("\n\n");
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}

/** Writes files (relative path → text or bytes) into a fresh temporary content folder and returns its path. */
export function contentDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "content-"));
  for (const [rel, data] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, data);
  }
  return dir;
}
