import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { toString as mdToString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { countWords, parseMarkdown, renderMarkdown, renderSections } from "@/lib/content/markdown";

const hostile = [
  "Before <script>alert('x')</script> after.",
  "",
  "<script>",
  "steal()",
  "</script>",
  "",
  'Click <img src="x" onerror="alert(1)"> here and <a href="#" onclick="evil()">this</a> too.',
  "",
  "[js link](javascript:alert(1)) and [data link](data:text/html;base64,PHNjcmlwdD4=) and [ok](https://docs.aws.amazon.com/).",
  "",
  '<iframe src="https://evil.example"></iframe>',
  "",
  '<p style="color:red">styled text</p>',
  "",
  '<picture><source srcset="https://evil.example/wide.png 2x, /local.png 1x"><img src="/logo.png" alt="logo"></picture>',
  "",
  "![remote](https://evil.example/pixel.png) ![local](/logo.png)",
].join("\n");

describe("renderMarkdown sanitization", () => {
  const html = renderMarkdown(hostile);

  it("removes scripts, event handlers, iframes and inline styles", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bon\w+=/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/style=/i);
    expect(html).not.toContain("steal()");
  });

  it("drops javascript: and data: URLs and images from other origins", () => {
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:text/i);
    expect(html).not.toContain("evil.example");
    expect(html).toContain('href="https://docs.aws.amazon.com/"');
    expect(html).toContain('src="/logo.png"');
  });

  it("keeps the surrounding text", () => {
    for (const text of ["Before", "after.", "Click", "here and", "this", "too.", "js link", "data link", "ok", "styled text"]) {
      expect(html).toContain(text);
    }
  });
});

describe("renderSections", () => {
  const md = "Intro text.\n\n## First part\n\nOne.\n\n### A detail\n\nTwo.\n\n## First part\n\n| a | b |\n| - | - |\n| 1 | 2 |\n";
  const { intro, sections, toc } = renderSections(parseMarkdown(md));

  it("splits at H2 with unique ids and builds the table of contents", () => {
    expect(intro).toBe("<p>Intro text.</p>");
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ["first-part", "First part"],
      ["first-part-1", "First part"],
    ]);
    expect(toc).toEqual([
      { depth: 2, id: "first-part", text: "First part" },
      { depth: 3, id: "a-detail", text: "A detail" },
      { depth: 2, id: "first-part-1", text: "First part" },
    ]);
  });

  it("gives H3 headings a self-link anchor and wraps tables in a focusable scroll region", () => {
    expect(sections[0]!.html).toContain('<h3 id="a-detail"><a href="#a-detail">A detail</a></h3>');
    expect(sections[1]!.html).toMatch(/^<div class="table-scroll" tabindex="0" role="region" aria-label="[^"]+"><table>/);
  });
});

describe("a hostile concept page through the whole pipeline", () => {
  it("renders every attack inert and keeps the text", async () => {
    const { readFileSync } = await import("node:fs");
    const { loadContent } = await import("@/lib/content/load");
    const { contentDir } = await import("./fixtures");
    const filler = Array.from({ length: 120 }, (_, i) => `filler${i}`).join(" ");
    const text = readFileSync("tests/fixtures/hostile-concept.md", "utf8").replaceAll("HOSTILE_FILLER", filler);
    const dir = contentDir({ "concepts/hostile.md": text });
    const { concepts, issues } = loadContent(dir, dir);
    expect(issues).toEqual([]);
    const html = concepts[0]!.sections.map((s) => s.html).join("\n");
    expect(html).not.toMatch(/<(script|iframe|object|embed|form)\b/i);
    // The only input the allow-list keeps is GFM's task-list checkbox, always disabled.
    for (const input of html.match(/<input[^>]*>/g) ?? []) expect(input).toMatch(/disabled.*type="checkbox"/);
    expect(html).not.toMatch(/\bon[a-z]+=|style=|javascript:|data:text|evil\.example|pwned/i);
    for (const kept of ["Visible before", "visible after.", "Text after the frame.", "js link text", "data link text", "Styled paragraph text", "object fallback text", "cell text"]) {
      expect(html).toContain(kept);
    }
    expect(concepts[0]!.misconceptions[0]!.myth).toContain("<script>");
  });
});

describe("countWords", () => {
  // The definition: runs of non-space characters with at least one letter or digit in them.
  const byDefinition = (markdown: string) => mdToString(parseMarkdown(markdown), { includeImageAlt: true }).match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0;

  it("counts runs with a letter or digit, in any script, between any kind of space", () => {
    const samples = [
      "",
      "   \n\t ",
      "one two  three",
      "Fine-tuning (SFT) — 3 ways, e.g. 'RAG' vs. RFT!",
      "-- ... — → ✓ 🙂 ** __",
      "naïve café Ĳssel 日本語 العربية Ελληνικά ٣ ½ Ⅻ",
      "a\u00a0b\u2003c\u2028d\u3000e\ufefff g\u200bh",
      "x\u0007y \u0000z",
      "emoji🙂word 🙂 𝒜 𝟘",
      "![alt text here](/a.png) and `code span` and [link text](https://docs.aws.amazon.com/)",
      "| a | b |\n| - | - |\n| cell one | 2 |\n\n- [x] done item\n- [ ] open item",
    ];
    for (const sample of samples) expect(countWords(parseMarkdown(sample)), JSON.stringify(sample)).toBe(byDefinition(sample));
    expect(countWords(parseMarkdown("a\u00a0b\u2003c — 🙂 日本"))).toBe(4);
  });

  it("agrees with the definition on every concept page", () => {
    const dir = path.resolve("content/concepts");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
      const body = readFileSync(path.join(dir, file), "utf8").split(/^---$/m).slice(2).join("---");
      expect(countWords(parseMarkdown(body)), file).toBe(byDefinition(body));
    }
  });
});

describe("parseMarkdown line endings", () => {
  const withoutPositions = (tree: unknown) => JSON.parse(JSON.stringify(tree, (key, value) => (key === "position" ? undefined : value)));

  it("still folds CR and CRLF and replaces NUL, though content files reach it without them", () => {
    const raw = parseMarkdown("One\r\ntwo\rthree\0four\r\n\r\n- x\r\n- y\r\n");
    const clean = parseMarkdown("One\ntwo\nthree\uFFFDfour\n\n- x\n- y\n");
    expect(withoutPositions(raw)).toEqual(withoutPositions(clean));
    expect(mdToString(raw)).not.toMatch(/[\r\0]/);
  });
});
