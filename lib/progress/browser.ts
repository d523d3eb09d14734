import { PROGRESS_KEY } from "./schema";
import { createProgressStore } from "./store";

/**
 * The browser's progress store. Nothing touches localStorage until a component reads it from an effect or an
 * event handler (static export prerenders every page without a window).
 */
export const progressStore = createProgressStore(() => (typeof window === "undefined" ? null : window.localStorage));

let listening = false;

/** Subscribes to progress changes, including those made in another tab (the `storage` event). */
export function subscribeProgress(listener: () => void): () => void {
  if (!listening && typeof window !== "undefined") {
    listening = true;
    window.addEventListener("storage", (e) => {
      if (e.key === PROGRESS_KEY || e.key === null) progressStore.refresh();
    });
  }
  return progressStore.subscribe(listener);
}
