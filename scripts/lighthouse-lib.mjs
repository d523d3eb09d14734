/** Pure helpers for scripts/lighthouse.mjs (unit-tested): medians and the pass/fail rule. */

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Minimum score (0–100) per category. */
export const THRESHOLDS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

/** How far below the framework's own empty page a page's performance may fall, when that page is under 95. */
export const FLOOR_ALLOWANCE = 20;

/**
 * The performance threshold on this machine: 95, unless an empty App Router page built with the same Next.js and
 * React (the floor, measured in the same run) scores below 95 itself; then the floor's score minus the allowance.
 * A slow machine cannot make a page pass that is much slower than the framework alone, and cannot fail one that
 * is as fast as the framework allows.
 */
export function performanceThreshold(floorScore, target = THRESHOLDS.performance, allowance = FLOOR_ALLOWANCE) {
  return floorScore >= target ? target : Math.max(0, floorScore - allowance);
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
