/**
 * The scale benchmark of the quality gates: generates the synthetic content set (1,000 concept pages, 10,000
 * questions) in a temporary folder, measures the three budgets, prints a table, removes the folder and exits 1 when
 * a budget is missed.
 *   npm run bench [-- --json] [-- --keep]
 *
 * - content:check: the command an author runs, `npm run --silent content:check -- --content-dir DIR`, as a child
 *   process: wall time from spawn to exit (npm and the script's start-up included), and the peak resident set size
 *   of the checker process. Node cannot read a child's rusage, so every Node process of that command loads a tiny
 *   reporter (NODE_OPTIONS=--import) that writes its own `process.resourceUsage().maxRSS` on exit; the figure is the
 *   checker's (npm stays near 60 MB, alongside it). Works wherever Node runs, without GNU time. The command runs the
 *   checker from a bundle it rebuilds when the sources change (scripts/run-bundled.mjs), so it is first run once on
 *   an empty folder, as an author's earlier run would have: the figure is a run on unchanged code. That first run's
 *   time, which includes any rebuild, is reported too.
 * - exam build: what the exam page does on Start: the bank as the browser receives it (examBankFrom, through JSON),
 *   then startSession for a full 65-question exam; median of 20 seeds after 5 warm-up runs.
 * - advisor: the advisor the selector builds from the real concept pages' signals (content/), run cold over 1,000
 *   scenario stems of the synthetic bank (40–80 words each), construction included.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createAdvisor, signalTableFrom } from "../lib/advisor";
import { loadContent } from "../lib/content/load";
import { isScenario, type Question } from "../lib/content/schema";
import { examBankFrom, type ExamBank } from "../lib/exam/bank";
import { FULL_LENGTH, startSession } from "../lib/exam/session";
import { DEFAULT_CONCEPTS, DEFAULT_QUESTIONS, generateContent } from "./generate-content";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export type Figures = {
  /** Wall time of `npm run content:check -- --content-dir DIR`, in milliseconds. */
  checkMs: number;
  /** Peak resident set size of the checker process, in MiB. */
  checkRssMb: number;
  /** Median time to build a 65-question exam from the bank, in milliseconds. */
  examMs: number;
  /** Time for the advisor to rank 1,000 scenarios, construction included, in milliseconds. */
  advisorMs: number;
};

export type Budget = { key: keyof Figures; label: string; limit: number; unit: "ms" | "MB" };

/** The scale budgets of the quality-gates issue; each figure must stay strictly below its limit. */
export const BUDGETS: readonly Budget[] = [
  { key: "checkMs", label: "content:check, wall time", limit: 5000, unit: "ms" },
  { key: "checkRssMb", label: "content:check, peak RSS", limit: 512, unit: "MB" },
  { key: "examMs", label: `exam build, ${FULL_LENGTH} of ${DEFAULT_QUESTIONS.toLocaleString("en")} (median)`, limit: 50, unit: "ms" },
  { key: "advisorMs", label: "advisor, 1,000 scenarios", limit: 1000, unit: "ms" },
];

export type BudgetResult = Budget & { value: number; ok: boolean };

/** Compares each figure with its budget. A missing or non-finite figure (a step that failed) is over budget. */
export function checkBudgets(figures: Partial<Figures>, budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  return budgets.map((b) => {
    const value = figures[b.key] ?? Number.NaN;
    return { ...b, value, ok: Number.isFinite(value) && value < b.limit };
  });
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/* ------------------------------------------------------------------ measurements */

const RSS_REPORTER = `import { appendFileSync } from "node:fs";
process.on("exit", () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  const line = JSON.stringify({ argv: process.argv.slice(1), maxRssKb: maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 });
  appendFileSync(process.env.BENCH_RSS_FILE, line + "\\n");
});
`;

/** npm itself: the running one when the bench was started through npm, else the one on PATH. */
function npmCommand(): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli && /\.[cm]?js$/.test(cli) ? [process.execPath, [cli]] : ["npm", []];
}

function measureCheck(contentDir: string, scratch: string) {
  const reporter = path.join(scratch, "rss-reporter.mjs");
  const rssFile = path.join(scratch, "rss.jsonl");
  writeFileSync(reporter, RSS_REPORTER);
  writeFileSync(rssFile, "");
  const [npm, npmArgs] = npmCommand();
  const args = [...npmArgs, "run", "--silent", "content:check", "--", "--content-dir", contentDir];
  const env = { ...process.env, BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${pathToFileURL(reporter).href}`.trim() };
  const warmUpStart = performance.now();
  spawnSync(npm, [...npmArgs, "run", "--silent", "content:check", "--", "--content-dir", path.join(scratch, "empty")], { cwd: ROOT, encoding: "utf8" });
  const warmUpMs = performance.now() - warmUpStart;
  const start = performance.now();
  const run = spawnSync(npm, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`content:check failed (exit ${run.status}) on the generated set:\n${run.stderr.split("\n").slice(0, 20).join("\n")}`);
  const processes = readFileSync(rssFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { argv: string[]; maxRssKb: number; cpuMs: number });
  const checker = processes.find((p) => p.argv.some((a) => a.endsWith("content-check.ts")));
  if (!checker) throw new Error("content:check ran, but its process did not report its memory");
  return { ms, warmUpMs, rssMb: checker.maxRssKb / 1024, cpuMs: checker.cpuMs, output: run.stdout.trim(), command: `npm ${args.slice(npmArgs.length).join(" ")}` };
}

function measureExam(bank: ExamBank) {
  const run = (seed: number) => {
    const start = performance.now();
    const session = startSession(bank.questions, { length: "full", mode: "exam", timed: true, concepts: [], seed }, 0);
    const ms = performance.now() - start;
    if (session?.questionIds.length !== FULL_LENGTH) throw new Error(`exam build gave ${session?.questionIds.length ?? 0} questions, not ${FULL_LENGTH}`);
    return ms;
  };
  for (let seed = 1001; seed <= 1005; seed++) run(seed);
  const times = Array.from({ length: 20 }, (_, i) => run(i + 1));
  return { median: median(times), max: Math.max(...times) };
}

function measureAdvisor(questions: readonly Question[]) {
  const stems = questions.filter(isScenario).slice(0, 1000).map((q) => q.stem);
  if (stems.length < 1000) throw new Error(`the generated bank has only ${stems.length} scenarios; the advisor needs 1,000`);
  const real = loadContent(path.join(ROOT, "content"));
  if (real.issues.length) throw new Error("content/ has issues; run npm run content:check");
  const start = performance.now();
  const advisor = createAdvisor(signalTableFrom(real.concepts));
  let answered = 0;
  for (const stem of stems) if (advisor.advise(stem).method) answered++;
  const ms = performance.now() - start;
  const words = stems.map((s) => s.split(/\s+/).length);
  return { ms, answered, words: { min: Math.min(...words), median: median(words), max: Math.max(...words) } };
}

/* ------------------------------------------------------------------ report */

function formatValue(value: number, unit: Budget["unit"]): string {
  if (!Number.isFinite(value)) return "—";
  if (unit === "MB") return `${value.toFixed(0)} MB`;
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 100 ? 1 : 0)} ms`;
}

const formatLimit = (limit: number, unit: Budget["unit"]) => (unit === "ms" && limit >= 1000 ? `${limit / 1000} s` : `${limit} ${unit}`);

function table(results: readonly BudgetResult[], notes: readonly string[]): string {
  const rows = results.map((r) => [r.label, formatValue(r.value, r.unit), `< ${formatLimit(r.limit, r.unit)}`, r.ok ? "ok" : "OVER"]);
  const head = ["measure", "figure", "budget", "result"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), "", ...notes].join("\n");
}

function main(argv: readonly string[]): number {
  const json = argv.includes("--json");
  const keep = argv.includes("--keep");
  const unknown = argv.filter((a) => a !== "--json" && a !== "--keep");
  if (unknown.length) {
    process.stderr.write(`bench: unknown argument "${unknown[0]}"\nusage: npm run bench [-- --json] [-- --keep]\n`);
    return 2;
  }
  const log = (message: string) => {
    if (!json) process.stderr.write(`${message}\n`);
  };

  const scratch = mkdtempSync(path.join(os.tmpdir(), "cc-bench-"));
  const figures: Partial<Figures> = {};
  const info: Record<string, unknown> = {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
  };
  let error: unknown;
  try {
    const contentDir = path.join(scratch, "content");
    log(`generating ${DEFAULT_CONCEPTS} concepts and ${DEFAULT_QUESTIONS} questions in ${contentDir} …`);
    const set = generateContent({ out: contentDir });
    info.set = { concepts: set.concepts, questions: set.questions, scenarios: set.scenarios, byType: set.byType };

    log("content:check …");
    const check = measureCheck(contentDir, scratch);
    figures.checkMs = check.ms;
    figures.checkRssMb = check.rssMb;
    info.check = { command: check.command, output: check.output, checkerCpuMs: Math.round(check.cpuMs), firstRunOnEmptyFolderMs: Math.round(check.warmUpMs) };

    log("loading the set in-process for the exam and the advisor …");
    const loadStart = performance.now();
    const loaded = loadContent(contentDir);
    info.loadInProcessMs = Math.round(performance.now() - loadStart);
    const bank: ExamBank = JSON.parse(JSON.stringify(examBankFrom(loaded.concepts, loaded.questions)));
    info.bankJsonMb = Number((Buffer.byteLength(JSON.stringify(bank)) / 1024 / 1024).toFixed(1));

    log("exam build …");
    const exam = measureExam(bank);
    figures.examMs = exam.median;
    info.examMaxMs = Number(exam.max.toFixed(2));

    log("advisor …");
    const advice = measureAdvisor(loaded.questions);
    figures.advisorMs = advice.ms;
    info.advisor = { answered: advice.answered, words: advice.words };
  } catch (e) {
    error = e;
  } finally {
    if (keep) log(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }

  const results = checkBudgets(figures);
  const ok = !error && results.every((r) => r.ok);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ ok, figures, budgets: results.map(({ key, limit, unit, value, ok }) => ({ key, limit, unit, value, ok })), info, ...(error ? { error: String((error as Error).message ?? error) } : {}) })}\n`,
    );
  } else {
    const notes = [
      `set: ${JSON.stringify(info.set)}`,
      `machine: ${info.cpus} × ${info.cpu}, Node ${info.node}, load average ${JSON.stringify(info.loadAverage)}`,
      `also: checker CPU time ${(info.check as { checkerCpuMs?: number } | undefined)?.checkerCpuMs ?? "—"} ms; first run on an empty folder ${(info.check as { firstRunOnEmptyFolderMs?: number } | undefined)?.firstRunOnEmptyFolderMs ?? "—"} ms; in-process load ${info.loadInProcessMs ?? "—"} ms; bank.json ${info.bankJsonMb ?? "—"} MB; slowest exam build ${info.examMaxMs ?? "—"} ms`,
    ];
    process.stdout.write(`${table(results, notes)}\n`);
    if (error) process.stderr.write(`\nbench: ${(error as Error).message ?? error}\n`);
  }
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
