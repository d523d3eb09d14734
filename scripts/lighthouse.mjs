#!/usr/bin/env node
/**
 * Lighthouse 12 (mobile preset: emulated phone, simulated slow 4G and 4× CPU slowdown) on the exported site:
 * /, one concept page, /selector, /exam and /review, three runs each in a fresh browser, median score per
 * category. Fails when performance < 95 or accessibility, best practices or SEO < 100.
 *   npm run lighthouse            (after npm run build; CHROME_PATH picks the browser, default /usr/bin/chromium)
 *   npm run lighthouse -- --runs 5 --json lighthouse-report.json
 */
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CATEGORIES, failingAudits, summarize } from "./lighthouse-lib.mjs";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(arg("runs", 3));
const jsonOut = arg("json", null);
const port = Number(arg("port", process.env.LIGHTHOUSE_PORT ?? 3300));
const chromePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const PAGES = ["/", "/concepts/supervised-fine-tuning", "/selector", "/exam", "/review"];

if (!existsSync(path.resolve("out", "index.html"))) {
  console.error("lighthouse: out/ not found; run npm run build first");
  process.exit(1);
}

const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((resolve, reject) => {
  server.stdout.on("data", (chunk) => (String(chunk).includes("http://") ? resolve() : undefined));
  server.on("exit", (code) => reject(new Error(`static server exited (${code})`)));
});

const flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];
/**
 * One Lighthouse run in a fresh browser. A run whose trace Lighthouse itself could not record (a runtime error such
 * as NO_NAVSTART, not a low score) is repeated once; a second failure stops the check.
 */
async function audit(url, attempt = 1) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
    const error = result ? result.lhr.runtimeError : { code: "NO_RESULT", message: "Lighthouse returned nothing" };
    if (!error) return result.lhr;
    if (attempt < 2) console.log(`     ${url}: ${error.code}, running again`);
    else throw new Error(`${url}: ${error.code} ${error.message}`);
  } finally {
    await chrome.kill();
  }
  return audit(url, attempt + 1);
}

const report = [];
let failed = 0;
try {
  for (const page of PAGES) {
    const url = `http://127.0.0.1:${port}${page}`;
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await audit(url));
    const scoreRuns = results.map((lhr) => Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score])));
    const { scores, failures } = summarize(scoreRuns);
    const lcp = results.map((lhr) => lhr.audits["largest-contentful-paint"].numericValue).sort((a, b) => a - b)[Math.floor(results.length / 2)];
    const tbt = results.map((lhr) => lhr.audits["total-blocking-time"].numericValue).sort((a, b) => a - b)[Math.floor(results.length / 2)];
    report.push({ page, scores, runs: scoreRuns, medianLcpMs: Math.round(lcp), medianTbtMs: Math.round(tbt) });
    const line = CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ");
    console.log(`${failures.length ? "FAIL" : "ok  "} ${page}: ${line} (median of ${runs}; LCP ${Math.round(lcp)} ms, TBT ${Math.round(tbt)} ms)`);
    for (const category of failures) {
      failed++;
      const worst = results.find((lhr) => Math.round(lhr.categories[category].score * 100) === scores[category]) ?? results[0];
      console.log(`     ${category}: ${failingAudits(worst, category).slice(0, 6).join("; ") || "no single audit below 1"}`);
    }
  }
} finally {
  server.kill();
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ date: new Date().toISOString(), runs, pages: report }, null, 2)}\n`);
console.log(failed ? `${failed} score${failed === 1 ? "" : "s"} below threshold` : `all ${PAGES.length} pages at or above the thresholds`);
process.exitCode = failed ? 1 : 0;
