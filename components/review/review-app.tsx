"use client";

import Link from "@/components/ui/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { QuestionFeedback } from "@/components/exam/question-feedback";
import { QuestionInput } from "@/components/exam/question-input";
import { loadBank } from "@/components/exam/load-bank";
import { loadProgressRuntime, progressIsStored, useLoadedProgressRuntime, useProgress, useProgressView, type ProgressRuntime } from "@/components/progress/use-progress";
import type { Question } from "@/lib/content/schema";
import { QUESTION_TYPES, type QuestionType } from "@/lib/content/question-types";
import type { ExamBank } from "@/lib/exam/bank";
import { shuffleParts } from "@/lib/exam/build";
import { isCorrect, type Response } from "@/lib/exam/score";
import { describeResponse } from "@/lib/progress/describe";
import { formatDue, isWithinDueWindow } from "@/lib/progress/due";
import type { Progress } from "@/lib/progress/schema";
import { INLINE_LINK } from "@/components/ui/link-styles";

const primary = "min-h-11 rounded-md bg-indigo-700 px-5 font-semibold text-white hover:bg-indigo-800 disabled:opacity-50 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200";
const secondary = "min-h-11 rounded-md border border-zinc-400 px-4 font-medium hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800";

/** Wall-clock time, read only in event handlers. */
const clockNow = () => Date.now();

/** The misconception behind a learner's misses on a question: the one their wrong choices hit most. */
function troubleMisconception(q: Question, doc: Progress): string | undefined {
  if (q.type !== "single" && q.type !== "multiple-response") return undefined;
  const counts = new Map<string, number>();
  for (const a of doc.answers) {
    if (a.questionId !== q.id || a.correct) continue;
    if (a.response.kind === "choice") for (const id of a.response.selected) {
      const m = q.options.find((o) => o.id === id && !o.correct)?.misconception;
      if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    if (a.response.kind === "method") {
      const m = q.options.find((o) => o.text === (a.response as { method: string }).method)?.misconception;
      if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? q.options.find((o) => o.misconception)?.misconception;
}

export function ReviewApp() {
  const [bank, setBank] = useState<ExamBank | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(0);
  const [onlyIds, setOnlyIds] = useState<string[] | null>(null);
  const [queue, setQueue] = useState<string[] | null>(null);
  const [filters, setFilters] = useState<{ concept: string; type: string }>({ concept: "", type: "" });
  // Whether a filter has been used: clearing them all then says so ("Showing all 9.") instead of falling silent.
  const [filtersUsed, setFiltersUsed] = useState(false);
  const setFilter = (key: keyof typeof filters, value: string) => {
    setFiltersUsed(true);
    setFilters((f) => ({ ...f, [key]: value }));
  };
  const doc = useProgress();
  const progress = useProgressView();
  // A session records answers, so it needs the store: starting one loads it (already there when anything is stored).
  const runtime = useLoadedProgressRuntime();
  const startQueue = (ids: string[]) => {
    loadProgressRuntime().then(
      () => setQueue(ids),
      () => setError("The progress store could not be loaded, so the review cannot start. Check your connection and reload the page."),
    );
  };
  // Leaving a session swaps the whole view back; focus returns to the queue's heading instead of being dropped.
  const dueRef = useRef<HTMLHeadingElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    if (queue || !returning.current) return;
    returning.current = false;
    dueRef.current?.focus();
  }, [queue]);

  // The bank (about 90 kB compressed) is fetched only when there can be something to show from it. With progress
  // stored or questions named in the link, it is fetched on the first tick, alongside the progress store, and the
  // page waits for both. With neither, the queue is empty and the page says so without it; should another tab record a miss,
  // the bank is fetched then and the view fills in where it stands.
  const [bankFirst, setBankFirst] = useState(false);
  useEffect(() => {
    const ids = new URLSearchParams(window.location.search).get("ids");
    const eager = Boolean(ids) || progressIsStored();
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 30_000);
    const first = setTimeout(() => {
      tick();
      setBankFirst(eager);
      if (ids) setOnlyIds(ids.split(",").filter(Boolean));
    }, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, []);
  const needsBank = bankFirst || doc.answers.length > 0 || Object.keys(doc.cards).length > 0;
  useEffect(() => {
    if (!needsBank || bank) return;
    let cancelled = false;
    loadBank().then(
      (b) => !cancelled && setBank(b),
      () => !cancelled && setError("The question bank could not be loaded. Check your connection and reload the page."),
    );
    return () => {
      cancelled = true;
    };
  }, [needsBank, bank]);

  const byId = useMemo(() => new Map((bank?.questions ?? []).map((q) => [q.id, q])), [bank]);
  const misses = useMemo(() => progress?.missCounts(doc) ?? new Map<string, number>(), [progress, doc]);
  const due = useMemo(() => (now && progress ? progress.dueQuestionIds(doc, new Date(now)).filter((id) => byId.has(id)) : []), [progress, doc, now, byId]);

  if (error) return <p role="alert">{error}</p>;
  if (!now || !progress || (bankFirst && !bank)) return <p role="status">Loading your review queue…</p>;

  if (queue && runtime && bank) {
    const done = () => {
      returning.current = true;
      setQueue(null);
    };
    return <ReviewSession progress={runtime} bank={bank} ids={queue} onDone={done} />;
  }
  const { TROUBLE_THRESHOLD } = progress;

  const missed = [...misses.keys()].filter((id) => byId.has(id));
  const lastWrong = (id: string) => [...doc.answers].reverse().find((a) => a.questionId === id && !a.correct);
  const shown = missed
    .map((id) => byId.get(id)!)
    .filter((q) => (!filters.concept || q.concepts.includes(filters.concept)) && (!filters.type || q.type === filters.type))
    .sort((a, b) => (misses.get(b.id) ?? 0) - (misses.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  const trouble = missed.filter((id) => (misses.get(id) ?? 0) >= TROUBLE_THRESHOLD);
  const conceptTitle = (slug: string) => bank?.concepts.find((c) => c.slug === slug)?.title ?? slug;
  // The filters are named in the message, so a change that keeps the count the same is still announced.
  const status = filterStatus(shown.length, missed.length, [filters.concept && conceptTitle(filters.concept), filters.type && QUESTION_TYPES[filters.type as QuestionType]], filtersUsed);
  const requested = onlyIds?.filter((id) => byId.has(id)) ?? [];

  return (
    <div className="space-y-10">
      {requested.length ? (
        <section aria-labelledby="requested-title" className="rounded-lg border border-indigo-300 bg-indigo-50 p-4 dark:border-indigo-800 dark:bg-indigo-950/40">
          <h2 id="requested-title" className="text-lg font-bold">
            The {requested.length} question{requested.length === 1 ? "" : "s"} you just missed
          </h2>
          <button type="button" className={`${primary} mt-3`} onClick={() => startQueue(requested)}>
            Review these {requested.length} now
          </button>
        </section>
      ) : null}

      <section aria-labelledby="due-title">
        <h2 id="due-title" ref={dueRef} tabIndex={-1} className="text-xl font-bold outline-none">
          Due now: {due.length}
        </h2>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          {due.length ? (
            "Questions you missed whose review has come round. Answer them until they stop coming back."
          ) : missed.length ? (
            "Nothing is due. Questions you missed come back on a schedule: soon after a miss, then further apart each time you get them right."
          ) : (
            <>
              No missed questions yet. Miss something in the{" "}
              <Link href="/selector" className={INLINE_LINK}>
                selector
              </Link>
              , a{" "}
              <Link href="/concepts" className={INLINE_LINK}>
                concept check
              </Link>{" "}
              or an{" "}
              <Link href="/exam" className={INLINE_LINK}>
                exam
              </Link>{" "}
              and it will be scheduled here.
            </>
          )}
        </p>
        {due.length ? (
          <button type="button" className={`${primary} mt-3`} onClick={() => startQueue(due)}>
            Start reviewing ({due.length})
          </button>
        ) : null}
      </section>

      {trouble.length ? (
        <section aria-labelledby="trouble-title">
          <h2 id="trouble-title" className="text-xl font-bold">
            Trouble spots
          </h2>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">Missed {TROUBLE_THRESHOLD} or more times: worth rereading the idea behind them.</p>
          <ul className="mt-3 space-y-2">
            {trouble.map((id) => {
              const q = byId.get(id)!;
              const mid = troubleMisconception(q, doc);
              const m = mid ? bank?.misconceptions[mid] : undefined;
              return (
                <li key={id} className="rounded-md border border-rose-300 p-3 dark:border-rose-800">
                  <p className="font-medium">{q.stem.slice(0, 160)}{q.stem.length > 160 ? "…" : ""}</p>
                  <p className="mt-1 text-sm">
                    Missed {misses.get(id)} times.{" "}
                    {m ? (
                      <Link href={`/concepts/${m.concept}#misconception-${m.id}`} className={INLINE_LINK}>
                        The misconception behind it: {m.myth}
                      </Link>
                    ) : (
                      <Link href={`/concepts/${q.concepts[0]}`} className={INLINE_LINK}>
                        Reread {conceptTitle(q.concepts[0]!)}
                      </Link>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {bank ? (
        <section aria-labelledby="missed-title">
          <h2 id="missed-title" className="text-xl font-bold">
            All missed ({missed.length})
          </h2>
          <div className="mt-3 flex flex-wrap gap-4">
            <label className="flex flex-col text-sm font-semibold">
              Concept
              <select value={filters.concept} onChange={(e) => setFilter("concept", e.target.value)} className="mt-1 min-h-11 rounded-md border border-zinc-400 bg-white px-2 font-normal dark:border-zinc-500 dark:bg-zinc-900">
                <option value="">All concepts</option>
                {bank.concepts.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.title}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm font-semibold">
              Question type
              <select value={filters.type} onChange={(e) => setFilter("type", e.target.value)} className="mt-1 min-h-11 rounded-md border border-zinc-400 bg-white px-2 font-normal dark:border-zinc-500 dark:bg-zinc-900">
                <option value="">All types</option>
                {(Object.keys(QUESTION_TYPES) as QuestionType[]).map((t) => (
                  <option key={t} value={t}>
                    {QUESTION_TYPES[t]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {/* A filter that shrinks the list says so, to a screen reader too. */}
          <p role="status" className={status ? "mt-3 text-sm" : undefined}>
            {status}
          </p>
          <ul className="mt-4 space-y-3" aria-label="Missed questions">
            {shown.map((q) => {
              const wrong = lastWrong(q.id);
              const card = doc.cards[q.id];
              return (
                <li key={q.id} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
                  <p className="text-xs text-zinc-700 dark:text-zinc-300">
                    {QUESTION_TYPES[q.type]} · {q.concepts.map(conceptTitle).join(", ")} · missed {misses.get(q.id)}×{(misses.get(q.id) ?? 0) >= TROUBLE_THRESHOLD ? " · trouble spot" : ""}
                    {card ? ` · next review ${formatDue(card.due, now)}` : ""}
                  </p>
                  <p className="mt-1">{q.stem.slice(0, 220)}{q.stem.length > 220 ? "…" : ""}</p>
                  {wrong ? <p className="mt-1 text-sm text-rose-800 dark:text-rose-300">Your last wrong answer: {describeResponse(q, wrong.response)}</p> : null}
                  <button type="button" className={`${secondary} mt-2 text-sm`} onClick={() => startQueue([q.id])}>
                    Review this one<span className="sr-only">: {q.stem.slice(0, 60)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ReviewSession({ progress, bank, ids, onDone }: { progress: ProgressRuntime; bank: ExamBank; ids: readonly string[]; onDone: () => void }) {
  const [index, setIndex] = useState(0);
  const [response, setResponse] = useState<Response | undefined>();
  const [result, setResult] = useState<{ correct: boolean; due: string | undefined; dueNow: boolean } | null>(null);
  const [tally, setTally] = useState({ right: 0, done: 0 });
  const shownAt = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const verdictRef = useRef<HTMLParagraphElement>(null);
  const [seed] = useState(() => ids.length * 7919);
  const question = bank.questions.find((q) => q.id === ids[index]);
  const finished = index >= ids.length;

  useEffect(() => {
    shownAt.current = Date.now();
    headingRef.current?.focus();
  }, [index]);

  useEffect(() => {
    if (result) verdictRef.current?.focus();
  }, [result]);

  const check = () => {
    if (!response || !question) return;
    const correct = isCorrect(question, response);
    const at = clockNow();
    progress.recordAnswer({ questionId: question.id, source: "review", response, correct, timeMs: Math.max(0, at - shownAt.current), at: new Date(at).toISOString() });
    const due = progress.progressStore.get().cards[question.id]?.due;
    setResult({ correct, due: due ? formatDue(due, at) : undefined, dueNow: due ? isWithinDueWindow(due, at) : false });
    setTally((t) => ({ right: t.right + (correct ? 1 : 0), done: t.done + 1 }));
  };
  const next = () => {
    setResponse(undefined);
    setResult(null);
    setIndex((i) => i + 1);
  };

  if (finished || !question) {
    // What comes next, from the schedule each answer just set: a miss is due again at once, a right answer later.
    const at = clockNow();
    const cards = progress.progressStore.get().cards;
    const dues = ids.slice(0, tally.done).flatMap((id) => (cards[id] ? [cards[id].due] : []));
    const againNow = dues.filter((d) => isWithinDueWindow(d, at)).length;
    const later = dues.filter((d) => !isWithinDueWindow(d, at)).sort();
    return (
      <section aria-labelledby="session-done" className="space-y-4">
        <h2 id="session-done" ref={headingRef} tabIndex={-1} className="text-xl font-bold outline-none">
          Review done: {tally.right} of {tally.done} right
        </h2>
        {dues.length ? (
          <p className="text-zinc-700 dark:text-zinc-300">
            {whatComesNext(againNow, later, at)}
          </p>
        ) : null}
        <button type="button" className={primary} onClick={onDone}>
          Back to the review queue
        </button>
      </section>
    );
  }

  const order = shuffleParts(question, seed);
  return (
    <section aria-labelledby="review-q" className="space-y-4">
      <p id="review-count" className="text-sm text-zinc-700 dark:text-zinc-300">
        Review {index + 1} of {ids.length} · {QUESTION_TYPES[question.type]}
      </p>
      <h2 id="review-q" ref={headingRef} tabIndex={-1} aria-describedby="review-count" className="text-xl font-bold outline-none">
        Question {index + 1}
      </h2>
      <div className="prose text-lg" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      <QuestionInput key={question.id} question={question} order={order} response={response} onChange={setResponse} disabled={!!result} />
      {result ? (
        <div className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-700">
          <QuestionFeedback question={question} response={response} correct={result.correct} bank={bank} order={order} verdictRef={verdictRef} />
          {result.due ? (
            <p className="font-semibold">
              Next review of this question: {result.due}
              {result.dueNow ? " — it stays in your review queue until you answer it right." : "."}
            </p>
          ) : null}
          <button type="button" className={primary} onClick={next}>
            {index + 1 < ids.length ? "Next question" : "Finish"}
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={primary} onClick={check} disabled={!response}>
            Check answer
          </button>
          <button type="button" className={secondary} onClick={onDone}>
            Stop reviewing
          </button>
        </div>
      )}
    </section>
  );
}

/** The done screen's last word: how many just-reviewed questions are due again now, and when the rest come back. */
function whatComesNext(againNow: number, later: readonly string[], at: number): string {
  const now = againNow ? `${againNow === 1 ? "1 question is" : `${againNow} questions are`} due again now, back in the queue: a miss returns until you get it right.` : "";
  if (!later.length) return now;
  const n = later.length;
  const who = againNow ? (n === 1 ? "The other one comes" : `The other ${n} come`) : n === 1 ? "It comes" : `All ${n} come`;
  return `${now}${now ? " " : ""}${who} back ${formatDue(later[0]!, at)}${n > 1 ? " or later" : ""}.`;
}

/** What the missed list's status region says about the filters: the count, with the filters that produced it. */
function filterStatus(shown: number, total: number, names: readonly (string | false | undefined)[], used: boolean): string {
  const active = names.filter(Boolean).join(", ");
  if (!active) return used ? `Showing all ${total}.` : "";
  return shown ? `Showing ${shown} of ${total}: ${active}.` : `No missed question matches: ${active}.`;
}
