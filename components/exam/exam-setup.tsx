"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { ExamIndex } from "@/lib/exam/bank";
import { EXAM_LENGTHS, lengthFor, settingsToQuery, type ExamSettings } from "@/lib/exam/session";
import { examDurationMs, formatDuration } from "@/lib/exam/timer";

type Props = {
  index: ExamIndex;
  initial: ExamSettings;
  fromLink: boolean;
  /** Focus the heading on mount: the setup replaced the results' "Set up a new exam" button. */
  focusHeading?: boolean;
  /** Start was pressed before the bank had arrived: it is on its way ("loading"), or could not be fetched ("failed"). */
  starting?: "loading" | "failed" | null;
  onStart: (settings: ExamSettings) => void;
  newSeed: () => number;
};

const radioCard =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-zinc-300 px-3 has-[:checked]:border-indigo-700 has-[:checked]:bg-indigo-50 dark:border-zinc-600 dark:has-[:checked]:border-indigo-300 dark:has-[:checked]:bg-indigo-950/50";

export function ExamSetup({ index, initial, fromLink, focusHeading = false, starting = null, onStart, newSeed }: Props) {
  // Opened from the results ("Set up a new exam"), the setup replaces the button just pressed: focus goes to its heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  const id = useId();
  const [settings, setSettings] = useState<ExamSettings>(initial);
  const [copied, setCopied] = useState(false);
  // What the last of Shuffle or Copy link did, for everyone: a changed seed or a copy leaves nothing else to see.
  const [notice, setNotice] = useState("");
  const linkRef = useRef<HTMLInputElement>(null);
  const update = (patch: Partial<ExamSettings>) => {
    setCopied(false);
    setNotice("");
    setSettings((s) => ({ ...s, ...patch, onlyIds: patch.onlyIds ?? s.onlyIds }));
  };
  const pool = index.questions.filter((q) => (!settings.onlyIds || settings.onlyIds.includes(q.id)) && (!settings.concepts.length || q.concepts.some((c) => settings.concepts.includes(c))));
  const count = lengthFor(settings, pool.length);
  const link = typeof window === "undefined" ? "" : `${window.location.origin}/exam?${settingsToQuery(settings)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      setNotice("Link copied.");
    } catch {
      setCopied(false);
      // The browser refused the clipboard: the link is selected so it can be copied by hand.
      linkRef.current?.select();
      setNotice("Could not copy: the link is selected, copy it from there.");
    }
  };

  return (
    <form
      className="space-y-6 rounded-lg border border-zinc-200 p-5 dark:border-zinc-700"
      onSubmit={(e) => {
        e.preventDefault();
        if (count > 0) onStart(settings);
      }}
    >
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold outline-none">
        Set up a practice exam
      </h2>
      {fromLink ? <p className="rounded-md bg-indigo-50 p-3 text-sm dark:bg-indigo-950/40">These settings come from a shared link: starting now gives the same questions in the same order.</p> : null}
      {settings.onlyIds ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
          Retake: only the {settings.onlyIds.length} questions you missed.{" "}
          <button type="button" className="underline" onClick={() => setSettings((s) => ({ ...s, onlyIds: undefined }))}>
            Use the whole bank instead
          </button>
        </p>
      ) : null}
      <fieldset>
        <legend className="font-semibold">Length</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {EXAM_LENGTHS.map((n) => (
            <label key={n} className={radioCard}>
              <input type="radio" name={`${id}-length`} checked={settings.length === n} onChange={() => update({ length: n })} />
              {n === "full" ? `Full (${Math.min(65, pool.length)})` : n}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-semibold">Mode</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <label className={radioCard}>
            <input type="radio" name={`${id}-mode`} checked={settings.mode === "exam"} onChange={() => update({ mode: "exam" })} />
            <span>
              <strong>Exam</strong> — no feedback until you submit, like the real test
            </span>
          </label>
          <label className={radioCard}>
            <input type="radio" name={`${id}-mode`} checked={settings.mode === "practice"} onChange={() => update({ mode: "practice" })} />
            <span>
              <strong>Practice</strong> — check each answer as you go
            </span>
          </label>
        </div>
      </fieldset>
      <div>
        <label className="flex items-center gap-2 font-semibold">
          <input type="checkbox" checked={settings.timed} onChange={(e) => update({ timed: e.target.checked })} />
          Timed at the real exam&apos;s pace
        </label>
        <p className="ml-6 text-sm text-zinc-700 dark:text-zinc-300">
          90 minutes for 65 questions (the commonly quoted figure; AWS&apos;s own page should be checked before exam day).{" "}
          {settings.timed && count ? `This exam: ${formatDuration(examDurationMs(count))}.` : "Untimed: the clock only counts up."}
        </p>
      </div>
      <fieldset>
        <legend className="font-semibold">Concepts (none ticked = all)</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {index.concepts.map((c) => (
            <label key={c.slug} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                checked={settings.concepts.includes(c.slug)}
                onChange={(e) => update({ concepts: e.target.checked ? [...settings.concepts, c.slug] : settings.concepts.filter((x) => x !== c.slug) })}
              />
              {c.title}
            </label>
          ))}
        </div>
      </fieldset>
      <p aria-live="polite" className="font-semibold">
        {count ? `${count} questions.` : "No questions match these concepts."}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {/* While the questions arrive the button keeps its name and focus (a disabled button would drop the focus). */}
        <button
          type="submit"
          disabled={!count}
          aria-disabled={starting === "loading" || undefined}
          className="min-h-11 rounded-md bg-indigo-700 px-5 font-semibold text-white hover:bg-indigo-800 disabled:opacity-50 aria-disabled:cursor-wait aria-disabled:opacity-70 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200">
          Start the exam
        </button>
        <button
          type="button"
          onClick={() => {
            update({ seed: newSeed() });
            setNotice("A different exam is drawn: same settings, other questions.");
          }}
          className="min-h-11 rounded-md border border-zinc-400 px-4 font-medium dark:border-zinc-500">
          Shuffle a different exam
        </button>
      </div>
      {starting === "loading" ? (
        <p role="status" className="text-sm">
          Fetching the questions…
        </p>
      ) : null}
      {starting === "failed" ? (
        <p role="alert" className="rounded-md border border-rose-300 p-3 text-sm">
          The questions could not be fetched. Check your connection, then press Start the exam again.
        </p>
      ) : null}
      <div className="text-sm">
        <label htmlFor={`${id}-link`} className="font-semibold">
          Share this exam
        </label>
        <div className="mt-1 flex gap-2">
          <input ref={linkRef} id={`${id}-link`} readOnly value={link} className="min-h-11 min-w-0 flex-1 rounded-md border border-zinc-400 bg-zinc-50 px-2 dark:border-zinc-500 dark:bg-zinc-900" />
          <button type="button" onClick={copy} className="min-h-11 rounded-md border border-zinc-400 px-3 dark:border-zinc-500">
            {copied ? "Copied" : "Copy link"}
          </button>
        </div>
      </div>
      <p role="status" className="text-sm">
        {notice}
      </p>
    </form>
  );
}
