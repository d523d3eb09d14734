import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "@/lib/zod";
import { fieldName, valueAt, type ContentIssue } from "./issues";

/** A Markdown file split into frontmatter and body, with a way to find the line of any frontmatter field. */
export type SourceFile = {
  file: string;
  data: unknown;
  body: string;
  /** 1-based line of the file on which the body's first line stands. */
  bodyStartLine: number;
  /** Line of the value at `path` in the frontmatter, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
};

export type ParseResult = { ok: true; source: SourceFile } | { ok: false; issues: ContentIssue[] };

const FENCE = "---";
const BINARY_INT = /(?:^|[\s:,[{-])[-+]?0b[01]/m;

/**
 * Decodes and splits one content file. Text must be UTF-8 (a BOM is allowed and dropped); CRLF and CR line
 * endings are folded to LF so line numbers match what an editor shows. Every failure is returned as an issue,
 * never thrown.
 */
export function parseSourceFile(file: string, bytes: Uint8Array): ParseResult {
  const fail = (line: number, field: string, message: string): ParseResult => ({
    ok: false,
    issues: [{ file, line, field, message }],
  });

  if (bytes.includes(0)) return fail(1, "file", "binary file: content must be UTF-8 Markdown text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(lineOfInvalidByte(bytes), "file", "not valid UTF-8: save the file as UTF-8 text");
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail(1, "file", "empty file: expected frontmatter between --- lines and a Markdown body");

  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== FENCE) {
    return fail(1, "frontmatter", "missing: the file must start with a line containing only ---");
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === FENCE);
  if (close === -1) return fail(1, "frontmatter", "not closed: add a line containing only --- after the frontmatter");

  // Frontmatter is read twice over when that is cheaper: js-yaml (core schema, as `yaml` uses) reads the values,
  // fast; `yaml`, which knows where each value stands, runs only when js-yaml fails, to report the error where it
  // is, or when an issue asks for a line. The two agree on every file in content/ and the synthetic set (unit
  // test); binary integers (`0b101`), which only js-yaml reads as numbers, go to `yaml` straight away.
  let raw: string | undefined;
  let fast: { data: unknown } | undefined;
  // gray-matter reads only the head: it keeps a Buffer copy of whatever it is given, and the body is split off above.
  matter(lines.slice(0, close + 1).join("\n"), {
    engines: {
      yaml: (yamlText: string) => {
        raw = yamlText;
        if (BINARY_INT.test(yamlText)) return {};
        try {
          fast = { data: loadYaml(yamlText, { schema: CORE_SCHEMA }) };
        } catch {
          fast = undefined;
        }
        return {};
      },
    },
  });
  // gray-matter skips the engine when nothing stands between the fences.
  if (raw === undefined) return fail(1, "frontmatter", "empty: expected fields such as title and summary");
  const yamlText = raw;

  let located: { doc: Document.Parsed; line: (offset: number) => number } | undefined;
  const locate = () => {
    if (located) return located;
    const lineCounter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
    // Line of the opening fence, plus one when gray-matter hands over the fence's own newline with the YAML.
    const fenceLines = yamlText.startsWith("\n") ? 0 : 1;
    located = { doc, line: (offset: number) => lineCounter.linePos(offset).line + fenceLines };
    return located;
  };

  let data: unknown;
  if (fast) data = fast.data;
  else {
    const { doc, line } = locate();
    if (doc.errors.length) {
      return {
        ok: false,
        issues: doc.errors.map((e) => ({ file, line: line(e.pos[0]), field: "frontmatter", message: `invalid YAML: ${e.message.split("\n")[0]}` })),
      };
    }
    data = doc.toJS();
  }
  if (data === null || data === undefined) return fail(2, "frontmatter", "empty: expected fields such as title and summary");
  if (typeof data !== "object" || Array.isArray(data)) return fail(2, "frontmatter", "must be a set of key: value fields");

  const lineOf = (path: readonly PropertyKey[]): number => {
    const { doc, line } = locate();
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as unknown;
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return line(range[0]);
    }
    // A missing top-level field: point at the opening fence.
    return 1;
  };

  return {
    ok: true,
    source: { file, data, body: lines.slice(close + 1).join("\n"), bodyStartLine: close + 2, lineOf },
  };
}

function lineOfInvalidByte(bytes: Uint8Array): number {
  // The lenient decoder marks the first bad sequence with U+FFFD; count the lines before it.
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const bad = lenient.indexOf("\uFFFD");
  return lenient.slice(0, Math.max(bad, 0)).split(/\r\n?|\n/).length;
}

/** Turns a frontmatter schema failure into located issues: a missing field, an unknown one, or a bad value. */
export function frontmatterIssues(source: SourceFile, error: z.ZodError, allowed: readonly string[]): ContentIssue[] {
  return error.issues.map((issue) => {
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
    const missing = issue.code === "invalid_type" && valueAt(source.data, issue.path) === undefined;
    return {
      file: source.file,
      line: source.lineOf(path),
      field: fieldName(path),
      message: issue.code === "unrecognized_keys" ? `unknown field (allowed: ${allowed.join(", ")})` : missing ? "required field is missing" : issue.message,
    };
  });
}
