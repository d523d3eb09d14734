/** Pure helpers for scripts/lighthouse.mjs (unit-tested): medians and the pass/fail rule. */

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Minimum score (0–100) per category. */
export const THRESHOLDS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

/** How far below the framework's own empty page (measured in the same run) a page's performance may fall in CI. */
export const FLOOR_ALLOWANCE = 10;

/**
 * The regression gate CI enforces for performance: the framework floor (an empty App Router page built with the
 * same Next.js and React, measured in the same run on the same machine) minus FLOOR_ALLOWANCE, and never more than
 * the target. Lighthouse's simulated 4x CPU slowdown multiplies the host's own speed, so on a slow machine even the
 * empty page scores 89-98 from run to run; the gate moves with it. It catches a page getting slower; it is not the
 * target, which the report states separately (THRESHOLDS.performance, 95).
 */
export function performanceGate(floorScore, target = THRESHOLDS.performance, allowance = FLOOR_ALLOWANCE) {
  return Math.max(0, Math.min(target, floorScore - allowance));
}

export function median(values) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Scores of several runs of one page → the median per category (0–100) and the categories below their threshold.
 * A category Lighthouse could not score (null) counts as 0, so an error never passes.
 */
export function summarize(runs, thresholds = THRESHOLDS) {
  const scores = {};
  const failures = [];
  for (const category of CATEGORIES) {
    scores[category] = Math.round(median(runs.map((r) => (r[category] ?? 0) * 100)));
    if (!(scores[category] >= thresholds[category])) failures.push(category);
  }
  return { scores, failures };
}

/** The audits that cost points in a run, worst first, for a readable failure message. */
export function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .sort((a, b) => a.score - b.score)
    .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})${audit.displayValue ? `: ${audit.displayValue}` : ""}`);
}

/**
 * `runs` pairs of runs, the empty page's run just before each of the page's, so that a host slowing down or
 * recovering during the check moves both sides of the comparison. `auditFloor` and `auditPage` each return one
 * Lighthouse result; the floor's median performance (0–100, rounded) is what the page is judged against. An empty
 * page Lighthouse could not score stops the check: counted as 0, it would lower the gate instead of failing.
 */
export async function measureAlongside(runs, auditFloor, auditPage) {
  const floorRuns = [];
  const results = [];
  for (let i = 0; i < runs; i++) {
    const score = (await auditFloor()).categories.performance.score;
    if (typeof score !== "number") throw new Error("Lighthouse could not score the empty page's performance");
    floorRuns.push(Math.round(score * 100));
    results.push(await auditPage());
  }
  return { results, floorRuns, floor: Math.round(median(floorRuns)) };
}
