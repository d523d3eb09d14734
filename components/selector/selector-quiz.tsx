"use client";

import { useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import type { MethodId } from "@/lib/methods/catalog";
import { drawSession, missesByMethod, restoreRun, SESSION_SIZES, type RunPhase, type SelectorAnswer, type SessionSize } from "@/lib/selector/session";
import type { MethodView, MisconceptionView, ScenarioView } from "@/lib/selector/view";
import { recordAnswer, useProgress } from "@/components/progress/use-progress";
import { useRestoreBeforeHydration } from "@/components/ui/before-hydration";
import { inShortcutArea, isTypingTarget } from "@/components/ui/keyboard";
import { AnswerFeedback } from "./answer-feedback";
import { MethodPicker } from "./method-picker";
import { keepRun, readRun } from "./kept-run";
import { SessionSummary } from "./session-summary";
import { advisorFor, useSelectorData } from "./use-selector-data";

type Props = { methods: readonly MethodView[] };

type Phase = { name: "setup" } | RunPhase;

const NO_SCENARIOS: readonly ScenarioView[] = [];
const NO_MISCONCEPTIONS: Readonly<Record<string, MisconceptionView>> = {};

export function SelectorQuiz({ methods }: Props) {
  const source = useSelectorData();
  const data = source.status === "ready" ? source.data : null;
  const scenarios = data?.scenarios ?? NO_SCENARIOS;
  const misconceptions = data?.misconceptions ?? NO_MISCONCEPTIONS;
  const advisor = useMemo(() => (data ? advisorFor(data.signals) : null), [data]);
  const history = useProgress().answers;
  const methodOf = useMemo(() => {
    const map = new Map(scenarios.map((s) => [s.id, s.method]));
    return (id: string) => map.get(id);
  }, [scenarios]);
  const missedBefore = useMemo(() => missesByMethod(history, methodOf), [history, methodOf]);
  const hasHistory = Object.keys(missedBefore).length > 0;

  const [size, setSize] = useState<SessionSize>(10);
  // A size picked before hydration stays picked on screen: the session takes it.
  useRestoreBeforeHydration(
    () => SESSION_SIZES.find((n) => String(n) === (document.querySelector('input[name="session-size"]:checked') as HTMLInputElement | null)?.value) ?? null,
    setSize,
  );
  const [session, setSession] = useState<ScenarioView[]>([]);
  const [answers, setAnswers] = useState<SelectorAnswer[]>([]);
  const [phase, setPhase] = useState<Phase>({ name: "setup" });
  const shownAt = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // "Start a new session" replaces the summary with the setup: focus goes to its heading (not on the page's first load).
  const setupRef = useRef<HTMLHeadingElement>(null);
  const backToSetup = useRef(false);

  // Once the scenarios are here, a run kept for this tab resumes (unless the learner has already started another),
  // in the render that brings them: the setup is never shown in between, so a tap cannot start a run over it. The
  // scenarios only arrive by a fetch after mounting, so this never runs while the server's HTML is hydrated.
  const [runReadFor, setRunReadFor] = useState<typeof data>(null);
  if (data && runReadFor !== data) {
    setRunReadFor(data);
    const run = phase.name === "setup" ? restoreRun(readRun(), data.scenarios) : null;
    if (run) {
      setSession(run.session);
      setAnswers(run.answers);
      setPhase(run.phase);
    }
  }
  useEffect(() => {
    // The restored question's clock starts when it is shown again.
    if (runReadFor) shownAt.current = Date.now();
  }, [runReadFor]);
  useEffect(() => {
    // Not before the kept run has been read: the setup shown until then would drop it.
    if (!runReadFor) return;
    keepRun(phase.name === "setup" ? null : { ids: session.map((s) => s.id), answers, phase });
  }, [runReadFor, session, answers, phase]);

  const begin = (drawn: ScenarioView[]) => {
    setSession(drawn);
    setAnswers([]);
    shownAt.current = Date.now();
    setPhase({ name: "question", index: 0 });
  };
  const start = () => begin(drawSession(scenarios, { size, seed: Date.now() >>> 0, missesByMethod: missedBefore }));
  const newSession = () => {
    backToSetup.current = true;
    setPhase({ name: "setup" });
  };
  const retryMissed = () => begin(answers.filter((a) => a.chosen !== a.expected).map((a) => session.find((s) => s.id === a.questionId)!));

  const pick = (chosen: MethodId) => {
    if (phase.name !== "question") return;
    const scenario = session[phase.index]!;
    const correct = chosen === scenario.method;
    setAnswers((prev) => [...prev, { questionId: scenario.id, expected: scenario.method, chosen }]);
    recordAnswer({
      questionId: scenario.id,
      source: "selector",
      response: { kind: "method", method: chosen },
      correct,
      timeMs: Math.max(0, Date.now() - shownAt.current),
      at: new Date().toISOString(),
    });
    setPhase({ name: "feedback", index: phase.index, chosen });
  };

  const next = () => {
    if (phase.name !== "feedback") return;
    if (phase.index + 1 >= session.length) setPhase({ name: "summary" });
    else {
      shownAt.current = Date.now();
      setPhase({ name: "question", index: phase.index + 1 });
    }
  };

  // Keyboard: 1–7 answer, Enter moves on after feedback (unless a link or button has focus: it acts itself).
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target) || !inShortcutArea(e.target)) return;
    if (phase.name === "question") {
      const method = methods.find((m) => m.key === e.key);
      if (method) {
        e.preventDefault();
        pick(method.id);
      }
    } else if (phase.name === "feedback" && e.key === "Enter") {
      if (e.target instanceof HTMLElement && e.target.closest("a, button")) return;
      e.preventDefault();
      next();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  useEffect(() => {
    if (phase.name === "question") headingRef.current?.focus();
    if (phase.name === "feedback") verdictRef.current?.focus();
    if (phase.name === "summary") summaryRef.current?.querySelector("h2")?.focus();
    if (phase.name === "setup" && backToSetup.current) {
      backToSetup.current = false;
      setupRef.current?.focus();
    }
  }, [phase]);

  if (phase.name === "setup") {
    return (
      <section aria-labelledby="setup-title" className="rounded-lg border border-zinc-200 p-5 dark:border-zinc-700">
        <h2 id="setup-title" ref={setupRef} tabIndex={-1} className="text-xl font-bold outline-none">
          Start a session
        </h2>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Read each scenario and pick the method it calls for<span className="pointer-coarse:hidden"> — with the mouse, or the number keys 1–7</span>. After each answer you see
          the words that should have told you, why the answer fits and why your pick does not.
        </p>
        <fieldset className="mt-4">
          <legend className="font-semibold">Scenarios per session</legend>
          <div className="mt-2 flex gap-2">
            {SESSION_SIZES.map((n) => (
              <label key={n} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-zinc-300 px-4 has-[:checked]:border-indigo-700 has-[:checked]:bg-indigo-50 dark:border-zinc-600 dark:has-[:checked]:border-indigo-300 dark:has-[:checked]:bg-indigo-950/50">
                <input type="radio" name="session-size" value={n} checked={size === n} onChange={() => setSize(n)} />
                {n}
              </label>
            ))}
          </div>
        </fieldset>
        {hasHistory ? <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">This session leans toward the methods you have missed before.</p> : null}
        {source.status === "error" ? (
          <p role="alert" className="mt-4 text-rose-800 dark:text-rose-300">
            The scenarios could not be loaded. Check your connection, then{" "}
            <button type="button" onClick={source.retry} className="min-h-11 font-semibold underline">
              try again
            </button>
            .
          </p>
        ) : null}
        <button
          type="button"
          onClick={start}
          disabled={!data}
          className="mt-5 min-h-11 rounded-md bg-indigo-700 px-5 font-semibold text-white hover:bg-indigo-800 disabled:cursor-wait disabled:opacity-60 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200"
        >
          {data ? `Start ${size} scenarios` : source.status === "loading" ? "Loading scenarios…" : `Start ${size} scenarios`}
        </button>
      </section>
    );
  }

  if (phase.name === "summary") {
    return (
      <div ref={summaryRef}>
        <SessionSummary answers={answers} scenarios={session} onRetryMissed={retryMissed} onNewSession={newSession} />
      </div>
    );
  }

  const scenario = session[phase.index]!;
  const chosen = phase.name === "feedback" ? phase.chosen : undefined;
  const right = chosen === scenario.method;
  const last = phase.index + 1 === session.length;
  return (
    <section aria-labelledby="scenario-title" data-shortcuts="">
      <div className="flex items-center justify-between gap-3 text-sm text-zinc-700 dark:text-zinc-300">
        <span id="scenario-count">
          Scenario {phase.index + 1} of {session.length}
        </span>
        <span>
          Score: {answers.filter((a) => a.chosen === a.expected).length} / {answers.length}
        </span>
      </div>
      <div role="progressbar" aria-label="Session progress" aria-valuemin={0} aria-valuemax={session.length} aria-valuenow={answers.length} className="mt-2 h-2 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800">
        <div className="h-full bg-indigo-600 dark:bg-indigo-400" style={{ width: `${(answers.length / session.length) * 100}%` }} />
      </div>
      <h2 id="scenario-title" ref={headingRef} tabIndex={-1} aria-describedby="scenario-count" className="mt-6 text-xl font-bold outline-none">
        Which method does this scenario call for?
      </h2>
      {phase.name === "question" ? <p className="mt-3 whitespace-pre-line text-lg leading-9 [overflow-wrap:anywhere]">{scenario.stem}</p> : null}
      {phase.name === "feedback" ? (
        <div role="status">
          <h3 ref={verdictRef} tabIndex={-1} className={`mt-4 rounded-lg p-3 text-lg font-bold outline-none ${right ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200" : "bg-rose-50 text-rose-900 dark:bg-rose-950/50 dark:text-rose-200"}`}>
            {right ? `Right: ${methods.find((m) => m.id === scenario.method)!.label}` : `Not quite: the answer is ${methods.find((m) => m.id === scenario.method)!.label}`}
          </h3>
        </div>
      ) : null}
      <div className="mt-5">
        <MethodPicker methods={methods} onPick={pick} disabled={phase.name === "feedback"} chosen={chosen} correct={chosen ? scenario.method : undefined} />
      </div>
      {phase.name === "question" ? <p className="mt-3 text-sm text-zinc-700 pointer-coarse:hidden dark:text-zinc-300">Keyboard: press 1–7 to answer.</p> : null}
      {phase.name === "feedback" ? (
        <div className="mt-6">
          {advisor ? <AnswerFeedback scenario={scenario} chosen={phase.chosen} advice={advisor.advise(scenario.stem)} methods={methods} misconceptions={misconceptions} /> : null}
          <button type="button" onClick={next} className="mt-6 min-h-11 rounded-md bg-indigo-700 px-5 font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200">
            {last ? "See my results" : "Next scenario"} <span className="font-normal pointer-coarse:hidden">(Enter)</span>
          </button>
        </div>
      ) : null}
    </section>
  );
}
