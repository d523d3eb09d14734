import type { SavedRun } from "@/lib/selector/session";

/** The selector run in progress, kept for this tab: a "Study …" link followed and Back pressed, or a reload, lands where it was. */
const RUN_KEY = "cc-selector-run";

export function readRun(): string | null {
  try {
    return sessionStorage.getItem(RUN_KEY);
  } catch {
    return null;
  }
}

/** Keeps `run` for this tab, or drops the kept one (`null`): a reset or a replaced backup drops it too. */
export function keepRun(run: SavedRun | null) {
  try {
    if (run) sessionStorage.setItem(RUN_KEY, JSON.stringify(run));
    else sessionStorage.removeItem(RUN_KEY);
  } catch {
    // Storage blocked: the run still works, it just does not outlive the page.
  }
}
