import type { Signal } from "@/lib/content/schema";

export function ExamSignals({ signals }: { signals: readonly Signal[] }) {
  return (
    <aside aria-labelledby="exam-signals-title" className="mt-6 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/30">
      <h3 id="exam-signals-title" className="font-semibold">
        Exam signals
      </h3>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">Scenario wording that points to this answer:</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {signals.map((s) => (
          <li key={s.phrase} className="rounded-full border border-amber-600/40 bg-white px-3 py-1 text-sm dark:bg-zinc-900">
            “{s.phrase}”{s.weight >= 2 ? <span className="sr-only"> (strong signal)</span> : null}
            {s.weight >= 2 ? <span aria-hidden="true" className="ml-1 font-bold text-amber-800 dark:text-amber-300">★</span> : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
