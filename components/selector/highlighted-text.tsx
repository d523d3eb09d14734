import type { MatchedSignal } from "@/lib/advisor";
import { METHODS, type MethodId } from "@/lib/methods/catalog";
import { inlineSignals } from "@/lib/selector/inline-signals";
import { METHOD_STYLE } from "./method-style";

/**
 * The scenario text with each signal phrase marked: colour and underline by method, a visible tag, and a
 * negated phrase underlined with dashes and tagged "not". Screen readers hear "(signal for RAG)" after the phrase.
 */
export function HighlightedText({ text, signals, prefer }: { text: string; signals: readonly MatchedSignal[]; prefer?: MethodId }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of inlineSignals(signals, prefer)) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    const style = METHOD_STYLE[s.method];
    const phrase = text.slice(s.start, s.end);
    const lastWord = Math.max(phrase.lastIndexOf(" "), phrase.lastIndexOf("\n")) + 1;
    const [head, tail] = [phrase.slice(0, lastWord), phrase.slice(lastWord)];
    parts.push(
      <mark
        key={`${s.start}-${s.method}`}
        className={`rounded-sm px-0.5 text-inherit underline decoration-2 underline-offset-4 ${style.mark} ${s.negated ? "decoration-dashed" : ""}`}
      >
        {head}
        {/* The tag stays on the line of the phrase's last word, and is only as tall as its own text. */}
        <span className="whitespace-nowrap">
          {tail}
          <span aria-hidden="true" className="ml-1 inline-block rounded bg-zinc-900 px-1 py-0.5 align-super text-[0.7rem] font-bold leading-none text-white no-underline dark:bg-zinc-100 dark:text-zinc-900">
            {s.negated ? `not ${style.tag}` : style.tag}
          </span>
        </span>
        <span className="sr-only"> ({s.negated ? "negated signal, counts against" : "signal for"} {METHODS[s.method].label})</span>
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p className="whitespace-pre-line text-lg leading-9 [overflow-wrap:anywhere]">{parts}</p>;
}
