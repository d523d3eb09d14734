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
/** Strict: a byte sequence that is not UTF-8 throws instead of turning into U+FFFD. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * True for frontmatter in the plain block style: every line `key: value`, `- value` or `- key: value` (any
 * indentation, no tabs), where each value is empty, a plain scalar that does not start with a YAML indicator or
 * look like a signed or prefixed number, a quoted scalar closed on its line, or a one-line flow collection of
 * such values. No comments, tags, anchors, block scalars or values that run on to another line.
 */
export function simpleYaml(text: string): boolean {
  if (/[\t#]/.test(text)) return false;
  return text.split("\n").every((line) => {
    let rest = line.trimStart();
    if (rest === "") return true;
    while (rest.startsWith("- ")) rest = rest.slice(2).trimStart();
    const keyed = /^[A-Za-z_][\w-]*:(?: +(.*))?$/.exec(rest);
    return simpleValue(keyed ? (keyed[1] ?? "") : rest);
  });
}

const QUOTED = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')$/;
const ODD_START = /^(?:[!&*|>%@`?:,\]}-]|[-+.]\.?\d|0[xXoObB]|[-+]?\.(?:inf|nan)\b)/i;

function simpleValue(raw: string): boolean {
  const value = raw.trim();
  if (value === "") return true;
  if (value.startsWith('"') || value.startsWith("'")) return QUOTED.test(value);
  if (value.startsWith("[") || value.startsWith("{")) {
    const close = value.startsWith("[") ? "]" : "}";
    if (!value.endsWith(close)) return false;
    const items = value.slice(1, -1).match(/(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,"'])+/g) ?? [];
    return items.every((item) => {
      if (/[[\]{}]/.test(item.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, ""))) return false;
      const pair = close === "}" ? /^\s*[A-Za-z_][\w-]*:\s+(.*)$/.exec(item) : null;
      return close === "}" ? pair !== null && simpleValue(pair[1]!) : simpleValue(item);
    });
  }
  return !ODD_START.test(value) && !/:\s|:$/.test(value);
}

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
    text = UTF8.decode(bytes);
  } catch {
    return fail(lineOfInvalidByte(bytes), "file", "not valid UTF-8: save the file as UTF-8 text");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (!/\S/.test(text)) return fail(1, "file", "empty file: expected frontmatter between --- lines and a Markdown body");

  // The fences are found by search rather than by splitting the file into lines: this runs on every file.
  const lineEnd = (from: number) => {
    const end = text.indexOf("\n", from);
    return end === -1 ? text.length : end;
  };
  if (text.slice(0, lineEnd(0)).trimEnd() !== FENCE) {
    return fail(1, "frontmatter", "missing: the file must start with a line containing only ---");
  }
  let closeStart = -1;
  for (let at = text.indexOf("\n" + FENCE); at !== -1; at = text.indexOf("\n" + FENCE, at + 1)) {
    if (text.slice(at + 1, lineEnd(at + 1)).trimEnd() === FENCE) {
      closeStart = at + 1;
      break;
    }
  }
  if (closeStart === -1) return fail(1, "frontmatter", "not closed: add a line containing only --- after the frontmatter");
  const closeEnd = lineEnd(closeStart);
  let close = 0; // 0-based line of the closing fence
  for (let at = text.indexOf("\n"); at !== -1 && at < closeStart; at = text.indexOf("\n", at + 1)) close++;

  // Frontmatter in the plain style content uses (see simpleYaml) is read by js-yaml (core schema, as `yaml` uses),
  // fast; `yaml`, which knows where each value stands, reads anything else, and runs to report an error where it
  // is or when an issue asks for a line. js-yaml is laxer than `yaml` about indentation, comments and number
  // forms, so only text on which the two agree takes the fast road (unit tests hold them to each other). The YAML
  // is what gray-matter would hand over (see frontmatterBlock): nothing but blanks and comments is empty.
  const yamlText = frontmatterBlock(text.slice(FENCE.length, closeStart - 1));
  if (yamlText === undefined) return fail(1, "frontmatter", "empty: expected fields such as title and summary");
  let fast: { data: unknown } | undefined;
  if (simpleYaml(yamlText)) {
    try {
      fast = { data: loadYaml(yamlText, { schema: CORE_SCHEMA }) };
    } catch {
      fast = undefined;
    }
  }

  let located: { doc: Document.Parsed; line: (offset: number) => number } | undefined;
  const locate = () => {
    if (located) return located;
    const lineCounter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
    // The YAML starts just after the opening `---`, trailing spaces and newline included, so its first line is the
    // fence's line and its line numbers are the file's.
    located = { doc, line: (offset: number) => lineCounter.linePos(offset).line };
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
    source: { file, data, body: text.slice(closeEnd + 1), bodyStartLine: close + 2, lineOf },
  };
}

/**
 * The YAML between the fences (`between`: from just after the opening `---`, the rest of that line included, to the
 * line break before the closing one), or undefined when only blank lines and `#` comments stand there. This is what
 * gray-matter hands its YAML engine (tests/unit/markdown-equivalence.test.ts holds the two equal), with one
 * difference: gray-matter ends the YAML at the first line that merely starts with `---` ("---x", "----"), and what
 * followed it up to the real fence was in neither the frontmatter nor the body; here it stays in the YAML, which
 * reports it. Splitting here instead of through gray-matter saved about 0.4 s of the 10,000-question check:
 * gray-matter builds a file object, merges its options and defines properties on every call.
 */
export function frontmatterBlock(between: string): string | undefined {
  return between.replace(/^\s*#[^\n]+/gm, "").trim() === "" ? undefined : between;
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
