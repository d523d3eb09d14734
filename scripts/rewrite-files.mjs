import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * For the post-build steps: runs `transform` over every file under `dir` whose name ends with `suffix` and writes
 * back the ones it changed. `transform(text, rel)` (`rel` the file's path under `dir`) returns `{ text, changed }`,
 * `changed` a count of edits. Returns how many files were written and the edits in all. Exits with a message when
 * `dir` does not exist (no build yet).
 */
export function rewriteFiles(name, dir, suffix, transform) {
  if (!existsSync(dir)) {
    console.error(`${name}: ${dir} not found; run the build first`);
    process.exit(1);
  }
  let files = 0;
  let edits = 0;
  for (const rel of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(suffix))) {
    const file = path.join(dir, rel);
    const { text, changed } = transform(readFileSync(file, "utf8"), rel);
    if (!changed) continue;
    writeFileSync(file, text);
    files++;
    edits += changed;
  }
  return { files, edits };
}
