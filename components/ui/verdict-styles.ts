/**
 * Border and background classes for an answer option, shared by the exam, review and "Check yourself". Each is a
 * whole set (border colour with its dark variant): one set per element, because a default border listed beside a
 * verdict colour can win over it.
 */
/** An option before checking: highlighted while its input is checked. */
export const SELECTABLE =
  "border-zinc-300 has-[:checked]:border-indigo-700 has-[:checked]:bg-indigo-50 dark:border-zinc-600 dark:has-[:checked]:border-indigo-300 dark:has-[:checked]:bg-indigo-950/40";
/** A right answer, after checking. */
export const RIGHT = "border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40";
/** A wrong choice, after checking. */
export const WRONG = "border-rose-700 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/40";
/** An option that was neither right nor chosen, after checking. */
export const NEUTRAL = "border-zinc-300 dark:border-zinc-600";
