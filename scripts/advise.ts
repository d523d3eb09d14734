/**
 * The signal advisor on the command line.
 *   npm run advise -- "A bank has 10,000 labeled ..."      readable explanation
 *   npm run --silent advise -- --jsonl < in.jsonl          one JSON result per input line {"id","text"}
 */
import { createInterface } from "node:readline";
import type { Advice } from "../lib/advisor";
import { methodLabel } from "../lib/methods/catalog";
import { advisorFromContent } from "./advisor-cli";

const advisor = advisorFromContent();

function toJson(id: unknown, advice: Advice) {
  return {
    id,
    method: advice.method,
    ranking: advice.ranking.map(({ method, score }) => ({ method, score })),
    signals: advice.signals.map(({ start, end, phrase, method, negated }) => ({ start, end, phrase, method, negated })),
  };
}

async function jsonl(): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown; stem?: unknown };
    try {
      input = JSON.parse(line);
    } catch {
      process.stdout.write(`${JSON.stringify({ id: null, error: `line ${lineNo}: not valid JSON` })}\n`);
      failed++;
      continue;
    }
    const text = typeof input.text === "string" ? input.text : input.stem;
    if (typeof text !== "string") {
      process.stdout.write(`${JSON.stringify({ id: input.id ?? null, error: `line ${lineNo}: needs a "text" string` })}\n`);
      failed++;
      continue;
    }
    process.stdout.write(`${JSON.stringify(toJson(input.id ?? null, advisor.advise(text)))}\n`);
  }
  return failed ? 1 : 0;
}

function explain(text: string): number {
  const advice = advisor.advise(text);
  let marked = "";
  let at = 0;
  for (const s of advice.signals) {
    if (s.start < at) continue;
    marked += `${text.slice(at, s.start)}[${text.slice(s.start, s.end)}]`;
    at = s.end;
  }
  marked += text.slice(at);
  const out = [`Scenario: ${marked}`, ""];
  out.push(advice.method ? `Best fit: ${methodLabel(advice.method)}` : "No clear signal: nothing in the text points to a method.");
  out.push("", "Ranking:");
  for (const r of advice.ranking) out.push(`  ${String(r.score).padStart(5)}  ${methodLabel(r.method)}`);
  if (advice.signals.length) {
    out.push("", "Signals:");
    for (const s of advice.signals) {
      out.push(`  "${text.slice(s.start, s.end)}" (${s.start}–${s.end}) matches "${s.phrase}" → ${methodLabel(s.method)}${s.negated ? "  [negated: counts against]" : ""}`);
    }
  }
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

const args = process.argv.slice(2);
if (args[0] === "--jsonl") {
  jsonl().then((code) => (process.exitCode = code));
} else if (args.length && !args[0]!.startsWith("--")) {
  process.exitCode = explain(args.join(" "));
} else {
  process.stderr.write('usage: npm run advise -- "scenario text"   |   npm run --silent advise -- --jsonl < scenarios.jsonl\n');
  process.exitCode = 2;
}
