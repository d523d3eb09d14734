import { describe, expect, it } from "vitest";
import { parseSourceFile } from "@/lib/content/source-file";

const enc = (s: string) => new TextEncoder().encode(s);

function issuesOf(text: string | Uint8Array) {
  const result = parseSourceFile("c/x.md", typeof text === "string" ? enc(text) : text);
  if (result.ok) throw new Error("expected a failure");
  return result.issues;
}

describe("parseSourceFile", () => {
  it("splits frontmatter and body and locates fields by line", () => {
    const result = parseSourceFile("c/x.md", enc("---\ntitle: A\nlist:\n  - one\n  - two\n---\n\n## Body\n"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source.data).toEqual({ title: "A", list: ["one", "two"] });
    expect(result.source.lineOf(["title"])).toBe(2);
    expect(result.source.lineOf(["list", 1])).toBe(5);
    expect(result.source.lineOf(["missing"])).toBe(1);
    expect(result.source.body).toBe("\n## Body\n");
    expect(result.source.bodyStartLine).toBe(7);
  });

  it("reports an empty file", () => {
    expect(issuesOf("")).toEqual([{ file: "c/x.md", line: 1, field: "file", message: expect.stringContaining("empty file") }]);
    expect(issuesOf(" \n\n")[0]?.message).toMatch(/empty file/);
  });

  it("reports a file without frontmatter", () => {
    expect(issuesOf("# Title\n\ntext\n")[0]).toMatchObject({ line: 1, field: "frontmatter", message: expect.stringMatching(/missing/) });
  });

  it("reports an unclosed frontmatter fence", () => {
    expect(issuesOf("---\ntitle: A\n\n## Body\n")[0]).toMatchObject({ field: "frontmatter", message: expect.stringMatching(/not closed/) });
  });

  it("reports broken YAML with the line it is on", () => {
    const [issue] = issuesOf("---\ntitle: A\nsummary: [unclosed\norder: 1\n---\nbody\n");
    expect(issue).toMatchObject({ field: "frontmatter", message: expect.stringMatching(/^invalid YAML/) });
    expect(issue!.line).toBeGreaterThanOrEqual(3);
  });

  it("reports duplicate keys as invalid YAML", () => {
    expect(issuesOf("---\ntitle: A\ntitle: B\n---\nbody\n")[0]).toMatchObject({ line: 3, message: expect.stringMatching(/invalid YAML/) });
  });

  it("reports frontmatter that is not a mapping", () => {
    expect(issuesOf("---\n- a\n- b\n---\nbody\n")[0]?.message).toMatch(/key: value/);
    expect(issuesOf("---\n---\nbody\n")[0]?.message).toMatch(/empty/);
  });

  it("accepts CRLF line endings with the same line numbers", () => {
    const result = parseSourceFile("c/x.md", enc("---\r\ntitle: A\r\norder: 2\r\n---\r\n## Body\r\ntext\r\n"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source.data).toEqual({ title: "A", order: 2 });
    expect(result.source.lineOf(["order"])).toBe(3);
    expect(result.source.body).not.toContain("\r");
    expect(result.source.bodyStartLine).toBe(5);
  });

  it("accepts fences with trailing spaces, and a closing fence at the end of the file, with the same line numbers", () => {
    for (const text of ["---  \ntitle: A\norder: 2\n--- \t\nbody\n", "--- \ntitle: A\norder: 2\n---"]) {
      const result = parseSourceFile("c/x.md", enc(text));
      expect(result.ok, JSON.stringify(text)).toBe(true);
      if (!result.ok) continue;
      expect(result.source.data).toEqual({ title: "A", order: 2 });
      expect(result.source.lineOf(["title"]), JSON.stringify(text)).toBe(2);
      expect(result.source.lineOf(["order"]), JSON.stringify(text)).toBe(3);
      expect(result.source.bodyStartLine).toBe(5);
    }
    expect(issuesOf("--- \ntitle: A\ntitle: B\n---\nbody\n")[0]).toMatchObject({ line: 3, message: expect.stringMatching(/invalid YAML/) });
  });

  it("accepts a UTF-8 byte-order mark", () => {
    const result = parseSourceFile("c/x.md", enc("\uFEFF---\ntitle: Ä\n---\nbody\n"));
    expect(result.ok && result.source.data).toEqual({ title: "Ä" });
  });

  it("reports text that is not UTF-8, with its line", () => {
    const bytes = new Uint8Array([...enc("---\ntitle: A\n"), 0xff, 0xfe, 0x41, ...enc("\n---\n")]);
    expect(issuesOf(bytes)[0]).toMatchObject({ line: 3, field: "file", message: expect.stringMatching(/not valid UTF-8/) });
  });

  it("reports a binary file", () => {
    expect(issuesOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))[0]?.message).toMatch(/binary file/);
  });
});
