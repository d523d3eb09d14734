import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import type { StoredCard } from "./card-schema";
import { isWithinDueWindow } from "./due";

/**
 * Spaced repetition with FSRS (ts-fsrs, default parameters). `now` is always passed in.
 *
 * Answer → rating:
 * - wrong → Again: the question comes back within minutes, then on a growing schedule.
 * - right, but slower than the real exam's pace (about 83 s a question) → Hard: recall worked but took effort.
 * - right → Good.
 * - Easy is never assigned automatically: a fast right answer to a four-option question can be a lucky guess,
 *   and rating it Easy would push a shaky question weeks away.
 */
export const SLOW_ANSWER_MS = 83_000;

export function ratingFor(answer: { correct: boolean; timeMs: number }): Grade {
  if (!answer.correct) return Rating.Again;
  return answer.timeMs > SLOW_ANSWER_MS ? Rating.Hard : Rating.Good;
}

export type { StoredCard } from "./card-schema";

const scheduler = fsrs();

function toCard(c: StoredCard): Card {
  return { ...c, due: new Date(c.due), last_review: c.last_review ? new Date(c.last_review) : undefined } as Card;
}

function fromCard(c: Card): StoredCard {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    reps: c.reps,
    lapses: c.lapses,
    learning_steps: c.learning_steps,
    state: c.state,
    ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
  };
}

/** The card after an answer at `now` (a new card when the question has none yet). */
export function schedule(card: StoredCard | undefined, answer: { correct: boolean; timeMs: number }, now: Date): StoredCard {
  return fromCard(scheduler.next(card ? toCard(card) : createEmptyCard(now), now, ratingFor(answer)).card);
}

/** Probability (0–1) of recalling the question at `now`; 0 for a card never reviewed. */
export function recallProbability(card: StoredCard, now: Date): number {
  if (card.reps === 0) return 0;
  return scheduler.get_retrievability(toCard(card), now, false);
}

export function isDue(card: StoredCard, now: Date): boolean {
  return isWithinDueWindow(card.due, now.getTime());
}
