import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { startSession, type ExamSettings } from "@/lib/exam/session";
import { recordAnswerIn, recordUnsavedAnswersIn, withAnswer } from "@/lib/progress/answers";
import { formatDue } from "@/lib/progress/due";
import { hasStoredProgress, UNSAVED_ANSWERS_KEY, UNSAVED_EXAMS_KEY } from "@/lib/progress/empty";
import { exportText, MAX_IMPORT_BYTES, mergeProgress, parseImport } from "@/lib/progress/backup";
import { createExamStore } from "@/lib/progress/exams";
import { LEGACY_CURRENT_EXAM_KEY, LEGACY_EXAM_HISTORY_KEY, migrate } from "@/lib/progress/migrate";
import { dueQuestionIds, missCounts, nextSteps, readiness } from "@/lib/progress/readiness";
import { emptyProgress, PROGRESS_KEY, type AnswerRecord, type Progress } from "@/lib/progress/schema";
import { isDue, ratingFor, recallProbability, schedule } from "@/lib/progress/srs";
import { BACKUP_PREFIX, createProgressStore, type StorageLike } from "@/lib/progress/store";
import path from "node:path";
import { loadContent } from "@/lib/content/load";

const bank = loadContent(path.resolve("content")).questions;
const NOW = new Date("2026-11-21T10:00:00.000Z");
const answer = (over: Partial<AnswerRecord> = {}): AnswerRecord => ({ questionId: "q1", source: "selector", response: { kind: "method", method: "rag" }, correct: false, timeMs: 5000, at: NOW.toISOString(), ...over });

/** An in-memory localStorage that can be told to fail. */
function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const s = {
    data,
    failWrites: false,
    failReads: false,
    /** Successful writes so far (a test may reset it). */
    writes: 0,
    getItem(k: string) {
      if (s.failReads) throw new Error("SecurityError");
      return data.get(k) ?? null;
    },
    setItem(k: string, v: string) {
      if (s.failWrites) {
        const e = new Error("The quota has been exceeded.");
        e.name = "QuotaExceededError";
        throw e;
      }
      data.set(k, v);
      s.writes++;
    },
    removeItem(k: string) {
      data.delete(k);
    },
  };
  return s satisfies StorageLike;
}

describe("scheduling (FSRS, fixed now)", () => {
  it("maps answers to ratings: wrong → Again, slow right → Hard, right → Good", () => {
    expect(ratingFor({ correct: false, timeMs: 1 })).toBe(Rating.Again);
    expect(ratingFor({ correct: true, timeMs: 120_000 })).toBe(Rating.Hard);
    expect(ratingFor({ correct: true, timeMs: 10_000 })).toBe(Rating.Good);
  });

  it("brings a miss back within minutes and pushes a right answer further out", () => {
    const missed = schedule(undefined, { correct: false, timeMs: 1000 }, NOW);
    expect(Date.parse(missed.due) - NOW.getTime()).toBe(60_000);
    expect(isDue(missed, NOW)).toBe(true);
    const later = new Date(NOW.getTime() + 2 * 60_000);
    const fixed = schedule(missed, { correct: true, timeMs: 1000 }, later);
    expect(Date.parse(fixed.due)).toBeGreaterThan(later.getTime() + 5 * 60_000);
    expect(isDue(fixed, later)).toBe(false);
    expect(fixed.reps).toBe(2);
  });

  it("recall probability falls with time and is 0 for a card never reviewed", () => {
    const card = schedule(undefined, { correct: true, timeMs: 1000 }, NOW);
    const soon = recallProbability(card, new Date(NOW.getTime() + 86_400_000));
    const late = recallProbability(card, new Date(NOW.getTime() + 30 * 86_400_000));
    expect(soon).toBeGreaterThan(late);
    expect(late).toBeGreaterThan(0);
    expect(recallProbability({ ...card, reps: 0 }, NOW)).toBe(0);
  });

  it("words a due date the way the queue counts it: whatever isDue counts as due reads 'due now'", () => {
    const missed = schedule(undefined, { correct: false, timeMs: 1000 }, NOW);
    expect(isDue(missed, NOW)).toBe(true);
    expect(formatDue(missed.due, NOW.getTime())).toBe("due now");
    const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
    for (const ms of [0, 60_000, 4 * 60_000, 5 * 60_000]) {
      expect(isDue({ ...missed, due: at(ms) }, NOW)).toBe(true);
      expect(formatDue(at(ms), NOW.getTime())).toBe("due now");
    }
    expect(isDue({ ...missed, due: at(10 * 60_000) }, NOW)).toBe(false);
    expect(formatDue(at(10 * 60_000), NOW.getTime())).toBe("in 10 min");
    expect(formatDue(at(3 * 3_600_000), NOW.getTime())).toBe("in 3 h");
    expect(formatDue(at(3 * 86_400_000), NOW.getTime())).toMatch(/^in 3 days \(/);
  });
});

describe("whether anything is stored (decides whether the store must load)", () => {
  const storage = (entries: Record<string, string>) => ({ getItem: (key: string) => entries[key] ?? null });
  it("is false only when none of the progress keys is present", () => {
    expect(hasStoredProgress(storage({}))).toBe(false);
    expect(hasStoredProgress(storage({ "cc-theme": "dark" }))).toBe(false);
    expect(hasStoredProgress(storage({ [PROGRESS_KEY]: "" }))).toBe(true);
    expect(hasStoredProgress(storage({ [LEGACY_EXAM_HISTORY_KEY]: "[]" }))).toBe(true);
    expect(hasStoredProgress(storage({ [LEGACY_CURRENT_EXAM_KEY]: "null" }))).toBe(true);
    expect(hasStoredProgress(storage({ [UNSAVED_ANSWERS_KEY]: "[]" }))).toBe(true);
    expect(hasStoredProgress(storage({ [UNSAVED_EXAMS_KEY]: "[]" }))).toBe(true);
  });
  it("counts storage it cannot read as holding something, so the store runs and reports it", () => {
    expect(hasStoredProgress(null)).toBe(true);
    expect(hasStoredProgress({ getItem: () => { throw new DOMException("denied", "SecurityError"); } })).toBe(true);
  });
});

describe("migrations", () => {
  it("v1 → v2 keeps the answers and rebuilds their cards", () => {
    const v1 = { version: 1, answers: [answer(), answer({ questionId: "q2", correct: true })] };
    const result = migrate(v1);
    expect(result).toMatchObject({ ok: true, from: 1 });
    if (!result.ok) return;
    expect(result.doc.version).toBe(2);
    expect(result.doc.answers).toEqual(v1.answers);
    expect(Object.keys(result.doc.cards).sort()).toEqual(["q1", "q2"]);
  });

  it("folds the first release's separate exam keys in", () => {
    const session = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 1 }, NOW.getTime())!;
    const record = { session, submittedAt: NOW.getTime() + 1000, correct: 5, total: 10, percent: 50, scaled: 529, passed: false, autoSubmitted: false };
    const result = migrate({ version: 1, answers: [] }, { history: [record], current: session });
    expect(result.ok && result.doc.exams).toHaveLength(1);
    expect(result.ok && result.doc.currentExam?.id).toBe(session.id);
    expect(migrate(undefined, { history: [record] })).toMatchObject({ ok: true, from: "legacy" });
  });

  it("refuses data it does not understand, saying why", () => {
    expect(migrate({ version: 9, answers: [] })).toEqual({ ok: false, reason: "it was saved by a newer version of this app (format 9)" });
    expect(migrate({ hello: "world" })).toMatchObject({ ok: false });
    expect(migrate(42)).toMatchObject({ ok: false });
  });
});

describe("the progress store", () => {
  it("records answers, reschedules cards and persists one versioned document", () => {
    const storage = memory();
    const store = createProgressStore(() => storage);
    recordAnswerIn(store, answer());
    const saved = JSON.parse(storage.data.get(PROGRESS_KEY)!) as Progress;
    expect(saved).toMatchObject({ version: 2, app: "customization-coach", answers: [answer()] });
    expect(saved.cards.q1).toBeDefined();
    expect(createProgressStore(() => storage).get().answers).toHaveLength(1);
  });

  it("migrates a stored v1 document and the legacy exam keys on load, then removes the old keys", () => {
    const storage = memory({ [PROGRESS_KEY]: JSON.stringify({ version: 1, answers: [answer()] }), [LEGACY_EXAM_HISTORY_KEY]: "[]" });
    const store = createProgressStore(() => storage);
    expect(store.get().answers).toHaveLength(1);
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).version).toBe(2);
    expect(storage.data.has(LEGACY_EXAM_HISTORY_KEY)).toBe(false);
    expect(storage.data.has(LEGACY_CURRENT_EXAM_KEY)).toBe(false);
  });

  it("moves corrupt data to a backup key, says so, and never loses it", () => {
    const storage = memory({ [PROGRESS_KEY]: "{broken json" });
    const store = createProgressStore(() => storage, () => NOW);
    expect(store.get().answers).toEqual([]);
    const status = store.status();
    expect(status).toEqual({ kind: "recovered", backupKey: `${BACKUP_PREFIX}${NOW.toISOString()}`, reason: "it is not valid JSON" });
    expect(storage.data.get(`${BACKUP_PREFIX}${NOW.toISOString()}`)).toBe("{broken json");
    expect(store.backup(`${BACKUP_PREFIX}${NOW.toISOString()}`)).toBe("{broken json");
    recordAnswerIn(store, answer());
    expect(storage.data.get(`${BACKUP_PREFIX}${NOW.toISOString()}`)).toBe("{broken json");
  });

  it("backs up valid JSON of a foreign shape too, with the reason", () => {
    const storage = memory({ [PROGRESS_KEY]: JSON.stringify({ someone: "else" }) });
    const store = createProgressStore(() => storage, () => NOW);
    expect(store.status()).toMatchObject({ kind: "recovered", reason: expect.stringMatching(/does not match the expected format/) });
  });

  it("keeps working in memory when storage is unavailable", () => {
    const store = createProgressStore(() => null);
    recordAnswerIn(store, answer());
    expect(store.get().answers).toHaveLength(1);
    expect(store.status()).toMatchObject({ kind: "unavailable" });
    const blocked = memory();
    blocked.failReads = true;
    const store2 = createProgressStore(() => blocked);
    recordAnswerIn(store2, answer());
    expect(store2.status()).toMatchObject({ kind: "unavailable" });
  });

  it("says so when storage is full, keeps the answer in memory, and recovers when space returns", () => {
    const storage = memory();
    const store = createProgressStore(() => storage);
    storage.failWrites = true;
    recordAnswerIn(store, answer());
    expect(store.status()).toEqual({ kind: "unsaved", reason: "your browser's storage for this site is full" });
    expect(store.get().answers).toHaveLength(1);
    storage.failWrites = false;
    recordAnswerIn(store, answer({ questionId: "q2" }));
    expect(store.status()).toEqual({ kind: "ok" });
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).answers).toHaveLength(2);
  });

  it("two tabs on one storage never overwrite each other's answers, and refresh picks up the other tab", () => {
    const storage = memory();
    const tabA = createProgressStore(() => storage);
    const tabB = createProgressStore(() => storage);
    tabA.get();
    tabB.get();
    recordAnswerIn(tabA, answer({ questionId: "from-a" }));
    recordAnswerIn(tabB, answer({ questionId: "from-b" }));
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).answers.map((a: AnswerRecord) => a.questionId)).toEqual(["from-a", "from-b"]);
    let heard = 0;
    tabA.subscribe(() => heard++);
    tabA.refresh();
    expect(tabA.get().answers).toHaveLength(2);
    expect(heard).toBe(1);
  });

  it("adds answers a page kept outside the document, taking only valid ones and no prototype keys", () => {
    const storage = memory();
    const store = createProgressStore(() => storage);
    recordAnswerIn(store, answer({ questionId: "before" }));
    const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
    const withProto = JSON.stringify(answer({ questionId: "kept-3", at: later(3) })).replace("{", '{"__proto__":{"polluted":true},');
    const kept = `[${[JSON.stringify(answer({ questionId: "kept-1", at: later(1) })), JSON.stringify({ questionId: "broken" }), JSON.stringify(answer({ questionId: "kept-2", correct: true, at: later(2) })), withProto].join(",")}]`;
    expect(recordUnsavedAnswersIn(store, kept)).toBe(3);
    expect(store.get().answers.map((a) => a.questionId)).toEqual(["before", "kept-1", "kept-2", "kept-3"]);
    expect(Object.keys(store.get().cards).sort()).toEqual(["before", "kept-1", "kept-2", "kept-3"]);
    expect(Object.getPrototypeOf(store.get().answers[3])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(recordUnsavedAnswersIn(store, kept)).toBe(3); // the same answers again: already there, not added twice
    expect(store.get().answers).toHaveLength(4);
    expect(recordUnsavedAnswersIn(store, "not json")).toBe(0);
    expect(recordUnsavedAnswersIn(store, '{"questionId":"q1"}')).toBe(0);
    expect(store.get().answers).toHaveLength(4);
  });

  it("adds an exam result kept outside the document once, with its answers, and it stops being the exam in progress", () => {
    const storage = memory();
    const store = createProgressStore(() => storage);
    const exams = createExamStore(store);
    const session = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 3 }, NOW.getTime())!;
    exams.saveCurrent(session); // another tab had saved it as the exam in progress
    const record = { session, submittedAt: NOW.getTime() + 5000, correct: 7, total: 10, percent: 70, scaled: 700, passed: true, autoSubmitted: false };
    const kept = JSON.stringify([answer({ questionId: "kept-1", source: "exam", at: new Date(NOW.getTime() + 5000).toISOString() }), { exam: record }, { exam: { ...record, correct: 2 } }, { exam: { ...record, total: "ten" } }, { exam: null }]);
    expect(recordUnsavedAnswersIn(store, kept)).toBe(2);
    expect(exams.history()).toEqual([record]);
    expect(exams.loadCurrent()).toBeUndefined();
    expect(store.get().answers.map((a) => a.questionId)).toEqual(["kept-1"]);
    // Kept twice (a page that stored it itself, then the key): the first stands.
    expect(recordUnsavedAnswersIn(store, JSON.stringify([{ exam: { ...record, correct: 1, percent: 10, scaled: 186, passed: false } }]))).toBe(1);
    expect(exams.history()).toEqual([record]);
  });

  it("adds kept answers older than ones given since on the same question, in time order", () => {
    const store = createProgressStore(() => memory());
    const dayLater = new Date(NOW.getTime() + 86_400_000).toISOString();
    recordAnswerIn(store, answer({ questionId: "q1", at: dayLater, correct: true }));
    // Given the day before, on a page closed before its store loaded: scheduling it after the newer one would throw.
    expect(recordUnsavedAnswersIn(store, JSON.stringify([answer({ questionId: "q1", at: NOW.toISOString() })]))).toBe(1);
    expect(store.get().answers.map((a) => a.at)).toEqual([NOW.toISOString(), dayLater]);
    expect(store.get().cards.q1!.reps).toBe(2);
  });

  it("keeps the exam in progress and finished exams in the same document", () => {
    const storage = memory();
    const exams = createExamStore(createProgressStore(() => storage));
    const session = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 3 }, NOW.getTime())!;
    expect(exams.saveCurrent(session)).toBe(true);
    expect(createExamStore(createProgressStore(() => storage)).loadCurrent()?.id).toBe(session.id);
    exams.addRecord({ session, submittedAt: NOW.getTime() + 5000, correct: 1, total: 10, percent: 10, scaled: 186, passed: false, autoSubmitted: false });
    const doc = JSON.parse(storage.data.get(PROGRESS_KEY)!) as Progress;
    expect(doc.currentExam).toBeNull();
    expect(doc.exams).toHaveLength(1);
  });

  /** One exam in progress, saved by tab A and resumed by tab B, which share one storage. */
  function examInTwoTabs() {
    const storage = memory();
    const tabA = createExamStore(createProgressStore(() => storage));
    const storeB = createProgressStore(() => storage);
    const tabB = createExamStore(storeB);
    const session = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 3 }, NOW.getTime())!;
    tabA.saveCurrent(session);
    expect(tabB.loadCurrent()?.id).toBe(session.id); // B opened /exam and resumed it
    return { storage, tabA, storeB, tabB, session };
  }

  it("submits an exam once when two tabs hold it: the first result stands and the other tab cannot bring it back", () => {
    const { storage, tabA, storeB, tabB, session } = examInTwoTabs();
    const fromA = { session, submittedAt: NOW.getTime() + 5000, correct: 7, total: 10, percent: 70, scaled: 700, passed: true, autoSubmitted: false };
    expect(tabA.addRecord(fromA)).toEqual({ added: true, record: fromA });
    expect(tabB.resultOf(session.id)).toBeUndefined(); // until the storage event reaches B
    storeB.refresh();
    expect(tabB.resultOf(session.id)).toEqual(fromA);

    // B still holds the exam: its 10-minute warning saves it, then its deadline submits it.
    expect(tabB.saveCurrent({ ...session, announced: ["ten"] })).toBe(true);
    expect(tabA.loadCurrent()).toBeUndefined();
    const fromB = { ...fromA, submittedAt: NOW.getTime() + 60_000, correct: 1, percent: 10, scaled: 186, passed: false, autoSubmitted: true };
    expect(tabB.addRecord(fromB)).toEqual({ added: false, record: fromA });
    const doc = JSON.parse(storage.data.get(PROGRESS_KEY)!) as Progress;
    expect(doc.exams).toEqual([fromA]);
    expect(doc.currentExam).toBeNull();
  });

  it("storing a result ends that session as the exam in progress in the same write, and leaves another session's", () => {
    const storage = memory();
    const exams = createExamStore(createProgressStore(() => storage));
    const first = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 3 }, NOW.getTime())!;
    const second = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 4 }, NOW.getTime() + 1000)!;
    const result = (session: typeof first) => ({ session, submittedAt: NOW.getTime() + 5000, correct: 7, total: 10, percent: 70, scaled: 700, passed: true, autoSubmitted: false });
    exams.saveCurrent(second);
    exams.addRecord(result(first));
    expect(exams.loadCurrent()?.id).toBe(second.id);
    storage.writes = 0;
    expect(exams.addRecord(result(second)).added).toBe(true);
    expect(storage.writes).toBe(1);
    expect(exams.loadCurrent()).toBeUndefined();
    expect(exams.history().map((r) => r.session.id)).toEqual([first.id, second.id]);
  });

  it("discarding ends that session as the exam in progress, not one started since in another tab", () => {
    const storage = memory();
    const exams = createExamStore(createProgressStore(() => storage));
    const first = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 3 }, NOW.getTime())!;
    const second = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 4 }, NOW.getTime() + 1000)!;
    expect(second.id).not.toBe(first.id);
    exams.saveCurrent(second);
    exams.discard(first.id);
    expect(exams.loadCurrent()?.id).toBe(second.id);
    expect(exams.wasDiscarded(first.id)).toBe(true);
    expect(exams.wasDiscarded(second.id)).toBe(false);
    exams.discard(second.id);
    expect(exams.loadCurrent()).toBeUndefined();
  });

  it("a discarded exam stays discarded: a tab still holding it can neither save it back nor store a result for it", () => {
    const { storage, tabA, storeB, tabB, session } = examInTwoTabs();
    tabA.discard(session.id);
    storeB.refresh();
    expect(tabB.wasDiscarded(session.id)).toBe(true);
    // B answers on before it notices: the save is refused, so a reload in A has nothing to resume.
    expect(tabB.saveCurrent({ ...session, current: 1 })).toBe(true);
    expect(tabA.loadCurrent()).toBeUndefined();
    // Its deadline would submit it: no result is stored.
    const result = { session, submittedAt: NOW.getTime() + 60_000, correct: 1, total: 10, percent: 10, scaled: 186, passed: false, autoSubmitted: true };
    expect(tabB.addRecord(result)).toEqual({ added: false, record: result });
    const doc = JSON.parse(storage.data.get(PROGRESS_KEY)!) as Progress;
    expect(doc.exams).toEqual([]);
    expect(doc.currentExam).toBeNull();
    expect(doc.discardedExams).toEqual([session.id]);
    // A new exam in A saves as usual, and only the latest discards are remembered.
    const next = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 5 }, NOW.getTime() + 2000)!;
    tabA.saveCurrent(next);
    expect(tabA.loadCurrent()?.id).toBe(next.id);
    for (let i = 0; i < 30; i++) tabA.discard(`old-${i}`);
    const kept = (JSON.parse(storage.data.get(PROGRESS_KEY)!) as Progress).discardedExams!;
    expect(kept).toHaveLength(20);
    expect(kept.at(-1)).toBe("old-29");
    expect(tabA.loadCurrent()?.id).toBe(next.id);
  });
});

describe("the progress store's writes", () => {
  it("a change that changes nothing writes nothing and tells no one, yet this tab's copy is the latest", () => {
    const storage = memory();
    const store = createProgressStore(() => storage);
    const exams = createExamStore(store);
    const session = startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 3 }, NOW.getTime())!;
    const record = { session, submittedAt: NOW.getTime() + 5000, correct: 7, total: 10, percent: 70, scaled: 700, passed: true, autoSubmitted: false };
    exams.saveCurrent(session);
    storage.writes = 0;
    let notified = 0;
    store.subscribe(() => notified++);

    // Nothing to do: an identity change.
    expect(store.update((doc) => doc).currentExam?.id).toBe(session.id);
    expect({ writes: storage.writes, notified }).toEqual({ writes: 0, notified: 0 });

    // Another tab submits the exam; before its storage event arrives, this tab's own submission changes nothing…
    const other = createExamStore(createProgressStore(() => storage));
    other.addRecord(record);
    storage.writes = 0;
    expect(exams.addRecord({ ...record, correct: 1 })).toEqual({ added: false, record });
    exams.discard(session.id); // too late: it was submitted
    expect(exams.saveCurrent(session)).toBe(true);
    expect({ writes: storage.writes, notified }).toEqual({ writes: 0, notified: 0 });
    // …but what it saw is this tab's copy at once, not only after the storage event.
    expect(exams.history()).toEqual([record]);
    expect(exams.loadCurrent()).toBeUndefined();

    // A real change still writes and tells.
    exams.saveCurrent(startSession(bank, { length: 10, mode: "exam", timed: true, concepts: [], seed: 4 }, NOW.getTime() + 9000)!);
    expect({ writes: storage.writes, notified }).toEqual({ writes: 1, notified: 1 });
  });
});

describe("backup import and merge", () => {
  const doc = withAnswer(withAnswer(emptyProgress(), answer()), answer({ questionId: "q2", correct: true, at: "2026-11-21T10:05:00.000Z" }));

  it("round-trips an export", () => {
    expect(parseImport(exportText(doc))).toEqual({ ok: true, doc });
  });

  it("rejects malformed, foreign, future and oversized files with a clear message", () => {
    expect(parseImport("not json")).toEqual({ ok: false, error: expect.stringMatching(/^That file is not valid JSON.*Nothing was changed\.$/) });
    expect(parseImport(JSON.stringify({ name: "my shopping list" }))).toEqual({ ok: false, error: expect.stringMatching(/not a Customization Coach progress backup/) });
    expect(parseImport(JSON.stringify({ ...doc, answers: "lots" }))).toEqual({ ok: false, error: expect.stringMatching(/^That backup cannot be read: it does not match/) });
    expect(parseImport(JSON.stringify({ ...doc, version: 7 }))).toEqual({ ok: false, error: expect.stringMatching(/newer version/) });
    expect(parseImport("{}", MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, error: expect.stringMatching(/^That file is 5\.0 MB/) });
  });

  it("cannot pollute prototypes", () => {
    const hostile = exportText(doc).replace('"settings": {}', '"settings": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    expect(hostile).toContain("__proto__");
    const result = parseImport(hostile);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    if (result.ok) expect(Object.getPrototypeOf(result.doc.settings)).toBe(Object.prototype);
    const viaCards = exportText(doc).replace('"cards": {', '"cards": {"__proto__": {"polluted": true},');
    const r2 = parseImport(viaCards);
    expect(r2.ok).toBe(true);
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("merges two documents: answers and exams from both, counted once, cards rebuilt", () => {
    const other = withAnswer(withAnswer(emptyProgress(), answer()), answer({ questionId: "q3", at: "2026-11-21T11:00:00.000Z" }));
    const merged = mergeProgress(doc, other);
    expect(merged.answers.map((a) => a.questionId)).toEqual(["q1", "q2", "q3"]);
    expect(Object.keys(merged.cards).sort()).toEqual(["q1", "q2", "q3"]);
    expect(mergeProgress(merged, merged).answers).toHaveLength(3);
  });

  it("merges away an exam in progress that either side has finished, keeping one that is still open", () => {
    const settings: ExamSettings = { length: 10, mode: "exam", timed: true, concepts: [], seed: 3 };
    const open = startSession(bank, settings, 1_000)!;
    const other = startSession(bank, { ...settings, seed: 4 }, 2_000)!;
    const record = { session: open, submittedAt: 5_000, correct: 1, total: 10, percent: 10, scaled: 190, passed: false, autoSubmitted: false };
    const running = { ...emptyProgress(), currentExam: open };
    const finished = { ...emptyProgress(), exams: [record] };
    // This device still holds the exam that the backup has finished, and the reverse.
    expect(mergeProgress(running, finished).currentExam).toBeNull();
    expect(mergeProgress(finished, running).currentExam).toBeNull();
    // Mine is finished in theirs; theirs is still open: theirs is the exam in progress.
    expect(mergeProgress(running, { ...finished, currentExam: other }).currentExam?.id).toBe(other.id);
    // Nothing finished: this device's exam in progress is kept, as before.
    expect(mergeProgress(running, { ...emptyProgress(), currentExam: other }).currentExam?.id).toBe(open.id);
    // Discarded on the other side: not in progress any more, and both sides' discards are remembered.
    const discarded = mergeProgress({ ...running, discardedExams: ["older"] }, { ...emptyProgress(), discardedExams: [open.id] });
    expect(discarded.currentExam).toBeNull();
    expect([...discarded.discardedExams!].sort()).toEqual([open.id, "older"].sort());
    expect(mergeProgress(running, { ...emptyProgress(), currentExam: other, discardedExams: [open.id] }).currentExam?.id).toBe(other.id);
  });
});

describe("review queue and readiness", () => {
  it("queues missed questions that are due, and counts misses", () => {
    let doc = emptyProgress();
    doc = withAnswer(doc, answer({ questionId: "missed" }));
    doc = withAnswer(doc, answer({ questionId: "right", correct: true }));
    expect(dueQuestionIds(doc, NOW)).toEqual(["missed"]);
    doc = withAnswer(doc, answer({ questionId: "missed", correct: true, at: new Date(NOW.getTime() + 120_000).toISOString() }));
    expect(dueQuestionIds(doc, new Date(NOW.getTime() + 120_000))).toEqual([]);
    expect(missCounts(doc).get("missed")).toBe(1);
  });

  it("computes readiness from coverage, recent accuracy and recall", () => {
    const questions = [
      { id: "a", concepts: ["x"] },
      { id: "b", concepts: ["x"] },
      { id: "c", concepts: ["y"] },
    ];
    const none = readiness(emptyProgress(), questions, ["x", "y"], NOW);
    expect(none.overall).toBe(0);
    const doc = withAnswer(emptyProgress(), answer({ questionId: "a", correct: true }));
    const r = readiness(doc, questions, ["x", "y"], new Date(NOW.getTime() + 60_000));
    const x = r.byConcept.find((c) => c.concept === "x")!;
    expect(x).toMatchObject({ coverage: 0.5, recentAccuracy: 1, answered: 1, total: 2 });
    expect(x.recall).toBeGreaterThan(0.9);
    expect(x.score).toBeCloseTo(0.5 * (0.5 + 0.5 * x.recall!), 5);
    expect(r.overall).toBeCloseTo((x.score * 2) / 3, 5);
  });

  it("says a concept with no answer is not tried yet, rather than the weakest", () => {
    const questions = [
      { id: "a", concepts: ["x"] },
      { id: "b", concepts: ["y"] },
      { id: "c", concepts: ["z"] },
    ];
    const later = new Date(NOW.getTime() + 60_000);
    const study = (doc: Progress) => nextSteps(doc, readiness(doc, questions, ["x", "y", "z"], later), later).find((s) => s.kind === "study");
    // x answered wrong, y not tried, z answered right: y has readiness 0, below x.
    let doc = withAnswer(emptyProgress(), answer({ questionId: "a", correct: false, at: new Date(NOW.getTime() - 86_400_000).toISOString() }));
    doc = withAnswer(doc, answer({ questionId: "c", correct: true }));
    expect(study(doc)).toEqual({ kind: "study", concept: "y", untried: true });
    // Once y is answered (wrong), the weakest concept is one that has answers.
    doc = withAnswer(doc, answer({ questionId: "b", correct: false }));
    expect(study(doc)).toMatchObject({ kind: "study", untried: false });
  });
});
