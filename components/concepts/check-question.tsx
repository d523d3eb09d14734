"use client";

import Link from "@/components/ui/link";
import { useEffect, useId, useRef, useState } from "react";
import type { ChoiceQuestion } from "@/lib/content/schema";
import { choiceCount, scoreChoice } from "@/lib/exam/score";
import { recordAnswer } from "@/components/progress/use-progress";
import { useRestoreBeforeHydration } from "@/components/ui/before-hydration";
import { NEUTRAL, RIGHT, SELECTABLE, WRONG } from "@/components/ui/verdict-styles";
import { INLINE_LINK } from "@/components/ui/link-styles";

type Misconception = { id: string; myth: string; concept: string };

/** One question answered in place: pick, check, see every option explained; try again resets it. */
export function CheckQuestion({ question, number, misconceptions }: { question: ChoiceQuestion; number: number; misconceptions: Readonly<Record<string, Misconception>> }) {
  const id = useId();
  const [selected, setSelected] = useState<string[]>([]);
  const [result, setResult] = useState<boolean | null>(null);
  const [practiceRound, setPracticeRound] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef<number | null>(null);
  // Check answer and Try again replace each other; focus moves to whichever appears so it is never lost.
  const actionRef = useRef<HTMLButtonElement>(null);
  const acted = useRef(false);
  const revealed = useRef(false);
  const multiple = question.type === "multiple-response";
  const checked = result !== null;
  // Options ticked before hydration stay ticked on screen: the answer takes them in.
  useRestoreBeforeHydration(
    () => {
      const ticked = [...document.getElementsByName(`${id}-q`)].filter((el) => (el as HTMLInputElement).checked).map((el) => (el as HTMLInputElement).value);
      return ticked.length ? ticked : null;
    },
    (ticked) => {
      shownAt.current ??= Date.now();
      setSelected(question.options.filter((o) => ticked.includes(o.id)).map((o) => o.id).slice(0, multiple ? undefined : 1));
    },
  );

  useEffect(() => {
    if (acted.current) actionRef.current?.focus();
  }, [checked]);

  const toggle = (optionId: string) => {
    shownAt.current ??= Date.now();
    setError(null);
    setSelected((prev) => (multiple ? (prev.includes(optionId) ? prev.filter((x) => x !== optionId) : [...prev, optionId]) : [optionId]));
  };

  const check = () => {
    if (!selected.length) {
      setError(multiple ? "Select the options you think are correct, then check." : "Select an option, then check.");
      return;
    }
    // Too few or too many ticks would simply be wrong (no partial credit): say so before it counts.
    const wanted = choiceCount(question);
    if (multiple && selected.length !== wanted) {
      setError(`This question asks for ${wanted}: you chose ${selected.length}.`);
      return;
    }
    const verdict = scoreChoice(question, { kind: "choice", selected });
    if (verdict.kind !== "scored") return;
    setError(null);
    acted.current = true;
    setResult(verdict.correct);
    setPracticeRound(revealed.current);
    // Only the first try counts: after the answer has been shown, trying again is practice, not evidence.
    if (revealed.current) return;
    revealed.current = true;
    recordAnswer({
      questionId: question.id,
      source: "concept-check",
      response: { kind: "choice", selected },
      correct: verdict.correct,
      timeMs: Math.max(0, Date.now() - (shownAt.current ?? Date.now())),
      at: new Date().toISOString(),
    });
  };

  const reset = () => {
    acted.current = true;
    setSelected([]);
    setResult(null);
    shownAt.current = null;
  };

  return (
    <li className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-700">
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="font-medium">
          <span className="sr-only">Question {number}: </span>
          <span className="prose block" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
        </legend>
        <ul className="mt-3 space-y-2">
          {question.options.map((o) => {
            const isSelected = selected.includes(o.id);
            // One set of border classes at a time (see verdict-styles); a verdict also thickens the border.
            const tone = !checked ? `border ${SELECTABLE}` : o.correct ? `border-2 ${RIGHT}` : isSelected ? `border-2 ${WRONG}` : `border ${NEUTRAL}`;
            const verdict = !checked ? "" : o.correct ? (isSelected ? "✓ correct · your choice" : "✓ correct · not chosen") : isSelected ? "✗ your choice" : "";
            const m = o.misconception ? misconceptions[o.misconception] : undefined;
            return (
              <li key={o.id} className={`rounded-md ${tone}`}>
                <label className="flex cursor-pointer items-start gap-3 p-3">
                  <input
                    type={multiple ? "checkbox" : "radio"}
                    name={`${id}-q`}
                    value={o.id}
                    className="mt-1.5"
                    checked={isSelected}
                    disabled={checked}
                    onChange={() => toggle(o.id)}
                  />
                  <span>
                    <span dangerouslySetInnerHTML={{ __html: o.html }} />
                    {verdict ? (
                      <>
                        {" "}
                        <span className="ml-1 text-sm font-semibold">{verdict}</span>
                      </>
                    ) : null}
                  </span>
                </label>
                {checked ? (
                  <div className="border-t border-zinc-200 px-3 pb-3 pt-2 text-sm dark:border-zinc-700">
                    <div className="prose" dangerouslySetInnerHTML={{ __html: o.explanation }} />
                    {m ? (
                      <p className="mt-1">
                        <Link href={`/concepts/${m.concept}#misconception-${m.id}`} className={INLINE_LINK}>
                          Misconception: {m.myth}
                        </Link>
                      </p>
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-2 text-sm font-semibold text-rose-800 dark:text-rose-300">
          {error}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3" aria-live="polite">
        {checked ? (
          <>
            <p className={`font-semibold ${result ? "text-emerald-800 dark:text-emerald-300" : "text-rose-800 dark:text-rose-300"}`}>
              {result ? "Correct." : multiple ? "Not quite: the correct answers are highlighted." : "Not quite: the correct answer is highlighted."}
              {practiceRound ? <span className="block text-sm font-normal text-zinc-700 dark:text-zinc-300">A try after the answer was shown: not counted in your progress.</span> : null}
            </p>
            <button ref={actionRef} type="button" onClick={reset} className="min-h-11 rounded-md border border-zinc-400 px-4 font-medium hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800">
              Try again<span className="sr-only"> question {number}</span>
            </button>
          </>
        ) : (
          <button ref={actionRef} type="button" onClick={check} className="min-h-11 rounded-md bg-indigo-700 px-4 font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200">
            Check answer<span className="sr-only"> to question {number}</span>
          </button>
        )}
      </div>
      {checked && question.explanation ? <div className="prose mt-3 text-sm" dangerouslySetInnerHTML={{ __html: question.explanation }} /> : null}
    </li>
  );
}
