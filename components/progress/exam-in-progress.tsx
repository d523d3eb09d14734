import Link from "@/components/ui/link";
import type { ExamSession } from "@/lib/exam/session-schema";

/**
 * A practice exam started and not yet submitted, with a way back to it: the clock of a timed exam keeps running
 * while the learner is elsewhere, so the home and progress pages say how much time is left.
 */
export function ExamInProgress({ exam, now }: { exam: ExamSession; now: number }) {
  const total = exam.questionIds.length;
  const answered = exam.questionIds.filter((id) => exam.responses[id]).length;
  // remainingMs and isExpired in lib/exam/timer say the same; importing them added 0.3 kB to the home page's script.
  const minutesLeft = exam.deadline === null ? null : Math.max(0, Math.ceil((exam.deadline - now) / 60_000));
  const time = minutesLeft === null ? "untimed" : minutesLeft === 0 ? "its time has run out: open it to score it" : `${minutesLeft} min left`;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 rounded-md bg-amber-50 p-3 dark:bg-amber-950/40">
      <p>
        <strong>An exam is in progress:</strong> {answered} of {total} answered, {time}.
      </p>
      <Link href="/exam" className="inline-flex min-h-11 items-center rounded-md bg-indigo-700 px-4 font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200">
        Resume the exam
      </Link>
    </div>
  );
}
