import GithubSlugger from "github-slugger";
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Root as MdRoot } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { escapeAttribute, mdastToHtml, phrasingToHtml, phrasingToText } from "./markdown-html";
import { markdownToMdast } from "./markdown-parse";
import type { RenderedSection, TocEntry } from "./schema";

/**
 * The one Markdown pipeline: Markdown → mdast (markdown-parse.ts, the tree remark-parse + GFM build) →
 * remark-rehype → rehype-raw (raw HTML parsed, so the text inside it survives) → rehype-sanitize (GitHub's
 * allow-list: no scripts, event handlers, styles or iframes). `src` may not carry any protocol, so content can
 * never make the page fetch from another origin, and `href` keeps only http(s)/mailto and relative links. Trees
 * without raw HTML skip the hast steps: markdown-html.ts writes the same HTML straight from mdast.
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

const ABSOLUTE_URL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/**
 * Drops any `src` or `srcset` that points off-site (the sanitizer alone allows http(s) images, and `srcset` on
 * `<source>` inside `<picture>`). A `srcset` goes whole if any of its candidates is absolute.
 */
function localMediaOnly() {
  const visit = (node: HastRoot | ElementContent | RootContent) => {
    if (node.type === "element" && typeof node.properties.src === "string" && ABSOLUTE_URL.test(node.properties.src.trim())) {
      delete node.properties.src;
    }
    const srcSet = node.type === "element" ? node.properties.srcSet : undefined;
    if (node.type === "element" && srcSet !== undefined && srcSet !== null) {
      const candidates = (Array.isArray(srcSet) ? srcSet.map(String) : String(srcSet).split(",")).map((c) => c.trim());
      if (candidates.some((c) => ABSOLUTE_URL.test(c))) delete node.properties.srcSet;
    }
    if ("children" in node) node.children.forEach(visit);
  };
  return (tree: HastRoot) => visit(tree);
}

const withRaw = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize, sanitizeSchema).use(localMediaOnly);
const withoutRaw = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(localMediaOnly);

function hasRawHtml(node: MdRoot | MdRoot["children"][number]): boolean {
  return node.type === "html" || ("children" in node && (node.children as MdRoot["children"]).some(hasRawHtml));
}

/**
 * mdast → sanitized hast. rehype-raw re-parses the whole tree with an HTML parser so that text inside raw HTML
 * survives sanitizing; without raw HTML there is nothing for it to do, so it runs only when the tree has some.
 */
function toHast(tree: MdRoot): HastRoot {
  return (hasRawHtml(tree) ? withRaw : withoutRaw).runSync(tree) as HastRoot;
}

const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:/;

/**
 * Markdown the parser reads differently from GFM, as issues with their 1-based line: a footnote definition would
 * become a link definition, so `[^1]` would turn into a link to the note's text.
 */
export function unsupportedMarkdown(markdown: string): { line: number; message: string }[] {
  if (!markdown.includes("[^")) return [];
  return markdown.split("\n").flatMap((text, i) =>
    FOOTNOTE_DEFINITION.test(text) ? [{ line: i + 1, message: "footnotes are not supported: put the note in the text, or link to the source" }] : [],
  );
}

/** Markdown → mdast (CommonMark and the parts of GFM the content uses; see markdown-parse.ts). */
export function parseMarkdown(markdown: string): MdRoot {
  return markdownToMdast(markdown);
}

export type Heading = { depth: number; text: string; line: number };

/** Headings with their 1-based line inside the Markdown text. */
export function headingsOf(tree: MdRoot): Heading[] {
  return tree.children.flatMap((node) =>
    node.type === "heading" ? [{ depth: node.depth, text: mdToString(node).trim(), line: node.position?.start.line ?? 1 }] : [],
  );
}

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words: runs of non-space characters (`\S+`) with at least one letter or digit (`[\p{L}\p{N}]`) in them. */
export function countWords(tree: MdRoot): number {
  const text = mdToString(tree, { includeImageAlt: true });
  // One pass by character code: an ASCII letter or digit settles a run at once, and only a run without one is
  // tested against the Unicode classes. Matching /\S*[\p{L}\p{N}]\S*/gu over the whole text took three times as long.
  let words = 0;
  let start = -1;
  let settled = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c > 127 && SPACE.test(text[i]!);
    if (space) {
      if (start >= 0 && (settled || LETTER_OR_DIGIT.test(text.slice(start, i)))) words++;
      start = -1;
    } else {
      if (start < 0) {
        start = i;
        settled = false;
      }
      if (!settled && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) settled = true;
    }
  }
  return words;
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}


const TABLE_LABEL = "Table (scrolls sideways)";

/** Wide tables scroll inside a focusable, labelled region so keyboard users can scroll them too. */
function scrollable(table: Element): Element {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: TABLE_LABEL },
    children: [table],
  };
}

type Sections = { intro: string; sections: RenderedSection[]; toc: TocEntry[] };

/**
 * Renders a Markdown tree to sanitized HTML, split at each H2 so the page template can attach its own blocks
 * to a section. Every H2/H3 gets a unique id (GitHub's slug rules); H3 text becomes a link to itself.
 */
export function renderSections(tree: MdRoot): Sections {
  return renderSectionsDirect(tree) ?? renderSectionsThroughHast(tree);
}

/** The same as below, written straight from mdast when the tree holds no raw HTML (see markdown-html.ts). */
function renderSectionsDirect(tree: MdRoot): Sections | undefined {
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  const sections: { id: string; title: string; parts: string[] }[] = [];
  const intro: string[] = [];
  for (const node of tree.children) {
    let html: string | undefined;
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      const text = phrasingToText(node.children)?.trim();
      if (text === undefined) return undefined;
      const id = slugger.slug(text);
      toc.push({ depth: node.depth, id, text });
      if (node.depth === 2) {
        sections.push({ id, title: text, parts: [] });
        continue;
      }
      const inner = phrasingToHtml(node.children);
      if (inner === undefined) return undefined;
      html = `<h3 id="${escapeAttribute(id)}"><a href="#${escapeAttribute(id)}">${inner}</a></h3>`;
    } else {
      html = mdastToHtml([node]);
      if (html === undefined) return undefined;
      if (node.type === "table") html = `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeAttribute(TABLE_LABEL)}">${html}</div>`;
    }
    (sections.at(-1)?.parts ?? intro).push(html);
  }
  return {
    intro: intro.join("\n").trim(),
    sections: sections.map((s) => ({ id: s.id, title: s.title, html: s.parts.join("\n").trim() })),
    toc,
  };
}

/** The hast route for a whole page: raw HTML, and the reference the direct writer is tested against. */
export function renderSectionsThroughHast(tree: MdRoot): Sections {
  const root: HastRoot = toHast(tree);
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  const sections: { id: string; title: string; nodes: RootContent[] }[] = [];
  const intro: RootContent[] = [];

  for (const node of root.children) {
    const tag = node.type === "element" ? node.tagName : undefined;
    if (node.type === "element" && tag === "h2") {
      const title = textOf(node).trim();
      const id = slugger.slug(title);
      toc.push({ depth: 2, id, text: title });
      sections.push({ id, title, nodes: [] });
      continue;
    }
    if (node.type === "element" && tag === "h3") {
      const text = textOf(node).trim();
      const id = slugger.slug(text);
      node.properties = { ...node.properties, id };
      node.children = [{ type: "element", tagName: "a", properties: { href: `#${id}` }, children: node.children }];
      toc.push({ depth: 3, id, text });
    }
    (sections.at(-1)?.nodes ?? intro).push(node.type === "element" && tag === "table" ? scrollable(node) : node);
  }

  const html = (nodes: RootContent[]) => toHtml({ type: "root", children: nodes }).trim();
  return {
    intro: html(intro),
    sections: sections.map((s) => ({ id: s.id, title: s.title, html: html(s.nodes) })),
    toc,
  };
}

/** Sanitized HTML for a short Markdown fragment (explanations, option text). */
export function renderMarkdown(markdown: string): string {
  return renderNodes(parseMarkdown(markdown).children);
}

/** Sanitized HTML for some nodes of a parsed Markdown tree (an option's text, an explanation's paragraphs). */
export function renderNodes(nodes: readonly MdRoot["children"][number][]): string {
  return mdastToHtml(nodes)?.trim() ?? renderNodesThroughHast(nodes);
}

/** The hast route for a fragment (see renderSectionsThroughHast). */
export function renderNodesThroughHast(nodes: readonly MdRoot["children"][number][]): string {
  const root: HastRoot = toHast({ type: "root", children: [...nodes] } as MdRoot);
  return toHtml(root).trim();
}

/** Same, without the wrapping <p> of a lone paragraph: for text shown inline (options, steps, prompts). */
export function renderInline(nodes: readonly MdRoot["children"][number][]): string {
  return renderNodes(nodes).replace(/^<p>([\s\S]*)<\/p>$/, "$1");
}

export { mdToString as plainText };
