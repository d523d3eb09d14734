/**
 * Validates all content and reports every problem as `path:line: field: message`.
 * Usage: npm run content:check [-- --content-dir DIR] [-- --json]
 */
import path from "node:path";
import { formatIssue } from "../lib/content/issues";
import { loadContent } from "../lib/content/load";
import { contentStats } from "../lib/content/stats";

function main(argv: string[]): number {
  let dir = "content";
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--content-dir") {
      const next = argv[++i];
      if (!next) return usage("--content-dir needs a folder");
      dir = next;
    } else if (arg?.startsWith("--content-dir=")) dir = arg.slice("--content-dir=".length);
    else return usage(`unknown argument "${arg}"`);
  }

  const loaded = loadContent(path.resolve(dir));
  if (loaded.issues.length) {
    for (const issue of loaded.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`\n${loaded.issues.length} problem${loaded.issues.length === 1 ? "" : "s"} in ${dir}\n`);
    return 1;
  }
  const stats = contentStats(loaded);
  if (json) process.stdout.write(`${JSON.stringify(stats)}\n`);
  else process.stdout.write(`content ok: ${stats.concepts} concepts, ${stats.questions} questions (${stats.scenarios} scenarios)\n`);
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`content:check: ${message}\nusage: npm run content:check -- [--content-dir DIR] [--json]\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
