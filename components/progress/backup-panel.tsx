"use client";

import { downloadText } from "@/components/ui/download";
import { useEffect, useId, useRef, useState } from "react";
import { emptyProgress } from "@/lib/progress/empty";
import type { Progress } from "@/lib/progress/schema";
import { keepRun } from "@/components/selector/kept-run";
import { loadProgressRuntime } from "./use-progress";

const button = "min-h-11 rounded-md border border-zinc-400 px-4 font-medium hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800";

/** Export, import (merge or replace) and reset. Imported files are untrusted: see parseImport. */
export function BackupPanel() {
  const id = useId();
  const [mode, setMode] = useState<"merge" | "replace">("merge");
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { pending: confirmReset, ask: askReset, buttonRef: resetRef, questionRef } = useConfirmation<true>();
  // Replacing progress that is here asks first, as a reset does.
  const { pending: replacing, ask: askReplace, buttonRef: importRef, questionRef: replaceQuestionRef } = useConfirmation<{ doc: Progress; answers: number; exams: number }>();

  const exportNow = async () => {
    const { exportFileName, exportText, progressStore } = await loadProgressRuntime();
    const doc = progressStore.get();
    downloadText(exportFileName(new Date()), exportText(doc));
    setMessage({ ok: true, text: `Exported ${count(doc.answers.length, "answer")} and ${count(doc.exams.length, "exam")}.` });
  };

  const importNow = async () => {
    if (!file) {
      setMessage({ ok: false, text: "Choose a backup file first." });
      return;
    }
    const { parseImport, progressStore } = await loadProgressRuntime();
    const result = parseImport(await file.text(), file.size);
    if (!result.ok) {
      setMessage({ ok: false, text: result.error });
      return;
    }
    const here = progressStore.get();
    if (mode === "replace" && (here.answers.length || here.exams.length)) {
      setMessage(null);
      askReplace({ doc: result.doc, answers: here.answers.length, exams: here.exams.length });
      return;
    }
    await apply(result.doc, mode);
  };

  const apply = async (imported: Progress, how: "merge" | "replace") => {
    const { mergeProgress, progressStore } = await loadProgressRuntime();
    progressStore.update((current) => (how === "merge" ? mergeProgress(current, imported) : imported));
    // A selector run kept in this tab scores answers that are gone now.
    if (how === "replace") keepRun(null);
    const doc = progressStore.get();
    setMessage({ ok: true, text: `${how === "merge" ? "Merged" : "Replaced"}: you now have ${count(doc.answers.length, "answer")} and ${count(doc.exams.length, "exam")}.` });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-5 rounded-lg border border-zinc-200 p-5 dark:border-zinc-700">
      <h2 id={`${id}-title`} className="text-xl font-bold">
        Your data
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">Progress lives only in this browser. Export it to keep a copy or move it to another device.</p>
      <div>
        <button type="button" onClick={() => void exportNow()} className={button}>
          Export progress (JSON)
        </button>
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">Import a backup</legend>
        <label htmlFor={`${id}-file`} className="block text-sm">
          Backup file
        </label>
        <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="block w-full max-w-md text-sm file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-md file:border file:border-zinc-400 file:bg-white file:px-4 file:font-medium file:text-zinc-900 hover:file:bg-zinc-100 dark:file:border-zinc-500 dark:file:bg-zinc-900 dark:file:text-zinc-100 dark:hover:file:bg-zinc-800" />
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name={`${id}-mode`} checked={mode === "merge"} onChange={() => setMode("merge")} /> Merge with what is here
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name={`${id}-mode`} checked={mode === "replace"} onChange={() => setMode("replace")} /> Replace what is here
          </label>
        </div>
        {replacing ? (
          <div className="rounded-md border border-rose-400 p-3">
            <p ref={replaceQuestionRef} tabIndex={-1} className="font-semibold outline-none">
              Replace the {count(replacing.answers, "answer")} and {count(replacing.exams, "exam")} in this browser with the file&apos;s {count(replacing.doc.answers.length, "answer")} and{" "}
              {count(replacing.doc.exams.length, "exam")}? What is here now will be lost: export it first to keep a copy.
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                className="min-h-11 rounded-md bg-rose-700 px-4 font-semibold text-white hover:bg-rose-800"
                onClick={async () => {
                  await apply(replacing.doc, "replace");
                  askReplace(null);
                }}
              >
                Yes, replace it
              </button>
              <button type="button" className={button} onClick={() => askReplace(null)}>
                Keep what is here
              </button>
            </div>
          </div>
        ) : (
          <button ref={importRef} type="button" onClick={() => void importNow()} className={button}>
            Import
          </button>
        )}
      </fieldset>
      <div>
        {confirmReset ? (
          <div className="rounded-md border border-rose-400 p-3">
            <p ref={questionRef} tabIndex={-1} className="font-semibold outline-none">Delete all answers, exams and review schedules from this browser? This cannot be undone.</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                className="min-h-11 rounded-md bg-rose-700 px-4 font-semibold text-white hover:bg-rose-800"
                onClick={async () => {
                  const { progressStore } = await loadProgressRuntime();
                  progressStore.update(() => emptyProgress());
                  keepRun(null);
                  askReset(null);
                  setMessage({ ok: true, text: "All progress was deleted." });
                }}
              >
                Yes, delete everything
              </button>
              <button type="button" className={button} onClick={() => askReset(null)}>
                Keep my progress
              </button>
            </div>
          </div>
        ) : (
          <button ref={resetRef} type="button" className={button} onClick={() => askReset(true)}>
            Reset all progress…
          </button>
        )}
      </div>
      <div aria-live="polite">
        {message ? <p className={`font-semibold ${message.ok ? "text-emerald-800 dark:text-emerald-300" : "text-rose-800 dark:text-rose-300"}`}>{message.text}</p> : null}
      </div>
    </section>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * A button and the confirmation that takes its place while `pending` is set: focus goes to the question when it
 * opens and back to the button when it closes, so it is never lost (and is left alone on the first render).
 */
function useConfirmation<T>() {
  const [pending, setPending] = useState<T | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const touched = useRef(false);
  useEffect(() => {
    if (!touched.current) return;
    (pending !== null ? questionRef : buttonRef).current?.focus();
  }, [pending]);
  const ask = (next: T | null) => {
    touched.current = true;
    setPending(next);
  };
  return { pending, ask, buttonRef, questionRef };
}
