/**
 * Exam timing from wall-clock timestamps only: a deadline is stored once, and the time left is always
 * `deadline − now`, so a reload, a crash or a closed tab loses nothing and cannot stop the clock.
 */

/** The real exam's pace: 90 minutes for 65 questions (about 83 s a question). */
export const EXAM_MINUTES = 90;
export const EXAM_QUESTIONS = 65;

/** Time allowed for `questions` questions at the real exam's pace, rounded to whole seconds. */
export function examDurationMs(questions: number): number {
  return Math.round((questions * EXAM_MINUTES * 60) / EXAM_QUESTIONS) * 1000;
}

export function deadlineFor(startedAt: number, questions: number): number {
  return startedAt + examDurationMs(questions);
}

/** Milliseconds left, never negative. */
export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

export function isExpired(deadline: number, now: number): boolean {
  return now >= deadline;
}

/** Warning thresholds announced to screen readers, largest first. */
export const WARNINGS = [
  { id: "10-minutes", atMs: 10 * 60 * 1000, message: "10 minutes left." },
  { id: "1-minute", atMs: 60 * 1000, message: "1 minute left." },
] as const;
export type WarningId = (typeof WARNINGS)[number]["id"];

/**
 * The warning to announce now: the most urgent threshold that has been reached and not yet announced. A
 * threshold the exam never spent time above (a 5-minute exam has no 10-minute warning) is never announced.
 */
export function warningDue(remaining: number, durationMs: number, announced: readonly string[]): (typeof WARNINGS)[number] | undefined {
  return [...WARNINGS].reverse().find((w) => remaining <= w.atMs && durationMs > w.atMs && !announced.includes(w.id));
}

/** "1:05:09" or "05:09". */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** "1 h 5 min" / "12 min 4 s" for result pages. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) return `${h} h ${m} min`;
  if (m) return `${m} min ${s} s`;
  return `${s} s`;
}
