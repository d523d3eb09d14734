import { LEGACY_CURRENT_EXAM_KEY, LEGACY_EXAM_HISTORY_KEY, migrate, safeJsonParse } from "./migrate";
import { emptyProgress, PROGRESS_KEY, progressSchema, type Progress } from "./schema";

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** What the learner should be told about their saved progress. */
export type StoreStatus =
  | { kind: "ok" }
  | { kind: "recovered"; backupKey: string; reason: string }
  | { kind: "unavailable"; reason: string }
  | { kind: "unsaved"; reason: string };

export const BACKUP_PREFIX = "cc-progress-backup-";

/**
 * The progress store. Reads and writes one document; every change is applied to the latest stored copy (so two
 * tabs never overwrite each other's answers); unreadable data is moved to a backup key before anything is
 * written; when storage is missing or full the store keeps working in memory and says so.
 */
export function createProgressStore(storage: () => StorageLike | null, clock: () => Date = () => new Date()) {
  let doc: Progress | undefined;
  let status: StoreStatus = { kind: "ok" };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const area = (): StorageLike | null => {
    try {
      return storage();
    } catch {
      return null;
    }
  };

  /** The stored document if it is valid and current; undefined otherwise. */
  const readStored = (): Progress | undefined => {
    try {
      const raw = area()?.getItem(PROGRESS_KEY);
      if (!raw) return undefined;
      const parsed = progressSchema.safeParse(safeJsonParse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  };

  const write = (next: Progress) => {
    const s = area();
    if (!s) return;
    try {
      s.setItem(PROGRESS_KEY, JSON.stringify(next));
      if (status.kind === "unsaved") status = { kind: "ok" };
    } catch (e) {
      status = { kind: "unsaved", reason: e instanceof Error && /quota/i.test(`${e.name} ${e.message}`) ? "your browser's storage for this site is full" : "your browser refused to save it" };
    }
  };

  const load = (): Progress => {
    if (doc) return doc;
    const s = area();
    if (!s) {
      status = { kind: "unavailable", reason: "this browser does not allow the site to store data (private mode or blocked storage)" };
      return (doc = emptyProgress());
    }
    let raw: string | null;
    try {
      raw = s.getItem(PROGRESS_KEY);
    } catch {
      status = { kind: "unavailable", reason: "this browser blocked access to stored data" };
      return (doc = emptyProgress());
    }
    const legacy = (key: string) => {
      try {
        const v = s.getItem(key);
        return v ? safeJsonParse(v) : undefined;
      } catch {
        return undefined;
      }
    };
    let parsed: unknown;
    let parseError: string | undefined;
    if (raw) {
      try {
        parsed = safeJsonParse(raw);
      } catch {
        parseError = "it is not valid JSON";
      }
    }
    const result = parseError ? { ok: false as const, reason: parseError } : migrate(raw ? parsed : undefined, { history: legacy(LEGACY_EXAM_HISTORY_KEY), current: legacy(LEGACY_CURRENT_EXAM_KEY) });
    if (result.ok) {
      doc = result.doc;
      if (result.from !== 2 && result.from !== "empty") {
        write(doc);
        for (const key of [LEGACY_EXAM_HISTORY_KEY, LEGACY_CURRENT_EXAM_KEY]) {
          try {
            s.removeItem(key);
          } catch {
            // harmless: the data now lives in the main document
          }
        }
      }
      return doc;
    }
    // Unreadable: keep the original text under a backup key before writing anything.
    const backupKey = `${BACKUP_PREFIX}${clock().toISOString()}`;
    try {
      s.setItem(backupKey, raw!);
      status = { kind: "recovered", backupKey, reason: result.reason };
      doc = emptyProgress();
      write(doc);
    } catch {
      // Could not keep a copy: leave the original untouched and run in memory only.
      status = { kind: "unavailable", reason: `saved progress could not be read (${result.reason}) and there was no room to back it up, so nothing is being saved` };
      doc = emptyProgress();
      return doc;
    }
    return doc;
  };

  const canWrite = () => status.kind !== "unavailable";

  return {
    get: (): Progress => load(),
    status: (): StoreStatus => (load(), status),
    /**
     * Applies a change to the latest copy (re-read from storage, so another tab's changes are kept) and saves it. A
     * change that returns the copy it was given (nothing to do) writes nothing and tells no one, but that copy becomes
     * this tab's, so `get()` at once shows what the change saw (listeners hear of it through `refresh`, as before).
     */
    update(change: (current: Progress) => Progress): Progress {
      load();
      const latest = (canWrite() ? readStored() : undefined) ?? doc!;
      const changed = change(latest);
      if (changed === latest) return (doc = latest);
      const next = progressSchema.parse(changed);
      doc = next;
      if (canWrite()) write(next);
      notify();
      return next;
    },
    /** Re-reads after another tab changed the document (the `storage` event). */
    refresh(): void {
      const latest = readStored();
      if (latest && latest !== doc) {
        doc = latest;
        notify();
      }
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The raw text of a backup, for download. */
    backup(key: string): string | null {
      try {
        return area()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    dismissRecovery(): void {
      if (status.kind === "recovered") {
        status = { kind: "ok" };
        notify();
      }
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
