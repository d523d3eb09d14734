import { formatDuration } from "@/lib/exam/timer";
import type { ExamRecord } from "@/lib/progress/exams";

export function PastExams({ records, onView }: { records: readonly ExamRecord[]; onView: (record: ExamRecord) => void }) {
  if (!records.length) return null;
  const sorted = [...records].sort((a, b) => b.submittedAt - a.submittedAt);
  return (
    <section aria-labelledby="past-title" className="mt-10">
      <h2 id="past-title" className="text-xl font-bold">
        Past exams
      </h2>
      <div className="relative mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Past exams table">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-600">
              <th scope="col" className="py-2 pr-4">Date</th>
              <th scope="col" className="py-2 pr-4">Estimated score</th>
              <th scope="col" className="py-2 pr-4">Correct</th>
              <th scope="col" className="py-2 pr-4">Mode</th>
              <th scope="col" className="py-2 pr-4">Time</th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.session.id} className="border-b border-zinc-200 dark:border-zinc-800">
                <td className="py-2 pr-4">{new Date(r.submittedAt).toLocaleString()}</td>
                <td className="py-2 pr-4 font-semibold">
                  {r.scaled} {r.passed ? "(pass)" : "(below 700)"}
                </td>
                <td className="py-2 pr-4">
                  {r.correct}/{r.total} ({r.percent}%)
                </td>
                <td className="py-2 pr-4">
                  {r.session.settings.mode === "exam" ? "Exam" : "Practice"}
                  {r.session.settings.timed ? ", timed" : ""}
                </td>
                <td className="py-2 pr-4">{formatDuration(r.submittedAt - r.session.startedAt)}</td>
                <td className="py-2">
                  <button type="button" onClick={() => onView(r)} className="min-h-11 underline underline-offset-2">
                    View results<span className="sr-only"> of the exam on {new Date(r.submittedAt).toLocaleString()}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
