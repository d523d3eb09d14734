"use client";

import { useSyncExternalStore } from "react";
import { emptyProgress, hasStoredProgress, PROGRESS_KEYS, UNSAVED_ANSWERS_KEY, UNSAVED_EXAMS_KEY } from "@/lib/progress/empty";
import type { AnswerRecord, ExamRecord, Progress } from "@/lib/progress/schema";
import type { StoreStatus } from "@/lib/progress/store";

/**
 * The browser's way into the progress layer. The store, its validator and the scheduler live in
 * `@/lib/progress/runtime`, which is loaded here after hydration, so no page ships that code in its initial
 * JavaScript. The first component that reads progress decides what to load: when the browser holds progress, the
 * whole runtime (the document must be read and validated); when it holds none, the document is the empty one and
 * there is nothing to validate, so nothing loads for it, and readers of readiness or due reviews get only the
 * read-only view (`@/lib/progress/view`). The first write (an answer, an exam, an import) or another tab saving
 * progress loads the runtime. Until what is needed arrives, readers see the empty document and `useProgressView()`
 * is null; pages that show progress say "Loading your progress…" for that moment.
 */
export type ProgressRuntime = typeof import("@/lib/progress/runtime");
export type ProgressView = typeof import("@/lib/progress/view");

let runtime: ProgressRuntime | null = null;
let loading: Promise<ProgressRuntime> | null = null;
/** The read-only view, loaded instead of the runtime while the browser holds no progress. */
let view: ProgressView | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** Loads the progress layer once; a failed load (offline, say) is forgotten so the next call tries again. */
export function loadProgressRuntime(): Promise<ProgressRuntime> {
  loading ??= import("@/lib/progress/runtime").then(
    (m) => {
      runtime = m;
      addUnsavedAnswers(m);
      // Another tab may leave answers there later (it was closed before its store loaded): add them then.
      addEventListener("storage", (event) => event.key !== null && UNSAVED_KEYS.includes(event.key) && event.newValue !== null && addUnsavedAnswers(m));
      m.subscribeProgress(notify);
      notify();
      return m;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Whether this browser holds any progress; storage that cannot be read counts as holding some (see empty.ts). */
export function progressIsStored(): boolean {
  return hasStoredProgress(localStorageOrNull());
}

/** Another tab saved progress (or cleared storage): this tab's empty document is stale, so load the store. */
function onStorage(event: StorageEvent): void {
  if (event.key === null || PROGRESS_KEYS.includes(event.key)) loadProgressRuntime().catch(() => {});
}

let storageChecked = false;
let viewLoading = false;

/**
 * Loads what reading progress needs: the runtime when something is stored; else nothing for the document (it is
 * the empty one) and, for readers of readiness and due reviews, the view (see above).
 */
function startReading(needView: boolean): void {
  if (runtime) return;
  if (!storageChecked) {
    storageChecked = true;
    if (progressIsStored()) {
      loadProgressRuntime().catch(() => {
        storageChecked = false;
      });
      return;
    }
    addEventListener("storage", onStorage);
  }
  if (loading || view || viewLoading || !needView) return;
  viewLoading = true;
  import("@/lib/progress/view").then(
    (m) => {
      view = m;
      notify();
    },
    () => {
      viewLoading = false;
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  startReading(false);
  return () => listeners.delete(listener);
}

function subscribeWithView(listener: () => void): () => void {
  listeners.add(listener);
  startReading(true);
  return () => listeners.delete(listener);
}

/** Listens without starting the load: for things that matter only once some other part of the page needs progress. */
function subscribeQuietly(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const EMPTY: Progress = emptyProgress();
const OK: StoreStatus = { kind: "ok" };

/**
 * Readiness, due reviews and next steps, once the document they describe is known (the store has loaded it, or
 * nothing is stored): null on the server and for the first moment in the browser. Pair it with `useProgress()`.
 */
export function useProgressView(): ProgressView | null {
  return useSyncExternalStore(subscribeWithView, () => runtime ?? view, () => null);
}

/** The progress document (the empty one until the store has loaded). */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, () => runtime?.progressStore.get() ?? EMPTY, () => EMPTY);
}

/**
 * The store's health, without loading it: pages that show or record progress load the store, and then this
 * reports; a page that never touches progress (a concept page nobody answers on) never pays for it.
 */
export function useStoreStatus(): StoreStatus {
  return useSyncExternalStore(subscribeQuietly, () => runtime?.progressStore.status() ?? OK, () => OK);
}

/** The progress layer if something on the page has loaded it, without starting the load. */
export function useLoadedProgressRuntime(): ProgressRuntime | null {
  return useSyncExternalStore(subscribeQuietly, () => runtime, () => null);
}

/*
 * Answers are written just after the feedback is painted, not inside the click or key handler: validating and
 * saving the document is work the learner should not wait for. Pending answers are written at once when the page
 * is hidden or closed, and as soon as the store arrives if it is still loading, so none is lost to timing.
 */
/** An answer, or an exam scored without the store (exam-app.tsx), waiting to be written. */
type PendingEntry = AnswerRecord | { exam: ExamRecord };
const pending: PendingEntry[] = [];
let flushScheduled = false;

/**
 * Writes pending answers. Without the store (the first answer in a fresh browser loads it; offline it cannot load), a
 * page being left or hidden keeps them under `UNSAVED_ANSWERS_KEY`, synchronously, for the next page to add.
 */
function flushAnswers(leaving = false): void {
  flushScheduled = false;
  if (!pending.length) return;
  if (runtime) writePending(runtime, pending.splice(0));
  else if (leaving && keepUnsavedAnswers(pending)) pending.length = 0;
  else void loadProgressRuntime().then(() => flushAnswers(), () => {});
}

function writePending(m: ProgressRuntime, entries: readonly PendingEntry[]): void {
  const answers = entries.filter((e): e is AnswerRecord => !("exam" in e));
  if (answers.length) m.recordAnswer(...answers);
  for (const entry of entries) {
    if (!("exam" in entry)) continue;
    // A result already stored (this page's own store arrived first, or another tab submitted the exam) stands.
    m.examStore.addRecord(entry.exam);
  }
}

const UNSAVED_KEYS = [UNSAVED_ANSWERS_KEY, UNSAVED_EXAMS_KEY];

/**
 * Adds answers to `UNSAVED_ANSWERS_KEY` and exam results to `UNSAVED_EXAMS_KEY`; false when storage refuses (they then
 * stay pending in memory; any that were written are merged without duplicates when they are written again).
 */
function keepUnsavedAnswers(records: readonly PendingEntry[]): boolean {
  const storage = localStorageOrNull();
  if (!storage) return false;
  const append = (key: string, entries: readonly PendingEntry[]) => {
    if (!entries.length) return;
    let kept: unknown = [];
    try {
      kept = JSON.parse(storage.getItem(key) ?? "[]");
    } catch {
      // A damaged key is replaced: what it held could not have been read back.
    }
    storage.setItem(key, JSON.stringify([...(Array.isArray(kept) ? kept : []), ...entries]));
  };
  try {
    append(UNSAVED_EXAMS_KEY, records.filter((r) => "exam" in r));
    append(UNSAVED_ANSWERS_KEY, records.filter((r) => !("exam" in r)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds answers a page left before its store loaded, then drops the key. The key goes first, so a second tab loading
 * its store at the same moment finds nothing to add twice; the store merges them as an import (no duplicates, in
 * time order), so answers older than the document's cannot stop it.
 */
function addUnsavedAnswers(m: ProgressRuntime): void {
  const storage = localStorageOrNull();
  for (const key of UNSAVED_KEYS) {
    try {
      const text = storage?.getItem(key);
      if (text === null || text === undefined) continue;
      storage?.removeItem(key);
      m.recordUnsavedAnswers(text);
    } catch {
      // Unreadable storage: the store reports it.
    }
  }
}

function afterNextPaint(fn: () => void): void {
  if (document.visibilityState === "visible") requestAnimationFrame(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}

let flushOnHide = false;

/** Records an answer (selector, concept checks, practice-exam checks); see above for when it is written. */
export function recordAnswer(record: AnswerRecord): void {
  keepPending(record);
}

/**
 * Keeps an exam result scored while the store's code had not loaded: written with the pending answers when the store
 * arrives, or kept under `UNSAVED_EXAMS_KEY` if the page is left first, for the next page that loads the store.
 */
export function keepExamResult(record: ExamRecord): void {
  keepPending({ exam: record });
}

function keepPending(entry: PendingEntry): void {
  pending.push(entry);
  if (!flushOnHide) {
    flushOnHide = true;
    addEventListener("pagehide", () => flushAnswers(true));
    document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flushAnswers(true));
  }
  if (!flushScheduled) {
    flushScheduled = true;
    afterNextPaint(flushAnswers);
  }
}

/** True once the component runs in the browser (the server snapshot is false). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}
