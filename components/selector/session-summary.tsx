import Link from "@/components/ui/link";
import { METHODS } from "@/lib/methods/catalog";
import type { SelectorAnswer } from "@/lib/selector/session";
import { summarizeSession } from "@/lib/selector/session";
import type { ScenarioView } from "@/lib/selector/view";
import { INLINE_LINK } from "@/components/ui/link-styles";

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);
/** A method label mid-sentence: "Prompt engineering" → "prompt engineering"; names with capitals throughout (RAG, Provisioned Throughput) stay. */
const lower = (label: string) => (/\s[A-Z]/.test(label) ? label : label.replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase()));

type Props = {
  answers: readonly SelectorAnswer[];
  scenarios: readonly ScenarioView[];
  onRetryMissed: () => void;
  onNewSession: () => void;
};

export function SessionSummary({ answers, scenarios, onRetryMissed, onNewSession }: Props) {
  const summary = summarizeSession(answers);
  const pct = summary.total ? Math.round((summary.correct / summary.total) * 100) : 0;
  return (
    <section aria-labelledby="summary-title" className="space-y-6">
      <h2 id="summary-title" tabIndex={-1} className="text-2xl font-bold outline-none">
        Session complete: {summary.correct} of {summary.total} right ({pct}%)
      </h2>
      {summary.confusions.length ? (
        <div>
          <h3 className="text-lg font-semibold">Where you mixed methods up</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {summary.confusions.map((c) => (
              <li key={`${c.expected}-${c.chosen}`}>
                You chose {lower(METHODS[c.chosen].label)} {times(c.count)} when the answer was {lower(METHODS[c.expected].label)}.{" "}
                <Link href={`/concepts/${METHODS[c.expected].concept}`} className={INLINE_LINK}>
                  Review {METHODS[c.expected].label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>No mix-ups this time: every method you picked was the right one.</p>
      )}
      <div>
        <h3 className="text-lg font-semibold">Your answers</h3>
        <ol className="mt-2 space-y-2">
          {answers.map((a, i) => {
            const s = scenarios.find((x) => x.id === a.questionId);
            const ok = a.chosen === a.expected;
            return (
              <li key={a.questionId} className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-700">
                <span className={`font-semibold ${ok ? "text-emerald-800 dark:text-emerald-300" : "text-rose-800 dark:text-rose-300"}`}>
                  {i + 1}. {ok ? "Right" : "Missed"}
                </span>{" "}
                — answer: {METHODS[a.expected].label}
                {ok ? "" : `; you chose ${METHODS[a.chosen].label}`}
                <span className="mt-1 block text-zinc-700 dark:text-zinc-300">{s ? `${s.stem.slice(0, 140)}${s.stem.length > 140 ? "…" : ""}` : null}</span>
              </li>
            );
          })}
        </ol>
      </div>
      <div className="flex flex-wrap gap-3">
        {summary.missed.length ? (
          <>
            <Link href={`/review?ids=${summary.missed.join(",")}`} className="inline-flex min-h-11 items-center rounded-md bg-indigo-700 px-5 font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200">
              Review the {summary.missed.length} I missed
            </Link>
            <button type="button" onClick={onRetryMissed} className="min-h-11 rounded-md border border-zinc-400 px-5 font-semibold hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800">
              Retry them here in the selector
            </button>
          </>
        ) : null}
        <button type="button" onClick={onNewSession} className="min-h-11 rounded-md border border-zinc-400 px-5 font-semibold hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800">
          Start a new session
        </button>
      </div>
    </section>
  );
}
