import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { AlignType, ListItem, PhrasingContent, Root, RootContent, TableCell, TableRow } from "mdast";

/**
 * Markdown → mdast with markdown-it's tokenizer, for speed: it reads the 25.8 MB synthetic set in about 2 s,
 * where micromark (remark-parse's tokenizer) took about 17 s. The tree is the one remark-parse + remark-gfm build
 * for the same text (tests/unit/markdown-equivalence.test.ts compares them on every file in content/, the
 * fixtures and a synthetic sample), so validation and rendering are unchanged. Covered: CommonMark, GFM tables,
 * task lists, `~~strikethrough~~` and `http(s)://` autolink literals. Not covered: footnotes, single-tilde
 * strikethrough, bare `www.` and e-mail links; reference links come out resolved (content/README.md says so).
 * Block nodes carry the lines the validator reports. markdown-it 14, not 15: 15 ships only a transpiled build
 * whose token constructor made parsing about a third slower here.
 */
const md = new MarkdownIt("default", { html: true, linkify: true });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
// Only http(s):// literals, as GFM links them (it has no `ftp:`, `mailto:` or `//` literals), and a cheap first
// test: without "://" nothing can match, and linkify-it's own first test is a large Unicode pattern.
for (const schema of ["ftp:", "mailto:", "//"]) md.linkify.add(schema, null);
const pretest = md.linkify.pretest.bind(md.linkify);
md.linkify.pretest = (text: string) => text.includes("://") && pretest(text);
// mdast keeps a link's destination as written (escapes and references decoded); remark-rehype encodes it and the
// sanitizer judges it. markdown-it would encode it here and drop links it considers unsafe, keeping their Markdown
// as text, so both steps are left to the later stages.
md.normalizeLink = (url) => url;
md.normalizeLinkText = (url) => url;
md.validateLink = () => true;
// markdown-it's first rule runs two replaces over the whole text (CR and CRLF to LF, NUL to U+FFFD) on every call;
// text from content files has neither (parseSourceFile folds line endings and refuses NUL), so it runs only if needed.
md.core.ruler.at("normalize", (state) => {
  if (/[\r\0]/.test(state.src)) state.src = state.src.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD");
});

/** Tokens being read, and the offset at which each line of the source starts (plus one past the end). */
type Cursor = { tokens: Token[]; i: number; lineStarts: readonly number[] };

/** A token attribute as a string (markdown-it types them as string | number). */
function attr(token: Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}

/** A block's position: from the start of its first line to the end of its last (markdown-it maps whole lines). */
function position(cursor: Cursor, token: Token) {
  const [first, next] = token.map ?? [0, 1];
  return span(cursor.lineStarts, first + 1, Math.max(next, first + 1));
}

/** Points for lines `from` to `to` (1-based, inclusive), with the offsets unist positions carry. */
function span(lineStarts: readonly number[], from: number, to: number) {
  const last = lineStarts.length - 2; // the last line; the final entry marks the end of the text
  const first = Math.min(from, last);
  const final = Math.min(to, last);
  const start = lineStarts[first - 1]!;
  const end = Math.max(start, lineStarts[final]! - 1);
  return { start: { line: from, column: 1, offset: start }, end: { line: to, column: end - lineStarts[final - 1]! + 1, offset: end } };
}

/** Appends phrasing content, merging adjacent text as mdast does. */
function pushText(into: PhrasingContent[], value: string) {
  if (value === "") return;
  const last = into.at(-1);
  if (last?.type === "text") last.value += value;
  else into.push({ type: "text", value });
}

function inline(tokens: readonly Token[]): PhrasingContent[] {
  return inlineUntil({ tokens: tokens as Token[], i: 0, lineStarts: [] }, undefined);
}

/** The inline token after an opening block token, as phrasing; moves past it and its closing token. */
function inlineContent(cursor: Cursor): PhrasingContent[] {
  const content = cursor.tokens[cursor.i]!;
  cursor.i += 2;
  return inline(content.children ?? []);
}

function inlineUntil(cursor: Cursor, close: string | undefined): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  while (cursor.i < cursor.tokens.length) {
    const t = cursor.tokens[cursor.i++]!;
    if (t.type === close) return out;
    switch (t.type) {
      case "text":
      case "text_special":
        pushText(out, t.content);
        break;
      case "softbreak":
        pushText(out, "\n");
        break;
      case "hardbreak":
        out.push({ type: "break" });
        break;
      case "code_inline":
        out.push({ type: "inlineCode", value: t.content });
        break;
      case "html_inline":
        out.push({ type: "html", value: t.content });
        break;
      case "em_open":
        out.push({ type: "emphasis", children: inlineUntil(cursor, "em_close") });
        break;
      case "strong_open":
        out.push({ type: "strong", children: inlineUntil(cursor, "strong_close") });
        break;
      case "s_open":
        out.push({ type: "delete", children: inlineUntil(cursor, "s_close") });
        break;
      case "link_open":
        out.push({ type: "link", url: attr(t, "href") ?? "", title: attr(t, "title"), children: inlineUntil(cursor, "link_close") });
        break;
      case "image":
        out.push({ type: "image", url: attr(t, "src") ?? "", title: attr(t, "title"), alt: plain(t.children ?? []) });
        break;
      default:
        throw new Error(`markdown: unexpected inline token ${t.type}`);
    }
  }
  return out;
}

/** An image's alt text: the text of its description, without markup. */
function plain(tokens: readonly Token[]): string {
  const one = (t: Token) =>
    t.type === "image" ? plain(t.children ?? []) : t.type === "softbreak" ? "\n" : ["text", "text_special", "code_inline", "html_inline"].includes(t.type) ? t.content : "";
  return tokens.map(one).join("");
}

const TASK = /^\[([ xX])\][ \t\n]/;

/**
 * GFM task item: the first paragraph's source starts with `[ ]` or `[x]` and a space, tab or line ending, with
 * more content after it. Judged on the source, so `\[x]` or `&#91;x]` stay text, as in GFM. The check and one
 * whitespace character after it leave the text, as mdast-util-gfm-task-list-item does.
 */
function taskCheck(item: ListItem, source: string | undefined): boolean | null {
  const first = item.children[0];
  if (first?.type !== "paragraph" || source === undefined) return null;
  const match = TASK.exec(source);
  const head = first.children[0];
  if (!match || !/\S/.test(source.slice(match[0].length)) || head?.type !== "text" || !head.value.startsWith(match[0].slice(0, 3))) return null;
  head.value = head.value.slice(4);
  if (head.value === "") first.children.shift();
  return match[1] !== " ";
}

const ALIGN = /text-align:(left|right|center)/;

/** Block tokens up to the closing token `close` (or the end), as mdast nodes. */
function blocks(cursor: Cursor, close: string | undefined): RootContent[] {
  const out: RootContent[] = [];
  while (cursor.i < cursor.tokens.length) {
    const t = cursor.tokens[cursor.i++]!;
    if (t.type === close) return out;
    switch (t.type) {
      case "paragraph_open":
        out.push({ type: "paragraph", children: inlineContent(cursor), position: position(cursor, t) });
        break;
      case "heading_open":
        out.push({ type: "heading", depth: Number(t.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6, children: inlineContent(cursor), position: position(cursor, t) });
        break;
      case "bullet_list_open":
      case "ordered_list_open":
        out.push(list(t, cursor));
        break;
      case "blockquote_open":
        out.push({ type: "blockquote", children: blocks(cursor, "blockquote_close") as never, position: position(cursor, t) });
        break;
      case "fence": {
        // Split the info string as written, then decode escapes and references in each part, as micromark does.
        const info = t.info.trim();
        const space = info.search(/[ \t]/);
        const decode = md.utils.unescapeAll;
        out.push({
          type: "code",
          lang: info ? decode(space === -1 ? info : info.slice(0, space)) : null,
          meta: space === -1 ? null : decode(info.slice(space).trim()) || null,
          value: t.content.replace(/\n$/, ""),
          position: position(cursor, t),
        });
        break;
      }
      case "code_block":
        out.push({ type: "code", lang: null, meta: null, value: t.content.replace(/\n+$/, ""), position: position(cursor, t) });
        break;
      case "hr":
        out.push({ type: "thematicBreak", position: position(cursor, t) });
        break;
      case "html_block":
        out.push({ type: "html", value: t.content.replace(/\n$/, ""), position: position(cursor, t) });
        break;
      case "table_open":
        out.push(table(t, cursor));
        break;
      default:
        throw new Error(`markdown: unexpected block token ${t.type}`);
    }
  }
  return out;
}

/** The last line (1-based) of a node's own content, trailing blank lines of list items excluded. */
function lastLine(node: RootContent): number {
  if (node.type === "listItem" && node.children.length === 0) return node.position?.start.line ?? 0;
  const last = node.type === "list" || node.type === "listItem" ? (node.children as RootContent[]).at(-1) : undefined;
  // markdown-it's list items run on through the blank lines after them; a blockquote ends on its last line.
  return last ? lastLine(last) : (node.position?.end.line ?? 0);
}

/** True when a blank line separates two sibling blocks. */
const gap = (a: RootContent, b: RootContent) => (b.position?.start.line ?? 0) > lastLine(a) + 1;

/**
 * A list, with mdast's `spread`: an item is spread when a blank line separates two of its blocks, a list when a
 * blank line separates two of its items (remark-rehype counts either as CommonMark's "loose").
 */
function list(open: Token, cursor: Cursor): RootContent {
  const ordered = open.type === "ordered_list_open";
  const close = ordered ? "ordered_list_close" : "bullet_list_close";
  const items: ListItem[] = [];
  while (cursor.i < cursor.tokens.length) {
    const t = cursor.tokens[cursor.i++]!;
    if (t.type === close) break;
    if (t.type !== "list_item_open") throw new Error(`markdown: unexpected list token ${t.type}`);
    // The item's first paragraph as written (escapes and references not yet decoded), for the task check.
    const source = cursor.tokens[cursor.i]?.type === "paragraph_open" ? cursor.tokens[cursor.i + 1]?.content : undefined;
    const children = blocks(cursor, "list_item_close") as ListItem["children"];
    const item: ListItem = { type: "listItem", spread: children.some((c, k) => k > 0 && gap(children[k - 1]!, c)), checked: null, children, position: position(cursor, t) };
    item.checked = taskCheck(item, source);
    items.push(item);
  }
  const spread = items.some((item, k) => k > 0 && gap(items[k - 1]!, item));
  const start = ordered ? Number(attr(open, "start") ?? 1) : null;
  return { type: "list", ordered, start, spread, children: items, position: position(cursor, open) };
}

function table(open: Token, cursor: Cursor): RootContent {
  const rows: TableRow[] = [];
  const align: AlignType[] = [];
  let row: TableCell[] | undefined;
  let rowToken: Token | undefined;
  while (cursor.i < cursor.tokens.length) {
    const t = cursor.tokens[cursor.i++]!;
    if (t.type === "table_close") break;
    if (t.type === "tr_open") {
      row = [];
      rowToken = t;
    } else if (t.type === "tr_close" && row && rowToken) {
      rows.push({ type: "tableRow", children: row, position: position(cursor, rowToken) });
    } else if (t.type === "th_open" || t.type === "td_open") {
      if (t.type === "th_open") align.push((ALIGN.exec(attr(t, "style") ?? "")?.[1] as AlignType | undefined) ?? null);
      row?.push({ type: "tableCell", children: inlineContent(cursor) });
    }
  }
  return { type: "table", align, children: rows, position: position(cursor, open) };
}

/** Parses Markdown into an mdast tree (see above for what it covers). */
export function markdownToMdast(markdown: string): Root {
  const tokens = md.parse(markdown, {});
  const lineStarts = [0];
  for (let i = markdown.indexOf("\n"); i !== -1; i = markdown.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lines = lineStarts.length;
  lineStarts.push(markdown.length + 1);
  const children = blocks({ tokens, i: 0, lineStarts }, undefined);
  return { type: "root", children, position: span(lineStarts, 1, lines) };
}
