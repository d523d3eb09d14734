"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion, Question } from "@/lib/content/schema";
import { inShownOrder } from "@/lib/exam/build";
import { choiceCount, type Response } from "@/lib/exam/score";
import { OptionLetter } from "./option-letter";
import { SELECTABLE } from "@/components/ui/verdict-styles";

type Props<Q extends Question> = {
  question: Q;
  order: readonly string[];
  response: Response | undefined;
  onChange: (response: Response | undefined) => void;
  disabled?: boolean;
};

const WORDS = ["zero", "one", "two", "three", "four", "five"];

/** The right input for each question type. */
export function QuestionInput(props: Props<Question>) {
  const { question } = props;
  switch (question.type) {
    case "single":
    case "multiple-response":
      return <ChoiceInput {...props} question={question} />;
    case "ordering":
      return <OrderingInput {...props} question={question} />;
    case "matching":
      return <MatchingInput {...props} question={question} />;
  }
}

function ChoiceInput({ question, order, response, onChange, disabled }: Props<ChoiceQuestion>) {
  const id = useId();
  const multiple = question.type === "multiple-response";
  const selected = response?.kind === "choice" ? response.selected : [];
  const need = choiceCount(question);
  const toggle = (optionId: string) => {
    const next = multiple ? (selected.includes(optionId) ? selected.filter((x) => x !== optionId) : [...selected, optionId]) : [optionId];
    onChange(next.length ? { kind: "choice", selected: next } : undefined);
  };
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
        {multiple ? `Choose ${WORDS[need] ?? need} (${selected.length} selected)` : "Choose one"}
      </legend>
      {multiple ? (
        <p role="status" className={selected.length > need ? "mt-2 rounded-md bg-amber-100 p-2 text-sm text-amber-950 dark:bg-amber-900/60 dark:text-amber-100" : "sr-only"}>
          {selected.length > need ? `${selected.length} chosen, but this question asks for ${WORDS[need] ?? need}: extra choices make the answer incorrect.` : ""}
        </p>
      ) : null}
      <ul className="mt-2 space-y-2">
        {inShownOrder(question.options, order).map((o, i) => (
          <li key={o.id}>
            <label className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-md border p-3 ${SELECTABLE}`}>
              <input type={multiple ? "checkbox" : "radio"} name={`${id}-choice`} className="mt-1.5" checked={selected.includes(o.id)} disabled={disabled} onChange={() => toggle(o.id)} aria-keyshortcuts={String(i + 1)} />
              <span>
                <OptionLetter index={i} />
                <span dangerouslySetInnerHTML={{ __html: o.html }} />
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function OrderingInput({ question, order, response, onChange, disabled }: Props<OrderingQuestion>) {
  const current = inShownOrder(question.steps, response?.kind === "ordering" ? response.order : order).map((s) => s.id);
  const listRef = useRef<HTMLOListElement>(null);
  const [drag, setDrag] = useState<{ id: string; over: number } | null>(null);
  // The step being dragged, readable by the next event even before React re-renders.
  const dragging = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Focus follows a step moved by its button: the browser drops it when the step's item is moved in the DOM. A step
  // moved to the top or bottom disables the button just pressed; focus then goes to its other button. A layout
  // effect, in the commit that applies the move: a passive effect left pending by another render (the exam's clock
  // ticks every second) would run just before the move is applied and focus the step's neighbour. One shot, and only
  // if the step stands where it was sent.
  const refocus = useRef<{ stepId: string; index: number; up: boolean } | null>(null);
  useLayoutEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (!target || current[target.index] !== target.stepId) return;
    const [up, down] = listRef.current?.children[target.index]?.querySelectorAll("button") ?? [];
    if (!up || !down) return;
    const pressed = target.up ? up : down;
    (pressed.disabled ? (target.up ? down : up) : pressed).focus();
  });
  const text = (stepId: string) => question.steps.find((s) => s.id === stepId)!.text;
  const move = (from: number, to: number) => {
    if (to < 0 || to >= current.length || from === to) return;
    const next = [...current];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange({ kind: "ordering", order: next });
    setAnnouncement(`${text(item!)} moved to position ${to + 1} of ${next.length}.`);
  };
  const moveByButton = (from: number, to: number) => {
    if (to < 0 || to >= current.length) return;
    refocus.current = { stepId: current[from]!, index: to, up: to < from };
    move(from, to);
  };
  // "Confirm this order" goes once pressed: focus moves to the list it confirmed, and the order is announced.
  const confirmed = useRef(false);
  useEffect(() => {
    if (confirmed.current && response) listRef.current?.focus();
    confirmed.current = false;
  }, [response]);
  const confirm = () => {
    confirmed.current = true;
    onChange({ kind: "ordering", order: [...current] });
    setAnnouncement(`Order confirmed: ${current.map((stepId, i) => `${i + 1}. ${text(stepId)}`).join("; ")}.`);
  };
  /** The slot under the pointer: the first step whose middle lies below it, else the last. */
  const slotAt = (clientY: number) => {
    const items = [...(listRef.current?.children ?? [])];
    const index = items.findIndex((el) => {
      const r = el.getBoundingClientRect();
      return clientY < r.top + r.height / 2;
    });
    return index === -1 ? items.length - 1 : index;
  };
  // Pointer events rather than HTML5 drag and drop: one code path for mouse, pen and touch.
  const dragHandlers = (stepId: string) =>
    disabled
      ? {}
      : {
          onPointerDown: (e: React.PointerEvent<HTMLLIElement>) => {
            if (e.button !== 0 || (e.target as HTMLElement).closest("button")) return;
            // A finger drags only by the handle: anywhere else on a step, a swipe scrolls the page (the step is
            // touch-action: auto, so the browser takes the gesture and this handler never sees a move).
            if (e.pointerType === "touch" && !(e.target as HTMLElement).closest("[data-drag-handle]")) return;
            e.currentTarget.setPointerCapture(e.pointerId);
            dragging.current = stepId;
            setDrag({ id: stepId, over: current.indexOf(stepId) });
          },
          onPointerMove: (e: React.PointerEvent<HTMLLIElement>) => {
            if (dragging.current === stepId) setDrag({ id: stepId, over: slotAt(e.clientY) });
          },
          onPointerUp: (e: React.PointerEvent<HTMLLIElement>) => {
            // The drop slot comes from the release point itself, not from the last rendered hover state.
            if (dragging.current === stepId) move(current.indexOf(stepId), slotAt(e.clientY));
            dragging.current = null;
            setDrag(null);
          },
          onPointerCancel: () => {
            dragging.current = null;
            setDrag(null);
          },
        };
  return (
    <div>
      <p className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
        Put the steps in order: drag a step by its ⋮⋮ handle, or use the move buttons. {response ? "" : "(Not answered yet: move a step or confirm the order.)"}
      </p>
      <ol ref={listRef} tabIndex={-1} className="mt-2 space-y-2 rounded-md" aria-label="Steps in your order">
        {current.map((stepId, i) => {
          const step = question.steps.find((s) => s.id === stepId)!;
          const lifted = drag?.id === stepId;
          const target = drag && !lifted && drag.over === i;
          return (
            <li
              key={stepId}
              {...dragHandlers(stepId)}
              className={`flex items-center gap-2 rounded-md border p-2 ${lifted ? "border-indigo-600 opacity-60" : target ? "border-indigo-600 border-dashed" : "border-zinc-300 dark:border-zinc-600"} ${disabled ? "" : "cursor-grab"}`}
            >
              <span aria-hidden="true" data-drag-handle="" className={`-my-1 flex min-h-11 min-w-8 select-none items-center justify-center text-zinc-500 ${disabled ? "" : "touch-none"}`}>
                ⋮⋮
              </span>
              <span className="w-6 shrink-0 text-right font-mono text-sm">{i + 1}.</span>
              <span className="flex-1 select-none" dangerouslySetInnerHTML={{ __html: step.html }} />
              {/* Stacked on a phone, so the step's text keeps a column wide enough to read (side by side it wrapped to 6–8 lines at 360 px). */}
              <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
                <button type="button" disabled={disabled || i === 0} onClick={() => moveByButton(i, i - 1)} aria-label={`Move up: ${step.text}`} className="min-h-11 min-w-11 rounded border border-zinc-300 disabled:opacity-40 dark:border-zinc-600">
                  ↑
                </button>
                <button type="button" disabled={disabled || i === current.length - 1} onClick={() => moveByButton(i, i + 1)} aria-label={`Move down: ${step.text}`} className="min-h-11 min-w-11 rounded border border-zinc-300 disabled:opacity-40 dark:border-zinc-600">
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {!response && !disabled ? (
        <button type="button" onClick={confirm} className="mt-2 min-h-11 rounded-md border border-zinc-400 px-4 text-sm font-medium dark:border-zinc-500">
          Confirm this order
        </button>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

/** About as many characters as a closed select shows on a 320–360 px screen. */
const SELECT_SHOWS = 28;

/**
 * A closed select shows one line, which on a phone cuts a long choice off mid-word: the whole of a long one is
 * repeated below it there (the select itself already gives it to a screen reader).
 */
function ChosenInFull({ text }: { text: string | undefined }) {
  if (!text || text.length <= SELECT_SHOWS) return null;
  return (
    <p aria-hidden="true" data-chosen="" className="text-sm text-zinc-700 sm:hidden dark:text-zinc-300">
      {text}
    </p>
  );
}

function MatchingInput({ question, order, response, onChange, disabled }: Props<MatchingQuestion>) {
  const id = useId();
  const matches = response?.kind === "matching" ? response.matches : {};
  const set = (pairId: string, value: string) => {
    const next = { ...matches };
    if (value) next[pairId] = value;
    else delete next[pairId];
    onChange(Object.keys(next).length ? { kind: "matching", matches: next } : undefined);
  };
  return (
    <div>
      <p className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">Match each item to one of the choices in its list (a choice can be used more than once).</p>
      <ul className="mt-2 space-y-3">
        {question.pairs.map((p, i) => (
          <li key={p.id} className="grid grid-cols-1 gap-2 rounded-md border border-zinc-300 p-3 dark:border-zinc-600">
            <label htmlFor={`${id}-${p.id}`} dangerouslySetInnerHTML={{ __html: `<span class="sr-only">Item ${i + 1}: </span>${p.html}` }} />
            <select
              id={`${id}-${p.id}`}
              value={matches[p.id] ?? ""}
              disabled={disabled}
              onChange={(e) => set(p.id, e.target.value)}
              className="min-h-11 w-full min-w-0 rounded-md border border-zinc-400 bg-white px-2 dark:border-zinc-500 dark:bg-zinc-900"
            >
              <option value="">Choose…</option>
              {inShownOrder(question.responses, order).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.text}
                </option>
              ))}
            </select>
            <ChosenInFull text={question.responses.find((r) => r.id === matches[p.id])?.text} />
          </li>
        ))}
      </ul>
    </div>
  );
}
