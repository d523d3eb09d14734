/**
 * Top-1 accuracy of the advisor on a labeled JSONL file: lines with "text" (or "stem") and "method".
 *   npm run advise:eval -- FILE.jsonl [--misses]
 *   npm run advise:eval -- --bank [--misses]      the scenarios in content/questions
 */
import { readFileSync } from "node:fs";
import { evaluate, formatConfusion, type LabeledScenario } from "../lib/advisor/evaluate";
import { isMethodId } from "../lib/methods/catalog";
import { advisorFromContent, loadValidContent } from "./advisor-cli";

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: npm run advise:eval -- FILE.jsonl [--misses]\n");
  process.exit(2);
}

const items: LabeledScenario[] = [];
let skipped = 0;
if (file === "--bank") {
  for (const q of loadValidContent().questions) if (q.method) items.push({ id: q.id, text: q.stem, method: q.method });
} else readFileSync(file, "utf8")
  .split(/\r?\n/)
  .forEach((line, i) => {
    if (!line.trim()) return;
    const row = JSON.parse(line) as { id?: unknown; source_id?: unknown; text?: unknown; stem?: unknown; method?: unknown };
    const text = typeof row.text === "string" ? row.text : row.stem;
    if (typeof text !== "string" || typeof row.method !== "string" || !isMethodId(row.method)) {
      skipped++;
      return;
    }
    items.push({ id: String(row.id ?? row.source_id ?? `line ${i + 1}`), text, method: row.method });
  });

const result = evaluate(advisorFromContent(), items);
const out = [
  `top-1 accuracy: ${(result.accuracy * 100).toFixed(1)}% (${result.correct}/${result.total})${skipped ? `, ${skipped} lines skipped (no text or method)` : ""}`,
  "",
  formatConfusion(result),
];
if (flags.includes("--misses") && result.misses.length) {
  out.push("", "misses:", ...result.misses.map((m) => `  ${m.id}: expected ${m.expected}, got ${m.predicted ?? "none"}`));
}
process.stdout.write(`${out.join("\n")}\n`);
