"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { Question } from "@/lib/content/schema";
import { QUESTION_TYPES } from "@/lib/content/question-types";
import type { ExamBank } from "@/lib/exam/bank";
import { inShownOrder } from "@/lib/exam/build";
import { choiceCount, isCorrect, type Response } from "@/lib/exam/score";
import { goTo, incompleteReason, markChecked, partlyAnswered, setResponse, toggleFlag, unanswered, type ExamSession } from "@/lib/exam/session";
import { formatClock, isExpired, remainingMs, warningDue } from "@/lib/exam/timer";
import { recordAnswer } from "@/components/progress/use-progress";
import { inShortcutArea, isTypingTarget } from "@/components/ui/keyboard";
import { QuestionFeedback } from "./question-feedback";
import { QuestionInput } from "./question-input";

type Props = {
  bank: ExamBank;
  session: ExamSession;
  onChange: (session: ExamSession) => void;
  onSubmit: (auto: boolean) => void;
  /** Drops the exam unscored: it is not kept in the history. */
  onDiscard: () => void;
  saveFailed: boolean;
};

const button = "min-h-11 rounded-md border border-zinc-400 px-4 font-medium hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-500 dark:hover:bg-zinc-800";
/** The navigator's square for each state: filled when answered, dashed when answered in part, outlined when not. */
const STATUS_STYLE = {
  answered: "bg-indigo-700 text-white dark:bg-indigo-300 dark:text-zinc-950",
  "partly answered": "border-2 border-dashed border-indigo-700 bg-indigo-50 text-indigo-950 dark:border-indigo-300 dark:bg-indigo-950 dark:text-indigo-50",
  "not answered": "border border-zinc-400 dark:border-zinc-500",
} as const;
const danger = "min-h-11 rounded-md bg-rose-700 px-5 font-semibold text-white hover:bg-rose-800 dark:bg-rose-300 dark:text-zinc-950 dark:hover:bg-rose-200";
const primary = "min-h-11 rounded-md bg-indigo-700 px-5 font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200";

export function ExamRunner({ bank, session, onChange, onSubmit, onDiscard, saveFailed }: Props) {
  const [now, setNow] = useState(() => Date.now());
  const [view, setView] = useState<"question" | "review" | Confirming>("question");
  const [warning, setWarning] = useState("");
  const [keyNotice, setKeyNotice] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Practice mode: Check answer disappears once used, so focus moves to the verdict it produced.
  const verdictRef = useRef<HTMLParagraphElement>(null);
  const justChecked = useRef(false);
  const questions = session.questionIds.map((id) => bank.questions.find((q) => q.id === id)).filter((q): q is Question => q !== undefined);
  const index = session.current;
  const question = questions[index]!;
  const response = session.responses[question.id];
  const checked = session.checked.includes(question.id);
  const practice = session.settings.mode === "practice";
  const durationMs = session.deadline === null ? 0 : session.deadline - session.startedAt;
  const remaining = session.deadline === null ? 0 : remainingMs(session.deadline, now);

  const tick = useEffectEvent(() => {
    const t = Date.now();
    setNow(t);
    if (session.deadline === null) return;
    if (isExpired(session.deadline, t)) {
      onSubmit(true);
      return;
    }
    const due = warningDue(remainingMs(session.deadline, t), durationMs, session.announced);
    if (due) {
      setWarning(due.message);
      onChange({ ...session, announced: [...session.announced, due.id] });
    }
  });
  useEffect(() => {
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (view === "question") headingRef.current?.focus();
  }, [index, view]);

  useEffect(() => {
    if (!checked || !justChecked.current) return;
    justChecked.current = false;
    verdictRef.current?.focus();
  }, [checked]);

  const update = (r: Response | undefined) => onChange(setResponse(session, question.id, r));
  const move = (to: number) => {
    setKeyNotice("");
    setView("question");
    onChange(goTo(session, to));
  };
  const check = () => {
    if (!response) return;
    recordAnswer({ questionId: question.id, source: "exam", response, correct: isCorrect(question, response), timeMs: 0, at: new Date().toISOString() });
    justChecked.current = true;
    onChange(markChecked(session, question.id));
  };

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (view !== "question" || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target) || !inShortcutArea(e.target)) return;
    const key = e.key.toLowerCase();
    if (key === "n") move(index + 1);
    else if (key === "p") move(index - 1);
    else if (key === "f") {
      // The button shows the flag by its pressed state; a key press away from it is announced instead.
      setKeyNotice(session.flagged.includes(question.id) ? "Flag removed." : "Flagged for review.");
      onChange(toggleFlag(session, question.id));
    }
    else if (key === "r") setView("review");
    else if (/^[1-9]$/.test(key) && (question.type === "single" || question.type === "multiple-response") && !checked) {
      const optionId = inShownOrder(question.options, session.partOrder[question.id])[Number(key) - 1]?.id;
      if (!optionId) return;
      const selected = response?.kind === "choice" ? response.selected : [];
      const next = question.type === "single" ? [optionId] : selected.includes(optionId) ? selected.filter((x) => x !== optionId) : [...selected, optionId];
      update(next.length ? { kind: "choice", selected: next } : undefined);
      setKeyNotice(`Option ${String.fromCharCode(64 + Number(key))} ${next.includes(optionId) ? "chosen" : "cleared"}.`);
    } else return;
    e.preventDefault();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  // Answered means answered in full: a question answered in part is scored as incorrect, so it is counted apart.
  const partly = partlyAnswered(session, questions);
  const answeredCount = session.questionIds.length - unanswered(session).length - partly.length;
  const typeLabel =
    question.type === "multiple-response" ? `${QUESTION_TYPES[question.type]} — choose ${choiceCount(question)}` : QUESTION_TYPES[question.type];

  return (
    <div data-shortcuts="" className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_15rem]">
      <div className="min-w-0">
        {/* The count and the clock stay in view while a long question scrolls (a phone shows little of it at once). */}
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 bg-white py-1 dark:border-zinc-800 dark:bg-zinc-950">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {answeredCount} of {questions.length} answered{partly.length ? ` · ${partly.length} partly` : ""} · {practice ? "Practice mode" : "Exam mode"}
          </p>
          <p className="font-mono text-lg font-semibold" role="timer" aria-label={session.deadline === null ? "Time used" : "Time left"}>
            <span className="mr-2 font-sans text-sm font-normal">{session.deadline === null ? "Time used" : "Time left"}</span>{" "}
            {session.deadline === null ? formatClock(now - session.startedAt) : formatClock(remaining)}
          </p>
        </div>
        <p aria-live="assertive" role="alert" className={warning ? "mt-2 rounded-md bg-amber-100 p-2 font-semibold text-amber-950 dark:bg-amber-900/60 dark:text-amber-100" : "sr-only"}>
          {warning}
        </p>
        {saveFailed ? <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm dark:bg-amber-950/40">Your browser is not saving this exam (storage is blocked or full). It keeps running, but a reload would lose it.</p> : null}
        <div role="progressbar" aria-label="Questions answered" aria-valuemin={0} aria-valuemax={questions.length} aria-valuenow={answeredCount} className="mt-2 h-2 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800">
          <div className="h-full bg-indigo-600 dark:bg-indigo-400" style={{ width: `${(answeredCount / questions.length) * 100}%` }} />
        </div>

        {view === "question" ? (
          <section aria-labelledby="question-title" className="mt-6">
            <h2 id="question-title" ref={headingRef} tabIndex={-1} className="scroll-mt-16 text-xl font-bold outline-none">
              Question {index + 1} of {questions.length}{" "}
              <span className="ml-1 text-sm font-medium text-zinc-700 dark:text-zinc-300">{typeLabel}</span>
            </h2>
            <p aria-live="polite" className="sr-only">
              {keyNotice}
            </p>
            <div className="prose mt-3 text-lg" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
            <div className="mt-4">
              <QuestionInput key={question.id} question={question} order={session.partOrder[question.id] ?? []} response={response} onChange={update} disabled={checked} />
            </div>
            <div className="mt-4 flex flex-wrap gap-2">
              {/* One name whatever the state: a screen reader hears "Flag for review, pressed", not a name that changes too. */}
              <button
                type="button"
                aria-pressed={session.flagged.includes(question.id)}
                onClick={() => onChange(toggleFlag(session, question.id))}
                className={`${button} aria-pressed:border-amber-600 aria-pressed:bg-amber-50 aria-pressed:font-semibold dark:aria-pressed:border-amber-400 dark:aria-pressed:bg-amber-950/40`}
              >
                <span aria-hidden="true">{session.flagged.includes(question.id) ? "⚑" : "⚐"}</span> Flag for review
              </button>
              {practice && !checked ? (
                <button type="button" onClick={check} disabled={!response} className={primary}>
                  Check answer
                </button>
              ) : null}
            </div>
            {practice && checked ? (
              <div className="mt-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-700" aria-live="polite">
                <QuestionFeedback question={question} response={response} correct={isCorrect(question, response)} bank={bank} order={session.partOrder[question.id]} verdictRef={verdictRef} />
              </div>
            ) : null}
            <div className="mt-6 flex flex-wrap gap-2">
              <button type="button" onClick={() => move(index - 1)} disabled={index === 0} className={button}>
                ← Previous
              </button>
              {index + 1 < questions.length ? (
                <button type="button" onClick={() => move(index + 1)} className={primary}>
                  Next →
                </button>
              ) : null}
              <button type="button" onClick={() => setView("review")} className={index + 1 < questions.length ? button : primary}>
                Review and submit
              </button>
            </div>
            {/* Hidden where the only pointer is a finger (a phone): a keyboard there is the exception. */}
            <details className="mt-6 text-sm pointer-coarse:hidden">
              <summary className="cursor-pointer font-semibold">Keyboard shortcuts</summary>
              <ul className="mt-2 space-y-1">
                <li><kbd>N</kbd> next question · <kbd>P</kbd> previous question</li>
                <li><kbd>1</kbd>–<kbd>9</kbd> choose (or toggle) option A, B, C…</li>
                <li><kbd>F</kbd> flag or unflag for review · <kbd>R</kbd> review and submit</li>
                <li>Ordering: Tab to a step&apos;s ↑ / ↓ button and press Enter. Matching: Tab to a list and use the arrow keys.</li>
              </ul>
            </details>
          </section>
        ) : (
          <ReviewScreen
            questions={questions}
            session={session}
            partly={partly}
            onGo={move}
            confirming={view === "review" ? null : view}
            onConfirm={setView}
            onCancel={() => setView("review")}
            onSubmit={() => onSubmit(false)}
            onDiscard={onDiscard}
          />
        )}
      </div>

      <nav aria-label="Question navigator" className="lg:sticky lg:top-4 lg:self-start">
        <p className="mb-2 text-sm font-semibold">Questions</p>
        <ol className="grid grid-cols-8 gap-1 sm:grid-cols-10 lg:grid-cols-5">
          {questions.map((q, i) => {
            const status = !session.responses[q.id] ? "not answered" : partly.includes(q.id) ? "partly answered" : "answered";
            const flagged = session.flagged.includes(q.id);
            const current = i === index && view === "question";
            return (
              <li key={q.id}>
                <button
                  type="button"
                  onClick={() => move(i)}
                  aria-current={current ? "step" : undefined}
                  aria-label={`Question ${i + 1}, ${status}${flagged ? ", flagged" : ""}`}
                  className={`relative h-10 w-full rounded text-sm font-semibold ${STATUS_STYLE[status]} ${current ? "ring-2 ring-amber-500 ring-offset-2 dark:ring-offset-zinc-950" : ""}`}
                >
                  {i + 1}
                  {flagged ? <span aria-hidden="true" className="absolute -right-1.5 -top-1.5 rounded-full bg-amber-300 px-1 text-[0.65rem] leading-4 text-zinc-950 ring-2 ring-white dark:ring-zinc-950">⚑</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
        <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">Filled: answered · dashed: partly answered · ⚑ flagged · ring: current</p>
      </nav>
    </div>
  );
}

type ReviewProps = {
  questions: readonly Question[];
  session: ExamSession;
  /** The questions answered in part, as the runner counted them. */
  partly: readonly string[];
  onGo: (index: number) => void;
  /** Which step is awaiting a yes, if any. */
  confirming: Confirming | null;
  onConfirm: (step: Confirming) => void;
  onCancel: () => void;
  onSubmit: () => void;
  onDiscard: () => void;
};

/** The two ways to end an exam, each asked for twice. */
type Confirming = "submit" | "discard";

function ReviewScreen({ questions, session, partly, onGo, confirming, onConfirm, onCancel, onSubmit, onDiscard }: ReviewProps) {
  const missing = unanswered(session);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [confirming]);
  const list = (ids: readonly string[], empty: string, detail?: (id: string) => string | undefined) =>
    ids.length ? (
      <ul className="mt-2 flex flex-wrap gap-2">
        {ids.map((id) => {
          const i = session.questionIds.indexOf(id);
          const note = detail?.(id);
          return (
            <li key={id}>
              <button type="button" onClick={() => onGo(i)} className={button}>
                Question {i + 1}
                {note ? <span className="text-sm font-normal"> ({note})</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    ) : (
      <p className="mt-1 text-sm">{empty}</p>
    );
  return (
    <section aria-labelledby="review-title" className="mt-6 space-y-5">
      <h2 id="review-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold outline-none">
        {confirming === "submit" ? "Submit the exam?" : confirming === "discard" ? "Discard the exam?" : "Review before submitting"}
      </h2>
      {confirming ? (
        <>
          <p>{confirming === "submit" ? `${submitWarning(missing.length, partly.length)}You cannot change answers after submitting.` : discardWarning(session.checked.length)}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={confirming === "submit" ? onSubmit : onDiscard} className={confirming === "submit" ? primary : danger}>
              {confirming === "submit" ? "Yes, submit my answers" : "Yes, discard this exam"}
            </button>
            <button type="button" onClick={onCancel} className={button}>
              Go back
            </button>
          </div>
        </>
      ) : (
        <>
          <div>
            <h3 className="font-semibold">Unanswered ({missing.length})</h3>
            {list(missing, "None: every question has an answer.")}
          </div>
          <div>
            <h3 className="font-semibold">Partly answered ({partly.length})</h3>
            {list(partly, "None: every answer is complete.", (id) => incompleteReason(questions.find((q) => q.id === id)!, session.responses[id]))}
          </div>
          <div>
            <h3 className="font-semibold">Flagged for review ({session.flagged.length})</h3>
            {list(session.flagged, "None flagged.")}
          </div>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{questions.length} questions in all. Unanswered and partly answered questions count as incorrect (there is no partial credit); there is no penalty for guessing.</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={() => onGo(session.current)} className={button}>
              Back to the questions
            </button>
            <button type="button" onClick={() => onConfirm("submit")} className={primary}>
              Submit exam…
            </button>
            <button type="button" onClick={() => onConfirm("discard")} className={button}>
              Discard exam…
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** What the discard confirmation says: practice-mode answers already checked were recorded then, and stay. */
function discardWarning(checked: number): string {
  const kept = checked === 0 ? "Its answers are not kept." : `The ${checked === 1 ? "answer you checked stays" : `${checked} answers you checked stay`} in your progress; the rest are not kept.`;
  return `It ends now without a score and is not added to your past exams. ${kept} This cannot be undone.`;
}

/** What the submit confirmation says about the questions that will be scored as incorrect for want of an answer. */
function submitWarning(missing: number, partly: number): string {
  const questions = (n: number) => `${n} question${n === 1 ? " is" : "s are"}`;
  if (missing && partly) return `${questions(missing)} unanswered and ${partly} ${partly === 1 ? "is" : "are"} only partly answered: these will count as incorrect. `;
  if (missing) return `${questions(missing)} unanswered and will count as incorrect. `;
  if (partly) return `${questions(partly)} only partly answered and will count as incorrect. `;
  return "Every question is answered. ";
}
