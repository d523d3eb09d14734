/**
 * The fast Markdown route against the reference it replaced, on everything we have: the parser (markdown-it →
 * mdast) against remark-parse + remark-gfm, the direct HTML writer against remark-rehype + rehype-sanitize +
 * hast-util-to-html, the frontmatter split against gray-matter's, and the frontmatter reader (js-yaml) against
 * `yaml`. Inputs: every file in content/, the
 * hostile fixture, an edge-case fixture written to probe the corners (task lists, loose and nested lists, tables
 * with alignment and escaped pipes, breaks, entities, unsafe and relative URLs, images) and a synthetic sample.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Nodes, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import matter from "gray-matter";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderNodes, renderNodesThroughHast, renderSections, renderSectionsThroughHast } from "@/lib/content/markdown";
import { markdownToMdast } from "@/lib/content/markdown-parse";
import { markdownFiles } from "@/lib/content/load";
import { frontmatterBlock, parseSourceFile } from "@/lib/content/source-file";
import { generateContent } from "../../scripts/generate-content";

const scratch = mkdtempSync(path.join(tmpdir(), "cc-md-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const synthetic = generateContent({ out: path.join(scratch, "set"), concepts: 30, questions: 300, seed: 11 }).dir;

const markdownUnder = (dir: string) =>
  markdownFiles(dir).map((f) => ({ name: path.join(dir, f), text: readFileSync(path.join(dir, f), "utf8").replace(/\r\n?/g, "\n") }));

/** Every input as { name, frontmatter?, body }. */
const inputs = [...markdownUnder("content"), ...markdownUnder("tests/fixtures"), ...markdownUnder(synthetic)].map(({ name, text }) => {
  const close = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
  return close === -1 ? { name, text, body: text } : { name, text, frontmatter: text.slice(4, close), body: text.slice(close + 5) };
});

const reference = unified().use(remarkParse).use(remarkGfm);

/**
 * The tree without what the two parsers legitimately differ on: positions (kept: each block's start line, which
 * the validator reports), inline code's line endings (remark keeps them, markdown-it turns them into spaces; both
 * render as spaces), and table cells past the header's width or empty at a row's end (remark keeps a row as
 * written, markdown-it pads and cuts it to the header; both render the header's width).
 */
function comparable(node: Nodes, width?: number): unknown {
  const { position, ...rest } = node as Nodes & { children?: Nodes[] };
  const out: Record<string, unknown> = { ...rest };
  if (node.type === "inlineCode") out.value = node.value.replace(/\n/g, " ");
  const inline = ["text", "emphasis", "strong", "delete", "link", "image", "inlineCode", "break", "html", "tableCell"];
  if (position && !inline.includes(node.type)) out.line = position.start.line;
  if ("children" in node) {
    let children = node.children as Nodes[];
    if (node.type === "tableRow" && width !== undefined) {
      children = children.slice(0, width);
      while (children.length && (children.at(-1) as { children: Nodes[] }).children.length === 0) children = children.slice(0, -1);
    }
    const rowWidth = node.type === "table" ? node.align?.length : undefined;
    out.children = children.map((c) => comparable(c, rowWidth));
  }
  return out;
}

describe("markdown-it → mdast against remark-parse + remark-gfm", () => {
  it(`builds the same tree for all ${inputs.length} inputs`, () => {
    expect(inputs.length).toBeGreaterThan(300);
    const differing = inputs.filter(({ body }) => !isDeepStrictEqual(comparable(markdownToMdast(body)), comparable(reference.runSync(reference.parse(body)) as Root)));
    expect(differing.map((d) => d.name)).toEqual([]);
  });

  it("can fail: a different tree is caught", () => {
    const body = "- [x] done\n- [ ] open\n";
    const ours = markdownToMdast(body);
    (ours.children[0] as { spread: boolean }).spread = true;
    expect(isDeepStrictEqual(comparable(ours), comparable(reference.runSync(reference.parse(body)) as Root))).toBe(false);
  });

  it("leaves out what the content guide says it does not cover: bare www and e-mail links, footnotes, single tildes", () => {
    const text = (md: string) => JSON.stringify(markdownToMdast(md).children);
    expect(text("Visit www.example.com or mail me@example.com.")).not.toContain('"link"');
    expect(text("A note.[^1]\n\n[^1]: The note.")).not.toContain("footnote");
    expect(text("~one~ and ~~two~~")).toContain('"value":"~one~ and "');
    // Known, unused corners where markdown-it reads GFM differently (content/README.md lists them):
    // an escaped backslash before a table pipe, and runs of three tildes.
    expect(text("| a \\\\| b |\n| - | - |\n| 1 | 2 |")).not.toContain('"table"');
    expect(text("x ~~~a~~~ y")).toContain('"delete"');
    // And keeps what it does: http(s) literals, <autolinks>, reference links (resolved).
    expect(text("See https://docs.aws.amazon.com/bedrock/ and <mailto:a@b.co> and [ref].\n\n[ref]: https://aws.amazon.com/")).toMatch(/"url":"https:\/\/docs\.aws\.amazon\.com\/bedrock\/".*"url":"mailto:a@b\.co".*"url":"https:\/\/aws\.amazon\.com\/"/);
  });
});

describe("direct HTML writer against remark-rehype + rehype-sanitize + hast-util-to-html", () => {
  /** Every fragment the loader renders: whole bodies, each block, list items' blocks, and inline content. */
  function fragments(tree: Root): RootContent[][] {
    const out: RootContent[][] = [tree.children, ...tree.children.map((n) => [n])];
    const visit = (node: Nodes) => {
      if (node.type === "listItem" || node.type === "blockquote") out.push(node.children);
      if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") out.push(node.children as RootContent[]);
      if ("children" in node) node.children.forEach(visit);
    };
    visit(tree);
    return out;
  }

  it("writes the same HTML for every fragment and every page's sections", () => {
    let compared = 0;
    const differing: string[] = [];
    for (const { name, body } of inputs) {
      const tree = markdownToMdast(body);
      for (const nodes of fragments(tree)) {
        compared++;
        if (renderNodes(nodes) !== renderNodesThroughHast(nodes)) differing.push(`${name}: ${renderNodesThroughHast(nodes).slice(0, 120)}`);
      }
      if (!isDeepStrictEqual(renderSections(tree), renderSectionsThroughHast(tree))) differing.push(`${name}: sections`);
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(differing).toEqual([]);
  });

  it("keeps the sanitizer's rules: unsafe links lose their href, images from other origins their src", () => {
    const html = renderNodes(markdownToMdast("[a](javascript:alert(1)) [b](HTTP://x.com) [c](/ok) ![d](https://evil.example/p.png) ![e](/local.png) ![f](//evil.example/q.png)").children);
    expect(html).toBe('<p><a>a</a> <a>b</a> <a href="/ok">c</a> <img alt="d"> <img src="/local.png" alt="e"> <img alt="f"></p>');
  });
});

describe("frontmatter: the split against gray-matter's", () => {
  /** What gray-matter hands its YAML engine for a file's head (opening fence to closing fence), or undefined. */
  function grayMatterBlock(head: string): string | undefined {
    let seen: string | undefined;
    matter(head, { engines: { yaml: (text: string) => ((seen = text), {}) } });
    return seen;
  }
  /** The head parseSourceFile hands on: from the opening fence to the end of the first line that is only ---. */
  function headOf(text: string): string | undefined {
    const lines = text.split("\n");
    if (lines[0]!.trimEnd() !== "---") return undefined;
    const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---");
    return close === -1 ? undefined : lines.slice(0, close + 1).join("\n");
  }

  /** What parseSourceFile hands frontmatterBlock for a head: from after the opening --- to the closing fence's line. */
  const between = (head: string) => head.slice(3, head.lastIndexOf("\n"));

  it("hands over the same YAML text, or none, in the corners", () => {
    const heads = [
      "---\ntitle: A\n---",
      "---   \ntitle: A\n--- \t",
      "---\n---",
      "---\n\n  \n---",
      "---\n# only a comment\n  # another\n---",
      "---\n# a comment\ntitle: A\n---",
      "---\ntitle: A # trailing\n---",
      "---\nsummary: a --- b\n---",
      "---\nlist:\n  - a\n  ---\n---",
      "---\n\ttitle: A\n---",
    ];
    for (const head of heads) expect(frontmatterBlock(between(head)), JSON.stringify(head)).toBe(grayMatterBlock(head));
  });

  it("differs only where gray-matter dropped lines: a line starting with --- inside the frontmatter is reported", () => {
    for (const head of ["---\ntitle: A\n---x\nmore: b\n---", "---\ntitle: A\n----\n---"]) {
      // gray-matter stopped at the ---x line, and "more: b" was in neither the frontmatter nor the body.
      expect(grayMatterBlock(head), head).toBe("\ntitle: A");
      const result = parseSourceFile("x.md", new TextEncoder().encode(`${head}\nBody.\n`));
      expect(result.ok ? result.source.data : result.issues[0], head).toMatchObject({ line: 3, field: "frontmatter", message: expect.stringMatching(/^invalid YAML/) });
    }
  });

  it("hands over the same YAML text for every file", () => {
    const heads = inputs.map((i) => headOf(i.text)).filter((h) => h !== undefined);
    expect(heads.length).toBeGreaterThan(300);
    for (const head of heads) expect(frontmatterBlock(between(head)), head.slice(0, 80)).toBe(grayMatterBlock(head));
  });
});

describe("frontmatter: js-yaml's reading against yaml's", () => {
  /** parseSourceFile's verdict on a frontmatter text, next to yaml's own: same values, or both refuse it. */
  function verdicts(frontmatter: string) {
    const result = parseSourceFile("x.md", new TextEncoder().encode(`---\n${frontmatter}\n---\nBody.\n`));
    let expected: unknown;
    try {
      expected = parseYaml(frontmatter, { uniqueKeys: true });
    } catch {
      expected = "invalid";
    }
    return { ours: result.ok ? result.source.data : "invalid", expected };
  }

  it("refuses what yaml refuses and reads numbers as it does, where js-yaml is laxer", () => {
    const cases = [
      'summary: "This is long\nand wraps"',
      "summary: 'This is long\nand wraps'",
      "related: [a,\nb]",
      'b: "y"# z',
      "a: [b]#c",
      "a: {b: c}#d",
      "a: -0x1F",
      "a: +0o17",
      "a: [-0x1]",
      'a: !!int "0b1"',
      "a: +.5",
      "a: !!float 1",
      "a: 1\na: 2",
    ];
    for (const c of cases) {
      const { ours, expected } = verdicts(c);
      expect(ours, c).toEqual(expected);
    }
  });

  it("gives the same values for every file", () => {
    const withFrontmatter = inputs.filter((i) => i.frontmatter !== undefined);
    expect(withFrontmatter.length).toBeGreaterThan(300);
    for (const { name, text, frontmatter } of withFrontmatter) {
      const result = parseSourceFile(name, new TextEncoder().encode(text));
      expect(result.ok && result.source.data, name).toEqual(parseYaml(frontmatter!));
    }
  });

  it("takes the fast road for every frontmatter in the plain style content uses", async () => {
    const { simpleYaml } = await import("@/lib/content/source-file");
    const withFrontmatter = inputs.filter((i) => i.frontmatter !== undefined);
    expect(withFrontmatter.filter((i) => !simpleYaml(i.frontmatter!)).map((i) => i.name)).toEqual([]);
    expect(simpleYaml("a: [1, 2]\nb:\n  - { phrase: \"x, y\", weight: 2 }")).toBe(true);
    expect(simpleYaml("a: |\n  block")).toBe(false);
  });

  it("reads the scalars the two libraries could disagree on as yaml does", () => {
    const scalars = ["0b101", "0o17", "017", "0x1F", "1_000", "10:30", "2026-11-21", "yes", "on", "~", ".inf", "-.Inf", ".NaN", "+12", "1e3"];
    for (const value of scalars) {
      const result = parseSourceFile("x.md", new TextEncoder().encode(`---\nvalue: ${value}\n---\nBody.\n`));
      expect(result.ok && result.source.data, value).toEqual(parseYaml(`value: ${value}`));
    }
  });
});
