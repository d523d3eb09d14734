import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Gzipped bytes of the JavaScript an exported page loads (its script tags, each file once) and of its HTML. */
export function pageWeight(outDir, htmlRel) {
  const html = readFileSync(path.join(outDir, htmlRel));
  const srcs = [...new Set([...html.toString("utf8").matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].split("?")[0]))];
  const js = srcs.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(outDir, src.replace(/^\//, "")))).length, 0);
  return { js, html: gzipSync(html).length, scripts: srcs.length };
}

export function htmlPages(outDir) {
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") && !f.startsWith("_"))
    .sort();
}

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** The budgets for one page (by its path in out/) and whether its measured weight fits them. */
export function checkPage(rel, weight, budgets) {
  const kind = budgets.interactive.includes(rel) ? "interactive" : "content";
  const jsBudget = budgets.floor.js + budgets.jsOverFloor[kind];
  const htmlBudget = budgets.html[kind];
  return { kind, jsBudget, htmlBudget, ok: weight.js <= jsBudget && weight.html <= htmlBudget };
}

/** "next X, react Y" for the installed versions, the form size-budgets.json records the floor with. */
export function frameworkVersions(root = ".") {
  const version = (name) => JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;
  return `next ${version("next")}, react ${version("react")}`;
}
