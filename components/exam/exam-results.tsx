"use client";

import Link from "@/components/ui/link";
import { useEffect, useRef } from "react";
import type { Question } from "@/lib/content/schema";
import { QUESTION_TYPES, type QuestionType } from "@/lib/content/question-types";
import type { ExamBank } from "@/lib/exam/bank";
import { ASSUMED_PASS_FRACTION, PASS_MARK, scoreExam } from "@/lib/exam/result";
import { formatDuration } from "@/lib/exam/timer";
import type { ExamRecord } from "@/lib/progress/exams";
import { PercentBars } from "@/components/charts/percent-bars";
import { StatGrid } from "@/components/ui/stat-grid";
import { QuestionFeedback } from "./question-feedback";
import { INLINE_LINK } from "@/components/ui/link-styles";

/**
 * `elsewhere`: the exam was submitted in another tab, and this is the result stored there. `unsaved`: the progress
 * store's code has not loaded, so the result is not in the history yet (it is added when the code arrives, or by the
 * next page that loads it).
 */
type Props = { bank: ExamBank; record: ExamRecord; elsewhere?: boolean; unsaved?: boolean; onRetakeMissed: (ids: string[]) => void; onNewExam: () => void };

/** How the result says something happened that the learner did not do here (another tab, the clock, the network). */
const notice = "mt-2 rounded-md bg-amber-50 p-2 dark:bg-amber-950/40";

export function ExamResults({ bank, record, elsewhere = false, unsaved = false, onRetakeMissed, onNewExam }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [record.session.id]);
  const questions = record.session.questionIds.map((id) => bank.questions.find((q) => q.id === id)).filter((q): q is Question => q !== undefined);
  const result = scoreExam(questions, record.session.responses, { startedAt: record.session.startedAt, submittedAt: record.submittedAt });
  const missed = result.questions.filter((q) => !q.correct).map((q) => q.id);
  const title = (slug: string) => bank.concepts.find((c) => c.slug === slug)?.title ?? slug;
  const conceptRows = Object.entries(result.byConcept)
    .map(([slug, tally]) => ({ label: title(slug), tally }))
    .sort((a, b) => a.tally.correct / a.tally.total - b.tally.correct / b.tally.total);
  const misconceptions = Object.entries(result.misconceptions).sort((a, b) => b[1].length - a[1].length);

  return (
    <div className="space-y-10">
      <section aria-labelledby="result-title">
        <h2 id="result-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold outline-none">
          Estimated score: {result.scaled} — {result.passed ? "pass" : "below the pass mark"}
        </h2>
        {elsewhere ? <p className={notice}>This exam was submitted in another tab. This is the result saved there; nothing you did in this tab after that was added to it.</p> : null}
        {unsaved ? (
          <p className={notice}>
            This result is not saved yet: the part of the app that saves progress has not loaded (check your connection). The result and your
            answers join your exam history and review as soon as it loads: on this page, or on the next one if this browser allows storing data.
          </p>
        ) : null}
        {record.autoSubmitted ? <p className={notice}>Time ran out, so the exam was submitted automatically with the answers you had given.</p> : null}
        <div className="mt-4">
          <StatGrid
            className="sm:grid-cols-4"
            items={[
              ["Estimated scaled score", `${result.scaled} / 1,000 (pass: ${PASS_MARK})`],
              ["Correct", `${result.correct} of ${result.total}`],
              ["Percent", `${result.percent}%`],
              ["Time used", formatDuration(result.timeUsedMs)],
            ]}
          />
        </div>
        <p className="mt-3 max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
          <strong>This is an estimate.</strong> AWS reports a scaled score from 100 to 1,000 with a pass at {PASS_MARK}, but does not publish how
          raw answers map to it. Here the percentage is mapped on two straight lines through 0% → 100, {ASSUMED_PASS_FRACTION * 100}% → {PASS_MARK} and
          100% → 1,000. The real exam also has 15 unscored questions you cannot identify, and covers far more than this topic.
        </p>
        <p className="mt-3">
          <a href="#next-steps" className={`font-semibold ${INLINE_LINK}`}>
            {missed.length ? `Skip to reviewing the ${missed.length} you missed` : "Skip to what to do next"}
          </a>
        </p>
      </section>

      <section aria-labelledby="by-concept-title">
        <h2 id="by-concept-title" className="text-xl font-bold">
          By concept
        </h2>
        <div className="mt-3">
          <PercentBars
            rows={conceptRows.map((r) => ({ label: r.label, percent: Math.round((r.tally.correct / r.tally.total) * 100), detail: `${r.tally.correct}/${r.tally.total}` }))}
            title="Percent correct by concept"
            caption="Dashed line: 70%, roughly where the pass mark is assumed to sit. Green bars are at or above it."
          />
        </div>
        <h3 className="mt-6 font-semibold">By question type</h3>
        <table className="mt-2 text-sm">
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left">Type</th>
              <th scope="col" className="text-left">Correct</th>
            </tr>
          </thead>
          <tbody>
            {(Object.entries(result.byType) as [QuestionType, { correct: number; total: number }][]).map(([type, t]) => (
              <tr key={type}>
                <td className="pr-6">{QUESTION_TYPES[type]}</td>
                <td>
                  {t.correct} of {t.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="misconceptions-title">
        <h2 id="misconceptions-title" className="text-xl font-bold">
          Misconceptions you fell for
        </h2>
        {misconceptions.length ? (
          <ul className="mt-3 space-y-2">
            {misconceptions.map(([id, qs]) => {
              const m = bank.misconceptions[id];
              if (!m) return null;
              return (
                <li key={id} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
                  <p>
                    <strong>Myth:</strong> {m.myth} <span className="text-sm">({qs.length} question{qs.length === 1 ? "" : "s"})</span>
                  </p>
                  <p className="mt-1">
                    <strong>Truth:</strong> {m.truth}{" "}
                    <Link href={`/concepts/${m.concept}#misconception-${m.id}`} className={INLINE_LINK}>
                      Read more on {title(m.concept)}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="mt-2">None of your wrong choices matched a known misconception.</p>
        )}
      </section>

      <section aria-labelledby="review-questions-title">
        <h2 id="review-questions-title" className="text-xl font-bold">
          Question by question
        </h2>
        <ol className="mt-3 space-y-3">
          {questions.map((q, i) => {
            const outcome = result.questions[i]!;
            return (
              <li key={q.id}>
                <details open={!outcome.correct} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
                  <summary className="cursor-pointer font-semibold">
                    {i + 1}. {outcome.correct ? "✓ Correct" : outcome.answered ? "✗ Incorrect" : "— Not answered"} · {QUESTION_TYPES[q.type]}
                  </summary>
                  <div className="prose mt-2" dangerouslySetInnerHTML={{ __html: q.stemHtml }} />
                  <div className="mt-3">
                    <QuestionFeedback question={q} response={record.session.responses[q.id]} correct={outcome.correct} bank={bank} order={record.session.partOrder[q.id]} />
                  </div>
                </details>
              </li>
            );
          })}
        </ol>
      </section>

      <section id="next-steps" aria-labelledby="next-steps-title" tabIndex={-1} className="outline-none">
        <h2 id="next-steps-title" className="text-xl font-bold">
          What next
        </h2>
        <div className="mt-3 flex flex-wrap gap-3">
          {missed.length ? (
            <>
              <Link href={`/review?ids=${missed.join(",")}`} className="inline-flex min-h-11 items-center rounded-md bg-indigo-700 px-5 font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200">
                Review the {missed.length} I missed
              </Link>
              <button type="button" onClick={() => onRetakeMissed(missed)} className="min-h-11 rounded-md border border-zinc-400 px-5 font-semibold hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800">
                Retake them as an exam
              </button>
            </>
          ) : null}
          <button type="button" onClick={onNewExam} className="min-h-11 rounded-md border border-zinc-400 px-5 font-semibold hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800">
            Set up a new exam
          </button>
        </div>
      </section>
    </div>
  );
}
