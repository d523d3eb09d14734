#!/usr/bin/env node
/**
 * Measures the framework's floor: an empty App Router page built as a static export with this project's exact
 * Next.js and React, and writes it into size-budgets.json. Run after upgrading Next.js or React:
 *   node scripts/measure-floor.mjs
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pageWeight } from "./size-lib.mjs";

const root = process.cwd();
// Inside the project so module resolution finds its node_modules (Turbopack does not follow a symlinked one).
const dir = path.join(root, ".floor-build");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
try {
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(path.join(dir, "next.config.mjs"), 'export default { output: "export" };\n');
  writeFileSync(path.join(dir, "app/layout.jsx"), "export default function L({ children }) { return <html lang=\"en\"><body>{children}</body></html>; }\n");
  writeFileSync(path.join(dir, "app/page.jsx"), "export default function P() { return <main>empty</main>; }\n");
  execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: dir, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const floor = pageWeight(path.join(dir, "out"), "index.html");
  const file = path.join(root, "size-budgets.json");
  const budgets = JSON.parse(readFileSync(file, "utf8"));
  const next = JSON.parse(readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")).version;
  const react = JSON.parse(readFileSync(path.join(root, "node_modules/react/package.json"), "utf8")).version;
  budgets.floor = { js: floor.js, html: floor.html, measuredWith: `next ${next}, react ${react}` };
  writeFileSync(file, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`floor: ${floor.js} B gzipped JS, ${floor.html} B gzipped HTML (next ${next}, react ${react})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
