"use client";

import Link from "@/components/ui/link";
import { useEffect, useState } from "react";
import { LineChart, DayBars } from "@/components/charts/line-chart";
import { PercentBars } from "@/components/charts/percent-bars";
import { StatGrid } from "@/components/ui/stat-grid";
import { PASS_MARK } from "@/lib/exam/result";
import { ExamInProgress } from "./exam-in-progress";
import { NextSteps } from "./next-steps";
import { useProgress, useProgressView } from "./use-progress";
import { INLINE_LINK } from "@/components/ui/link-styles";

export type DashboardProps = {
  questions: readonly { id: string; concepts: readonly string[] }[];
  concepts: readonly { slug: string; title: string }[];
};

/** Reads the clock after hydration and once a minute (never during render). */
export function useNow(): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 60_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return now;
}

const pct = (x: number) => Math.round(x * 100);

/** The readiness dashboard (/progress): how ready, what to do next, charts. `compact` is the home-page version. */
export function Dashboard({ questions, concepts, compact = false }: DashboardProps & { compact?: boolean }) {
  const doc = useProgress();
  const progress = useProgressView();
  const now = useNow();
  if (!now || !progress) return <p role="status">Loading your progress…</p>;
  const { answersPerDay, dueQuestionIds, nextSteps, readiness } = progress;
  const date = new Date(now);
  const r = readiness(doc, questions, concepts.map((c) => c.slug), date);
  const due = dueQuestionIds(doc, date).length;
  const steps = nextSteps(doc, r, date);
  const title = (slug: string) => concepts.find((c) => c.slug === slug)?.title ?? slug;

  const summary = (
    <StatGrid
      items={[
        ["Overall readiness", doc.answers.length ? `${pct(r.overall)}%` : "—"],
        ["Reviews due now", String(due)],
        ["Answers given", String(doc.answers.length)],
      ]}
    />
  );

  if (compact) {
    return (
      <section aria-labelledby="home-progress" className="rounded-lg border border-zinc-200 p-5 dark:border-zinc-700">
        <h2 id="home-progress" className="text-xl font-bold">
          Your progress
        </h2>
        <div className="mt-3">{summary}</div>
        {doc.currentExam ? <ExamInProgress exam={doc.currentExam} now={now} /> : null}
        <h3 className="mt-4 font-semibold">What to do next</h3>
        <NextSteps steps={steps} conceptTitle={title} />
      </section>
    );
  }

  const exams = [...doc.exams].sort((a, b) => a.submittedAt - b.submittedAt);
  return (
    <div className="space-y-10">
      <section aria-labelledby="summary-title">
        <h2 id="summary-title" className="sr-only">
          Summary
        </h2>
        {summary}
        {doc.currentExam ? <ExamInProgress exam={doc.currentExam} now={now} /> : null}
        <h3 className="mt-6 text-lg font-semibold">What to do next</h3>
        <NextSteps steps={steps} conceptTitle={title} />
      </section>

      <section aria-labelledby="readiness-title">
        <h2 id="readiness-title" className="text-xl font-bold">
          Readiness by concept
        </h2>
        <div className="mt-3">
          <PercentBars
            rows={r.byConcept.map((c) => ({ label: title(c.concept), percent: pct(c.score), detail: `${c.answered}/${c.total} answered` }))}
            title="Readiness by concept"
            caption="Green at or above 70% readiness."
          />
        </div>
        <p className="mt-4 max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
          <strong>How readiness is worked out.</strong> For each concept: the share of its questions you have answered at least once (coverage),
          times the average of two things — how many of your last 20 answers on it were right, and the probability that you would still
          recall each question you have answered, which the FSRS scheduler estimates from when and how you answered it and which drops as
          time passes. Overall readiness weights concepts by their number of questions. What it cannot know: whether you guessed, how you
          would do on questions phrased differently from ours, the rest of the AIF-C01 syllabus outside model customization, or exam-day
          nerves. Treat it as a study guide, not a prediction of your score.
        </p>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="text-xl font-bold">
          Exam score history
        </h2>
        {exams.length ? (
          <div className="mt-3">
            <LineChart
              title="Estimated scaled score of each practice exam over time"
              points={exams.map((e) => ({ x: e.submittedAt, y: e.scaled, label: `${new Date(e.submittedAt).toISOString().slice(0, 10)}: ${e.scaled}` }))}
              yMin={100}
              yMax={1000}
              reference={PASS_MARK}
              referenceLabel="pass mark 700"
            />
          </div>
        ) : (
          <p className="mt-2">
            No exams yet.{" "}
            <Link href="/exam" className={INLINE_LINK}>
              Take a practice exam
            </Link>{" "}
            and its estimated score will be charted here against the 700 pass mark.
          </p>
        )}
      </section>

      <section aria-labelledby="activity-title">
        <h2 id="activity-title" className="text-xl font-bold">
          Answers per day
        </h2>
        <div className="mt-3">
          <DayBars title="Answers given per day, last 14 days" days={answersPerDay(doc, date)} />
        </div>
      </section>
    </div>
  );
}
