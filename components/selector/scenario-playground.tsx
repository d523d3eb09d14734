"use client";

import { useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { useRestoreBeforeHydration } from "@/components/ui/before-hydration";
import { METHODS } from "@/lib/methods/catalog";
import { HighlightedText } from "./highlighted-text";
import { METHOD_STYLE } from "./method-style";
import { SignalLegend } from "./signal-legend";
import { advisorFor, useSelectorData } from "./use-selector-data";

const EXAMPLE =
  "A bank wants its support assistant to answer questions from internal policy documents that change every week, and every answer must cite its source. It has no labeled examples and wants to avoid retraining a model.";

/** "Try your own scenario": highlights and ranking update as the learner types. */
export function ScenarioPlayground() {
  const source = useSelectorData();
  const signals = source.status === "ready" ? source.data.signals : null;
  const advisor = useMemo(() => (signals ? advisorFor(signals) : null), [signals]);
  const id = useId();
  const [text, setText] = useState(EXAMPLE);
  // Typed or pasted before hydration, which would put the example back.
  useRestoreBeforeHydration(
    () => (document.getElementById(`${id}-text`) as HTMLTextAreaElement | null)?.value ?? null,
    (typed) => {
      if (typed !== EXAMPLE) setText(typed);
    },
  );
  const deferred = useDeferredValue(text);
  const advice = useMemo(() => advisor?.advise(deferred) ?? null, [advisor, deferred]);
  const max = Math.max(1, ...(advice?.ranking ?? []).map((r) => Math.abs(r.score)));
  // Screen readers hear the best fit once the learner has typed and paused for a second, not on load (the example
  // is not their text) and not at every keystroke that tips the ranking.
  const [edited, setEdited] = useState(false);
  const verdict = !advice ? "" : advice.method ? `Best fit: ${METHODS[advice.method].label}` : "No clear signal: nothing here points to a method yet.";
  const spoken = !advice ? "" : advice.method ? `Ranking updated. Top method now: ${METHODS[advice.method].label}.` : "Ranking updated: nothing points to a method yet.";
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    if (!edited) return;
    const timer = setTimeout(() => setAnnounced(spoken), 1000);
    return () => clearTimeout(timer);
  }, [edited, spoken]);

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-zinc-200 p-5 dark:border-zinc-700">
      <h2 id={`${id}-title`} className="text-xl font-bold">
        Try your own scenario
      </h2>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        Paste or type any exam-style scenario. The signal phrases taught on the concept pages are highlighted as you type, and
        the methods are ranked by the evidence. It is a study aid that reads wording, not a substitute for reading the whole
        situation.
      </p>
      <label htmlFor={`${id}-text`} className="mt-4 block font-semibold">
        Scenario text
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(e) => {
          setEdited(true);
          setText(e.target.value);
        }}
        rows={5}
        maxLength={4000}
        className="mt-1 w-full rounded-md border border-zinc-400 bg-white p-3 dark:border-zinc-500 dark:bg-zinc-900"
      />
      <p aria-live="polite" className="sr-only">
        {announced}
      </p>
      <div className="mt-4">
        <p className="font-semibold" role={source.status === "error" ? "alert" : undefined}>
          {!advice ? (
            source.status === "error" ? (
              <>
                The signal table could not be loaded.{" "}
                <button type="button" onClick={source.retry} className="min-h-11 underline">
                  Try again
                </button>
              </>
            ) : (
              <>Loading the signal phrases…</>
            )
          ) : (
            verdict
          )}
        </p>
      </div>
      {advice && deferred.trim() ? (
        <div className="mt-3 rounded-md bg-zinc-50 p-3 dark:bg-zinc-900">
          <HighlightedText text={deferred} signals={advice.signals} />
          <SignalLegend methods={new Set(advice.signals.map((s) => s.method))} showNegated={advice.signals.some((s) => s.negated)} />
        </div>
      ) : null}
      <h3 className="mt-5 font-semibold">Ranking</h3>
      <ol className="mt-2 space-y-1" aria-label="Methods ranked by evidence">
        {(advice?.ranking ?? []).map((r) => (
          <li key={r.method} className="grid grid-cols-[minmax(0,11rem)_1fr_3rem] items-center gap-2 text-sm sm:grid-cols-[16rem_1fr_3rem]">
            <span>
              <strong>{METHOD_STYLE[r.method].tag}</strong> {METHODS[r.method].label}
            </span>
            <span aria-hidden="true" className="h-3 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800">
              <span className={`block h-full ${r.score >= 0 ? "bg-indigo-600 dark:bg-indigo-400" : "bg-rose-600 dark:bg-rose-400"}`} style={{ width: `${(Math.abs(r.score) / max) * 100}%` }} />
            </span>
            <span className="text-right tabular-nums">{r.score}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
