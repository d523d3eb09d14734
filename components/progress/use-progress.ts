"use client";

import { useSyncExternalStore } from "react";
import { progressStore, subscribeProgress } from "@/lib/progress/browser";
import { emptyProgress, type Progress } from "@/lib/progress/schema";
import type { StoreStatus } from "@/lib/progress/store";

const EMPTY: Progress = emptyProgress();
const OK: StoreStatus = { kind: "ok" };

/** The progress document, read after hydration (prerendered HTML shows the empty state). */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribeProgress, progressStore.get, () => EMPTY);
}

export function useStoreStatus(): StoreStatus {
  return useSyncExternalStore(subscribeProgress, progressStore.status, () => OK);
}

/** True once the component runs in the browser (the server snapshot is false). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}
