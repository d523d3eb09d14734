"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ExamBank, ExamIndex } from "@/lib/exam/bank";
import { scoreExam } from "@/lib/exam/result";
import { settingsFromQuery, settingsToQuery, startSession, type ExamSession, type ExamSettings } from "@/lib/exam/session";
import { isExpired } from "@/lib/exam/timer";
import type { ExamRecord } from "@/lib/progress/exams";
import { keepExamResult, loadProgressRuntime, progressIsStored, recordAnswer as keepAnswer, type ProgressRuntime } from "@/components/progress/use-progress";
import { ExamSetup } from "./exam-setup";
import { loadBank, loadExamIndex } from "./load-bank";
import { PastExams } from "./past-exams";

type State =
  | { phase: "loading" }
  | { phase: "error"; message: string }
  /** `fromResults`: opened with "Set up a new exam", whose button it replaces, so focus goes to its heading. */
  /** `unreadableLink`: the page was opened with exam settings in its address that could not be read. */
  | { phase: "setup"; settings: ExamSettings; fromLink: boolean; fromResults?: boolean; discarded?: "here" | "elsewhere"; unreadableLink?: boolean }
  /** `linkIgnored`: the page was opened with a link to another exam while this one was in progress. */
  | { phase: "running"; session: ExamSession; linkIgnored?: boolean }
  /** Submitted, waiting for the progress store (a browser that opened the page with nothing stored). */
  | { phase: "submitting" }
  /**
   * `elsewhere`: another tab holding the same exam submitted it, and this is its result. `unsaved`: the store had not
   * loaded, so the result is not in the history yet (its answers wait to be recorded, see `finish`).
   */
  | { phase: "results"; record: ExamRecord; elsewhere?: boolean; unsaved?: boolean };

const newSeed = () => (Date.now() ^ Math.floor(performance.now() * 1000)) >>> 0;

/**
 * How long Submit waits for the store's code before scoring without it: a request that stalls rather than fails
 * would otherwise hold "Scoring the exam…" for as long as the browser lets it hang.
 */
const STORE_WAIT_MS = 10_000;

/** The promise's value, or null if it fails or takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (value) => resolve(value),
      () => resolve(null),
    ).finally(() => clearTimeout(timer));
  });
}

/**
 * Scores a session, stores the result, records each answer through the progress seam, clears the exam in progress.
 * Without a store (its code did not load, or not in time) the result and its answers wait where the selector's
 * answers wait for a store that is still loading: written when it arrives, or kept for the next page if this one is
 * left first (use-progress.ts). If another tab holding the same exam submitted it first, that result stands and is
 * returned, and no answer is recorded twice.
 */
function finish(
  progress: ProgressRuntime | null,
  bank: ExamBank,
  session: ExamSession,
  submittedAt: number,
  autoSubmitted: boolean,
): { record: ExamRecord; elsewhere: boolean; unsaved: boolean } {
  const questions = session.questionIds.flatMap((id) => bank.questions.filter((q) => q.id === id));
  const result = scoreExam(questions, session.responses, { startedAt: session.startedAt, submittedAt });
  const record: ExamRecord = { session, submittedAt, correct: result.correct, total: result.total, percent: result.percent, scaled: result.scaled, passed: result.passed, autoSubmitted };
  const stored = progress?.examStore.addRecord(record);
  if (stored && !stored.added) return { record: stored.record, elsewhere: true, unsaved: false };
  const recordAnswer = progress ? progress.recordAnswer : keepAnswer;
  for (const outcome of result.questions) {
    const response = session.responses[outcome.id];
    if (!response || session.checked.includes(outcome.id)) continue; // practice-mode checks were recorded already
    recordAnswer({ questionId: outcome.id, source: "exam", response, correct: outcome.correct, timeMs: 0, at: new Date(submittedAt).toISOString() });
  }
  if (!progress) keepExamResult(record);
  return { record, elsewhere: false, unsaved: !progress };
}

/** The setup shown once the exam in progress has been discarded, here or in another tab: its settings, a new seed. */
function setupAfterDiscard(session: ExamSession, seed: number, where: "here" | "elsewhere"): State {
  return { phase: "setup", settings: { ...session.settings, onlyIds: undefined, seed }, fromLink: false, fromResults: true, discarded: where };
}

/*
 * The runner and the results are separate chunks: the page opens on setup (or resumes), and their code is fetched
 * as soon as the bank has loaded, so starting an exam does not wait on the network.
 */
const loadRunner = () => import("./exam-runner").then((m) => m.ExamRunner);
const loadResults = () => import("./exam-results").then((m) => m.ExamResults);
const ExamRunner = dynamic(loadRunner, { loading: () => <p role="status">Opening the exam…</p> });
const ExamResults = dynamic(loadResults, { loading: () => <p role="status">Scoring the exam…</p> });

/*
 * When the browser holds progress, a saved exam or past results may be waiting: the page loads the bank and the
 * progress store (validator and scheduler) together. With nothing stored there is nothing to resume, so the page
 * opens on setup with only the setup's index (ids and concepts: 3 kB gzipped, where the bank is over 80 kB and took
 * two main-thread tasks of 25 and 49 ms to receive and parse in a traced Lighthouse run) and loads the bank and the
 * store as soon as the learner starts using the form (or, at the latest, on Start).
 */
type Loaded = { index: ExamIndex; bank: ExamBank | null; progress: ProgressRuntime | null };

/** What Start is waiting for, when the bank was not there yet: its arrival, or a failure to say so. */
type Starting = "loading" | "failed" | null;

export function ExamApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const bank = loaded?.bank ?? null;
  const [state, setState] = useState<State>({ phase: "loading" });
  const [history, setHistory] = useState<ExamRecord[]>([]);
  const [saveFailed, setSaveFailed] = useState(false);
  const [starting, setStarting] = useState<Starting>(null);

  const load = useCallback(async () => {
    try {
      if (progressIsStored()) {
        const [data, progress] = await Promise.all([loadBank(), loadProgressRuntime()]);
        void loadRunner().then(loadResults, () => undefined);
        setLoaded({ index: data, bank: data, progress });
        const { examStore } = progress;
        setHistory(examStore.history());
        const current = examStore.loadCurrent();
        if (current && current.questionIds.every((id) => data.questions.some((q) => q.id === id))) {
          if (current.deadline !== null && isExpired(current.deadline, Date.now())) {
            setState({ phase: "results", ...finish(progress, data, current, current.deadline, true) });
            setHistory(examStore.history());
          } else {
            // The exam in progress comes first; a link to another one is not started over it, and says so.
            const link = settingsFromQuery(window.location.search, current.settings.seed);
            const linkIgnored = link.fromLink && settingsToQuery(link.settings) !== settingsToQuery(current.settings);
            window.history.replaceState(null, "", `/exam?${settingsToQuery(current.settings)}`);
            setState({ phase: "running", session: current, linkIgnored });
          }
          return;
        }
        // A reload of a result's page (its address names the exam) shows that result again.
        const shown = new URLSearchParams(window.location.search).get("result");
        const record = shown ? examStore.history().find((r) => r.session.id === shown) : undefined;
        if (record) {
          setState({ phase: "results", record });
          return;
        }
      } else {
        const index = await loadExamIndex();
        void loadRunner().then(loadResults, () => undefined);
        setLoaded({ index, bank: null, progress: null });
      }
      const { settings, fromLink, unreadable } = settingsFromQuery(window.location.search, newSeed());
      setState({ phase: "setup", settings, fromLink, unreadableLink: unreadable });
    } catch {
      setState({ phase: "error", message: "The exam's questions or the progress store could not be loaded. Check your connection, then try again." });
    }
  }, []);

  useEffect(() => {
    // Runs once on mount: loading the bank and any saved exam is the effect's whole job.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  /** The bank, loading it if the page opened on the setup's index; a failed load rejects (and a later call retries). */
  const ensureBank = useCallback(async (): Promise<ExamBank> => {
    if (loaded?.bank) return loaded.bank;
    const data = await loadBank();
    setLoaded((l) => (l ? { ...l, bank: data } : l));
    return data;
  }, [loaded]);

  /** The store, loading it if the page opened without it; null when it cannot be loaded (the exam then runs unsaved). */
  const ensureProgress = useCallback(async (): Promise<ProgressRuntime | null> => {
    if (loaded?.progress) return loaded.progress;
    try {
      const progress = await loadProgressRuntime();
      setLoaded((l) => (l ? { ...l, progress } : l));
      return progress;
    } catch {
      return null;
    }
  }, [loaded]);

  /*
   * Saves the exam in progress. A browser with nothing stored starts the exam before the store has arrived (so Start
   * never waits on it); the latest session is then saved as soon as the store is there.
   */
  const unsaved = useRef<ExamSession | null>(null);
  const save = (session: ExamSession) => {
    if (loaded?.progress) {
      setSaveFailed(!loaded.progress.examStore.saveCurrent(session));
      return;
    }
    const waiting = unsaved.current !== null;
    unsaved.current = session;
    if (waiting) return;
    void ensureProgress().then((progress) => {
      const latest = unsaved.current;
      unsaved.current = null;
      if (latest) setSaveFailed(!progress?.examStore.saveCurrent(latest));
    });
  };

  /*
   * Starts an exam. Opened on the index, the page may not hold the bank yet (Start pressed straight away, or its
   * request failed): the setup stays on screen and says so while it arrives, and says so again if it cannot.
   */
  const startPending = useRef(false);
  const start = async (settings: ExamSettings) => {
    if (!loaded || startPending.current) return;
    let questions = loaded.bank?.questions;
    if (!questions) {
      startPending.current = true;
      setStarting("loading");
      try {
        questions = (await ensureBank()).questions;
      } catch {
        setStarting("failed");
        return;
      } finally {
        startPending.current = false;
      }
      setStarting(null);
    }
    const session = startSession(questions, settings, Date.now());
    if (!session) return;
    window.history.replaceState(null, "", `/exam?${settingsToQuery(settings)}`);
    save(session);
    setState({ phase: "running", session });
  };

  const change = (session: ExamSession) => {
    if (!loaded) return;
    save(session);
    setState((s) => ({ phase: "running", session, linkIgnored: s.phase === "running" && s.session.id === session.id ? s.linkIgnored : undefined }));
  };

  /** Leaves a discarded exam for the setup; a save still waiting for the store goes with it. */
  const leaveDiscarded = (session: ExamSession, where: "here" | "elsewhere") => {
    unsaved.current = null;
    setState(setupAfterDiscard(session, newSeed(), where));
  };

  const submitting = useRef<string | null>(null);
  const submit = async (auto: boolean) => {
    // A running exam was started from the bank, or resumed with it.
    if (!loaded || !bank || state.phase !== "running") return;
    const { session } = state;
    // Once per exam: a second press, or the clock's automatic submission, while the store is on its way does nothing.
    if (submitting.current === session.id) return;
    submitting.current = session.id;
    // A finished exam is not the exam in progress any more: a save still waiting for the store is dropped.
    unsaved.current = null;
    const now = Date.now();
    let progress = loaded.progress;
    if (!progress) {
      setState({ phase: "submitting" });
      progress = await within(ensureProgress(), STORE_WAIT_MS);
    }
    const at = auto && session.deadline !== null ? Math.min(now, session.deadline) : now;
    const finished = finish(progress, bank, session, at, auto);
    // Discarded in another tab: the store refused the result (addRecord reads the latest stored copy, so this tab's
    // copy now knows, even if the storage event has not arrived yet).
    if (progress?.examStore.wasDiscarded(session.id)) {
      leaveDiscarded(session, "elsewhere");
      return;
    }
    if (progress) setHistory(progress.examStore.history());
    setState({ phase: "results", ...finished });
    if (!finished.unsaved) return;
    // Scored without the store: if it arrives while the result is open (it was only slow), the result joins the
    // history shown here, and the notice goes. (The result and its answers are also on their way, see `finish`; a
    // result already stored stands, so adding it twice changes nothing.)
    const late = await ensureProgress();
    if (!late) return;
    late.examStore.addRecord(finished.record);
    setHistory(late.examStore.history());
    setState((s) => (s.phase === "results" && s.record === finished.record ? { ...s, unsaved: false } : s));
  };

  /** Ends the exam in progress unscored: no result is kept, and a tab still holding it stops too. */
  const discard = () => {
    if (state.phase !== "running") return;
    loaded?.progress?.examStore.discard(state.session.id);
    leaveDiscarded(state.session, "here");
  };

  // The address says what is on screen: a result's address reopens it, and a new exam's setup is not a shared link.
  const shownResult = state.phase === "results" ? state.record.session.id : null;
  const fresh = state.phase === "setup" && state.fromResults === true;
  useEffect(() => {
    if (shownResult) window.history.replaceState(null, "", `/exam?result=${encodeURIComponent(shownResult)}`);
    else if (fresh) window.history.replaceState(null, "", "/exam");
  }, [shownResult, fresh]);

  // Another tab holding this exam may submit it: its result is shown here at once, rather than this tab running on
  // (and, at its deadline, submitting answers that are out of date).
  const runningId = state.phase === "running" ? state.session.id : null;
  const progress = loaded?.progress ?? null;
  useEffect(() => {
    if (!runningId || !progress) return;
    const check = () => {
      if (progress.examStore.wasDiscarded(runningId)) {
        unsaved.current = null;
        const seed = newSeed();
        setState((s) => (s.phase === "running" && s.session.id === runningId ? setupAfterDiscard(s.session, seed, "elsewhere") : s));
        return;
      }
      const record = submitting.current === runningId ? undefined : progress.examStore.resultOf(runningId);
      if (!record) return;
      unsaved.current = null;
      setHistory(progress.examStore.history());
      setState({ phase: "results", record, elsewhere: true });
    };
    check();
    return progress.subscribeProgress(check);
  }, [runningId, progress]);

  /** The learner has started using the form: fetch what Start will need (a failure shows on Start, not here). */
  const prepare = () => {
    void ensureProgress();
    ensureBank().catch(() => undefined);
  };

  if (state.phase === "loading") return <p role="status">Loading the question bank…</p>;
  if (state.phase === "submitting") return <p role="status">Scoring the exam…</p>;
  if (state.phase === "error" || !loaded) {
    return (
      <div role="alert" className="rounded-lg border border-rose-300 p-4">
        <p>{state.phase === "error" ? state.message : "Something went wrong."}</p>
        <button type="button" onClick={() => void load()} className="mt-3 min-h-11 rounded-md border border-zinc-400 px-4">
          Try again
        </button>
      </div>
    );
  }
  if (state.phase === "running" || state.phase === "results") {
    // Both are only reached with the bank (an exam is started from it, a saved one resumed with it).
    if (!bank) return <p role="status">Loading the question bank…</p>;
    if (state.phase === "running") {
      return (
        <>
          {state.linkIgnored ? (
            <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
              You opened a link to a different exam, but this one is still in progress, so it carries on here. Submit or discard it first (from Review and submit), then open the link again to take the linked exam.
            </p>
          ) : null}
          <ExamRunner key={state.session.id} bank={bank} session={state.session} onChange={change} onSubmit={(auto) => void submit(auto)} onDiscard={discard} saveFailed={saveFailed} />
        </>
      );
    }
    const { settings } = state.record.session;
    return (
      <ExamResults
        elsewhere={state.elsewhere}
        unsaved={state.unsaved}
        bank={bank}
        record={state.record}
        onRetakeMissed={(ids) => void start({ ...settings, length: "full", concepts: [], onlyIds: ids, seed: newSeed() })}
        onNewExam={() => setState({ phase: "setup", settings: { ...settings, onlyIds: undefined, seed: newSeed() }, fromLink: false, fromResults: true })}
      />
    );
  }
  return (
    <>
      {state.discarded ? (
        <p role="status" className="mb-4 rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-800">
          {state.discarded === "here" ? "The exam was discarded without a score." : "This exam was discarded in another tab, so it has ended here too, without a score."} Set up
          another below when you are ready.
        </p>
      ) : null}
      {state.unreadableLink ? (
        <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
          The exam settings in this link could not be read, so the usual settings are shown below. Check them before you start.
        </p>
      ) : null}
      <div onPointerDown={prepare} onFocus={prepare}>
        <ExamSetup
          key={state.settings.seed}
          index={loaded.index}
          initial={state.settings}
          fromLink={state.fromLink}
          focusHeading={state.fromResults}
          starting={starting}
          onStart={(settings) => void start(settings)}
          newSeed={newSeed}
        />
      </div>
      <PastExams records={history} onView={(record) => setState({ phase: "results", record })} />
    </>
  );
}
