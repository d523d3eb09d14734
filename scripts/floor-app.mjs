import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Builds an empty App Router app as a static export with this project's Next.js and React: the framework floor
 * that size and Lighthouse budgets are measured against. `dir` must be inside the project, so module resolution
 * finds its node_modules (Turbopack does not follow a symlinked one). Returns the export folder (`dir/out`).
 */
export function buildEmptyApp(dir, { layout, page, stdio = "inherit" }) {
  const root = process.cwd();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(path.join(dir, "next.config.mjs"), 'export default { output: "export" };\n');
  writeFileSync(path.join(dir, "app/layout.jsx"), layout);
  writeFileSync(path.join(dir, "app/page.jsx"), page);
  execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: dir, stdio, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return path.join(dir, "out");
}
