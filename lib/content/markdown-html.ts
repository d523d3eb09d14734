import type { PhrasingContent, RootContent, TableRow } from "mdast";
import { normalizeUri } from "micromark-util-sanitize-uri";

/**
 * A direct mdast → HTML writer for trees without raw HTML: the same string remark-rehype, rehype-sanitize (with
 * the schema in markdown.ts) and hast-util-to-html produce, without building two hast trees on the way. Question
 * files render a dozen small fragments each (stem, options, explanations, table cells), and at ten thousand
 * questions that pipeline was a third of `content:check`. A unit test compares the two on every fragment of
 * `content/` and of a synthetic set. Returns `undefined` for anything it does not cover (raw HTML, footnotes,
 * references), and the caller takes the full pipeline.
 */
export function mdastToHtml(nodes: readonly RootContent[]): string | undefined {
  // Phrasing nodes may stand at the top too (a table cell's content); remark-rehype puts a line ending between
  // any two top-level hast nodes, and a break is two (<br> and a line ending).
  const top = (n: RootContent, i: number) =>
    BLOCKS.has(n.type) ? block(n, false) : n.type === "break" ? "<br>\n\n" : inline(n as PhrasingContent, i > 0 && nodes[i - 1]!.type === "break");
  return attempt(() => nodes.map(top).join("\n"));
}

const BLOCKS = new Set(["paragraph", "heading", "thematicBreak", "blockquote", "code", "list", "table", "html", "definition", "footnoteDefinition", "yaml"]);

/** The HTML of phrasing content (a heading's text, say), or `undefined` when it holds raw HTML. */
export function phrasingToHtml(nodes: readonly PhrasingContent[]): string | undefined {
  return attempt(() => phrasing(nodes));
}

/** The text the rendered HTML of phrasing content shows (what a slug is made from), or `undefined` as above. */
export function phrasingToText(nodes: readonly PhrasingContent[]): string | undefined {
  return attempt(() => plain(nodes));
}

export { attribute as escapeAttribute };

const UNSUPPORTED = Symbol("unsupported");

function attempt(render: () => string): string | undefined {
  try {
    return render();
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

const TEXT_ESCAPES = /[<&]/g;
const ATTRIBUTE_ESCAPES = /[\0"&'`]/g;
const hex = (c: string) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
const text = (value: string) => value.replace(TEXT_ESCAPES, hex);
const attribute = (value: string) => value.replace(ATTRIBUTE_ESCAPES, hex);
/** remark-rehype drops spaces and tabs around line endings inside text. */
const trimLines = (value: string) => (/[\r\n]/.test(value) ? value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, "$1") : value);

const HREF_PROTOCOLS = ["http", "https", "mailto"];
const SRC_PROTOCOLS = ["http", "https"];
const ABSOLUTE_URL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** rehype-sanitize's protocol rule: relative URLs pass, absolute ones only with a listed (case-sensitive) scheme. */
function safeUrl(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(":");
  const slash = url.indexOf("/");
  const question = url.indexOf("?");
  const hash = url.indexOf("#");
  if (colon < 0 || (slash > -1 && colon > slash) || (question > -1 && colon > question) || (hash > -1 && colon > hash)) return true;
  return protocols.some((p) => colon === p.length && url.startsWith(p));
}

function block(node: RootContent, tightItem: boolean): string {
  switch (node.type) {
    case "paragraph":
      return tightItem ? phrasing(node.children) : `<p>${phrasing(node.children)}</p>`;
    case "heading":
      return `<h${node.depth}>${phrasing(node.children)}</h${node.depth}>`;
    case "thematicBreak":
      return "<hr>";
    case "blockquote":
      return `<blockquote>${wrapLoose(node.children.map((c) => block(c, false)))}</blockquote>`;
    case "code": {
      // remark-rehype takes the first word; the sanitizer keeps `language-…` only with something after the dash.
      const lang = node.lang?.split(/\s+/)[0];
      const cls = lang ? ` class="${attribute(`language-${lang}`)}"` : "";
      return `<pre><code${cls}>${text(node.value ? `${node.value}\n` : "")}</code></pre>`;
    }
    case "list": {
      const loose = node.spread === true || node.children.some((item) => (item.spread ?? item.children.length > 1) === true);
      const task = node.children.some((item) => typeof item.checked === "boolean");
      const start = node.ordered && typeof node.start === "number" && node.start !== 1 ? ` start="${node.start}"` : "";
      const tag = node.ordered ? "ol" : "ul";
      return `<${tag}${start}${task ? ' class="contains-task-list"' : ""}>${wrapLoose(node.children.map((item) => listItem(item, loose)))}</${tag}>`;
    }
    case "table":
      return table(node.align ?? [], node.children);
    default:
      throw UNSUPPORTED;
  }
}

function listItem(item: Extract<RootContent, { type: "listItem" }>, loose: boolean): string {
  const parts = item.children.map((c) => ({ isP: c.type === "paragraph", html: block(c, false) }));
  if (typeof item.checked === "boolean") {
    const box = `<input type="checkbox"${item.checked ? " checked" : ""} disabled>`;
    const head = parts[0];
    if (head?.isP) {
      const inner = head.html.slice(3, -4);
      head.html = `<p>${box}${inner ? ` ${inner}` : ""}</p>`;
    } else parts.unshift({ isP: true, html: `<p>${box}</p>` });
  }
  let out = "";
  parts.forEach((part, i) => {
    if (loose || i !== 0 || !part.isP) out += "\n";
    out += part.isP && !loose ? part.html.slice(3, -4) : part.html;
  });
  const tail = parts.at(-1);
  if (tail && (loose || !tail.isP)) out += "\n";
  return `<li${typeof item.checked === "boolean" ? ' class="task-list-item"' : ""}>${out}</li>`;
}

function table(align: readonly (string | null | undefined)[], rows: readonly TableRow[]): string {
  const row = (r: TableRow, tag: "th" | "td") => {
    const cells: string[] = [];
    for (let i = 0; i < align.length; i++) {
      const a = align[i] ? ` align="${align[i]}"` : "";
      const cell = r.children[i];
      cells.push(`<${tag}${a}>${cell ? phrasing(cell.children) : ""}</${tag}>`);
    }
    return `<tr>${wrapLoose(cells)}</tr>`;
  };
  const [head, ...body] = rows;
  const parts: string[] = [];
  if (head) parts.push(`<thead>${wrapLoose([row(head, "th")])}</thead>`);
  if (body.length) parts.push(`<tbody>${wrapLoose(body.map((r) => row(r, "td")))}</tbody>`);
  return `<table>${wrapLoose(parts)}</table>`;
}

/** remark-rehype's "loose" wrapping: a line ending before, between and after the children. */
function wrapLoose(parts: readonly string[]): string {
  return parts.length ? `\n${parts.join("\n")}\n` : "\n";
}

/**
 * Phrasing content. After a hard break remark-rehype drops the leading spaces of the next node's text, or of its
 * first child's when that is text; `afterBreakFirst` carries that into an element's children.
 */
function phrasing(nodes: readonly PhrasingContent[], afterBreakFirst = false): string {
  let out = "";
  nodes.forEach((node, i) => {
    out += inline(node, i === 0 ? afterBreakFirst : nodes[i - 1]!.type === "break");
  });
  return out;
}

const trimStart = (value: string, yes: boolean) => (yes ? value.replace(/^[\t ]+/, "") : value);

/** One phrasing node; `afterBreak`: it follows a hard break (see phrasing). */
function inline(node: PhrasingContent, afterBreak: boolean): string {
  switch (node.type) {
    case "text":
      return text(trimStart(trimLines(node.value), afterBreak));
    case "break":
      return "<br>\n";
    case "inlineCode":
      return `<code>${text(trimStart(node.value.replace(/\r?\n|\r/g, " "), afterBreak))}</code>`;
    case "emphasis":
    case "strong":
    case "delete": {
      const tag = node.type === "emphasis" ? "em" : node.type === "strong" ? "strong" : "del";
      return `<${tag}>${phrasing(node.children, afterBreak && node.children[0]?.type === "text")}</${tag}>`;
    }
    case "link": {
      const href = normalizeUri(node.url);
      const attrs = (safeUrl(href, HREF_PROTOCOLS) ? ` href="${attribute(href)}"` : "") + (node.title != null ? ` title="${attribute(node.title)}"` : "");
      return `<a${attrs}>${phrasing(node.children, afterBreak && node.children[0]?.type === "text")}</a>`;
    }
    case "image": {
      const src = normalizeUri(node.url);
      const keep = safeUrl(src, SRC_PROTOCOLS) && !ABSOLUTE_URL.test(src.trim());
      return `<img${keep ? ` src="${attribute(src)}"` : ""} alt="${attribute(node.alt ?? "")}"${node.title != null ? ` title="${attribute(node.title)}"` : ""}>`;
    }
    default:
      throw UNSUPPORTED;
  }
}

/** Text content of rendered phrasing: what the elements above contain as text (images contribute none), trimmed after breaks as there. */
function plain(nodes: readonly PhrasingContent[], afterBreakFirst = false): string {
  let out = "";
  nodes.forEach((node, i) => {
    const afterBreak = i === 0 ? afterBreakFirst : nodes[i - 1]!.type === "break";
    switch (node.type) {
      case "text":
        out += trimStart(trimLines(node.value), afterBreak);
        break;
      case "break":
        out += "\n";
        break;
      case "inlineCode":
        out += trimStart(node.value.replace(/\r?\n|\r/g, " "), afterBreak);
        break;
      case "emphasis":
      case "strong":
      case "delete":
      case "link":
        out += plain(node.children, afterBreak && node.children[0]?.type === "text");
        break;
      case "image":
        break;
      default:
        throw UNSUPPORTED;
    }
  });
  return out;
}
