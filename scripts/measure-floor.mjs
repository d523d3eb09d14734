#!/usr/bin/env node
/**
 * Measures the framework's floor: an empty App Router page built as a static export with this project's exact
 * Next.js and React, and writes it into size-budgets.json. Run after upgrading Next.js or React:
 *   node scripts/measure-floor.mjs
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildEmptyApp } from "./floor-app.mjs";
import { frameworkVersions, pageWeight } from "./size-lib.mjs";

const root = process.cwd();
const dir = path.join(root, ".floor-build");
try {
  const out = buildEmptyApp(dir, {
    layout: "export default function L({ children }) { return <html lang=\"en\"><body>{children}</body></html>; }\n",
    page: "export default function P() { return <main>empty</main>; }\n",
  });
  const floor = pageWeight(out, "index.html");
  const file = path.join(root, "size-budgets.json");
  const budgets = JSON.parse(readFileSync(file, "utf8"));
  const measuredWith = frameworkVersions(root);
  budgets.floor = { js: floor.js, html: floor.html, measuredWith };
  writeFileSync(file, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`floor: ${floor.js} B gzipped JS, ${floor.html} B gzipped HTML (${measuredWith})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
