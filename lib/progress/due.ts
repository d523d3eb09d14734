/**
 * Learning steps are minutes apart, so a question missed a moment ago is due a minute later. Anything due within
 * this window counts as "due now", letting a learner review what they just missed in the same sitting; a right
 * answer (next step: 10 minutes or more) moves it out. Its own module, so pages that only word a due date do not
 * load the scheduler.
 */
export const DUE_WINDOW_MS = 5 * 60_000;

/** Whether a card due at `dueIso` counts as due at `nowMs`: due already, or within DUE_WINDOW_MS. */
export function isWithinDueWindow(dueIso: string, nowMs: number): boolean {
  return Date.parse(dueIso) <= nowMs + DUE_WINDOW_MS;
}

/** When a card comes back, in words. Within DUE_WINDOW_MS it already counts as due, so it says "due now", as the queue does. */
export function formatDue(dueIso: string, now: number): string {
  if (isWithinDueWindow(dueIso, now)) return "due now";
  const ms = Date.parse(dueIso) - now;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `in ${hours} h`;
  return `in ${Math.round(hours / 24)} days (${new Date(dueIso).toLocaleDateString()})`;
}
