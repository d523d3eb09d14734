#!/usr/bin/env node
/**
 * Size report and budget check for the exported site: for every page, the gzipped JavaScript its script tags
 * load (each file counted once) and its gzipped HTML, against size-budgets.json. Exits 1 when a page is over.
 *   npm run size            (after npm run build)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkPage, frameworkVersions, htmlPages, kB, pageWeight } from "./size-lib.mjs";

const out = path.resolve("out");
if (!existsSync(out)) {
  console.error("size: out/ not found; run npm run build first");
  process.exit(1);
}
const budgets = JSON.parse(readFileSync("size-budgets.json", "utf8"));
if (!budgets.floor.js) {
  console.error("size: no floor recorded; run node scripts/measure-floor.mjs");
  process.exit(1);
}
if (budgets.floor.measuredWith !== frameworkVersions()) {
  console.error(`size: the floor was measured with ${budgets.floor.measuredWith}, but ${frameworkVersions()} is installed; run node scripts/measure-floor.mjs`);
  process.exit(1);
}
let over = 0;
const rows = [];
for (const rel of htmlPages(out)) {
  const w = pageWeight(out, rel);
  const { kind, jsBudget, htmlBudget, ok } = checkPage(rel, w, budgets);
  if (!ok) over++;
  rows.push([rel, kind, `${kB(w.js)} / ${kB(jsBudget)}`, `+${kB(w.js - budgets.floor.js)}`, `${kB(w.html)} / ${kB(htmlBudget)}`, ok ? "ok" : "OVER"]);
}
const widths = [0, 1, 2, 3, 4, 5].map((i) => Math.max(...rows.map((r) => r[i].length), ["page", "kind", "JS (gz) / budget", "over floor", "HTML (gz) / budget", ""][i].length));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ");
console.log(`floor: ${kB(budgets.floor.js)} JS (${budgets.floor.measuredWith})`);
console.log(line(["page", "kind", "JS (gz) / budget", "over floor", "HTML (gz) / budget", ""]));
for (const r of rows) console.log(line(r));
console.log(`${rows.length - over} passed, ${over} failed`);
process.exitCode = over ? 1 : 0;
