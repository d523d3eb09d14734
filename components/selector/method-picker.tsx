import type { MethodId } from "@/lib/methods/catalog";
import type { MethodView } from "@/lib/selector/view";

type Props = {
  methods: readonly MethodView[];
  onPick: (method: MethodId) => void;
  disabled?: boolean;
  chosen?: MethodId;
  correct?: MethodId;
};

/** The seven method buttons. Number keys 1–7 are handled by the quiz; each button shows its key. */
export function MethodPicker({ methods, onPick, disabled, chosen, correct }: Props) {
  return (
    <div role="group" aria-label="Choose a method" className="grid gap-2 sm:grid-cols-2">
      {methods.map((m) => {
        const state = correct === m.id ? "correct" : chosen === m.id ? "wrong" : undefined;
        return (
          <button
            key={m.id}
            type="button"
            disabled={disabled}
            aria-keyshortcuts={m.key}
            onClick={() => onPick(m.id)}
            className={`flex min-h-12 items-center gap-3 rounded-lg border px-3 py-2 text-left font-medium disabled:cursor-default ${
              state === "correct"
                ? "border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/50"
                : state === "wrong"
                  ? "border-rose-700 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/50"
                  : "border-zinc-300 enabled:hover:border-indigo-600 enabled:hover:bg-indigo-50 dark:border-zinc-600 dark:enabled:hover:bg-indigo-950/40"
            }`}
          >
            <kbd aria-hidden="true" className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded border border-zinc-400 font-mono text-sm dark:border-zinc-500">
              {m.key}
            </kbd>
            <span>{m.label}</span>
            {state ? <span className="ml-auto shrink-0 whitespace-nowrap text-sm font-semibold">{state === "correct" ? "✓ answer" : "✗ your pick"}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
