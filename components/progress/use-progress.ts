"use client";

import { useSyncExternalStore } from "react";
import { emptyProgress } from "@/lib/progress/empty";
import type { AnswerRecord, Progress } from "@/lib/progress/schema";
import type { StoreStatus } from "@/lib/progress/store";

/**
 * The browser's way into the progress layer. The store, its validator and the scheduler live in
 * `@/lib/progress/runtime`, which is loaded here after hydration (the first component that reads progress starts
 * it), so no page ships that code in its initial JavaScript. Until it arrives, readers see the empty document and
 * `useProgressRuntime()` is null; pages that show progress say "Loading your progress…" for that moment.
 */
export type ProgressRuntime = typeof import("@/lib/progress/runtime");

let runtime: ProgressRuntime | null = null;
let loading: Promise<ProgressRuntime> | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** Loads the progress layer once; a failed load (offline, say) is forgotten so the next call tries again. */
export function loadProgressRuntime(): Promise<ProgressRuntime> {
  loading ??= import("@/lib/progress/runtime").then(
    (m) => {
      runtime = m;
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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  loadProgressRuntime().catch(() => {});
  return () => listeners.delete(listener);
}

const EMPTY: Progress = emptyProgress();
const OK: StoreStatus = { kind: "ok" };

/** The progress layer once loaded (null on the server and for the first moment in the browser). */
export function useProgressRuntime(): ProgressRuntime | null {
  return useSyncExternalStore(subscribe, () => runtime, () => null);
}

/** The progress document (the empty one until the store has loaded). */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, () => runtime?.progressStore.get() ?? EMPTY, () => EMPTY);
}

export function useStoreStatus(): StoreStatus {
  return useSyncExternalStore(subscribe, () => runtime?.progressStore.status() ?? OK, () => OK);
}

/**
 * Records an answer (selector, concept checks, exams, reviews). Never lost to timing: when the store is still
 * loading the answer is written as soon as it arrives.
 */
export function recordAnswer(record: AnswerRecord): void {
  if (runtime) runtime.recordAnswer(record);
  else void loadProgressRuntime().then((m) => m.recordAnswer(record));
}

/** True once the component runs in the browser (the server snapshot is false). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}
