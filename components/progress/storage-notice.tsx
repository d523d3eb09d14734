"use client";

import { downloadText } from "@/components/ui/download";
import { useLoadedProgressRuntime, useStoreStatus } from "./use-progress";

/**
 * Tells the learner plainly when their progress could not be read or is not being saved. It does not load the
 * store itself: it speaks up on any page that reads or records progress (home, selector, exam, review, progress,
 * and a concept page once a "Check yourself" question is answered).
 */
export function StorageNotice() {
  const runtime = useLoadedProgressRuntime();
  const status = useStoreStatus();

  if (status.kind === "ok" || !runtime) return null;
  const store = runtime.progressStore;

  const download = () => {
    if (status.kind !== "recovered") return;
    downloadText("customization-coach-unreadable-progress.json", store.backup(status.backupKey) ?? "");
  };

  // The notice (and the focused button with it) disappears: focus moves on to the page's main content, next in order.
  const dismiss = () => {
    document.getElementById("main")?.focus();
    store.dismissRecovery();
  };

  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <div className="mx-auto max-w-5xl px-4 py-3 text-sm">
        {status.kind === "recovered" ? (
          <>
            <p>
              <strong>Your saved progress could not be read</strong> ({status.reason}), so the app started fresh. Nothing was thrown away: the
              original is kept in this browser as a backup.
            </p>
            <p className="mt-2 flex flex-wrap gap-3">
              <button type="button" onClick={download} className="min-h-11 rounded-md border border-amber-700 px-3 font-semibold">
                Download the unreadable data
              </button>
              <button type="button" onClick={dismiss} className="min-h-11 rounded-md px-3 underline">
                Dismiss
              </button>
            </p>
          </>
        ) : (
          <p>
            <strong>Your progress is not being saved:</strong> {status.reason}. Everything works for this visit, but answers will be lost when
            you close the tab. You can export them from the Progress page.
          </p>
        )}
      </div>
    </div>
  );
}
