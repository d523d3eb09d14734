import type { MatchedSignal } from "../advisor";
import type { MethodId } from "../methods/catalog";

/**
 * Non-overlapping signals to mark inline: earliest first, the longer one where two start together. A phrase listed
 * for two methods ("without training": prompt engineering and RAG) is one span; it is tagged with `prefer` (the
 * scenario's answer) when that is one of them, else with the heavier.
 */
export function inlineSignals(signals: readonly MatchedSignal[], prefer?: MethodId): MatchedSignal[] {
  const preferred = (s: MatchedSignal) => (s.method === prefer ? 1 : 0);
  const sorted = [...signals].sort((a, b) => a.start - b.start || b.end - a.end || preferred(b) - preferred(a) || b.weight - a.weight);
  const out: MatchedSignal[] = [];
  for (const s of sorted) if (!out.length || s.start >= out.at(-1)!.end) out.push(s);
  return out;
}
