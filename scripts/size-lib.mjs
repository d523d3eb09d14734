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
