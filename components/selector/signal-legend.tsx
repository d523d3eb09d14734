import { METHOD_IDS, METHODS, type MethodId } from "@/lib/methods/catalog";
import { METHOD_STYLE } from "./method-style";

/** Legend for the highlights: only the methods present, plus how a negated phrase looks. */
export function SignalLegend({ methods, showNegated }: { methods: ReadonlySet<MethodId>; showNegated: boolean }) {
  const shown = METHOD_IDS.filter((m) => methods.has(m));
  if (!shown.length) return null;
  return (
    <div className="mt-3 text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-2" aria-label="Highlight legend">
        {shown.map((m) => (
          <li key={m} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block h-4 w-6 rounded-sm border-b-2 ${METHOD_STYLE[m].swatch}`} />
            <span>
              <strong>{METHOD_STYLE[m].tag}</strong> {METHODS[m].label}
            </span>
          </li>
        ))}
        {showNegated ? (
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="underline decoration-dashed decoration-2 underline-offset-4">
              dashed
            </span>
            <span>
              tagged <strong>not</strong>: a negated phrase (“no labels”, “without retraining”) that counts against that method
            </span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
