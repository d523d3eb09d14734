import Link from "@/components/ui/link";
import type { NextStep } from "@/lib/progress/readiness";
import { INLINE_LINK } from "@/components/ui/link-styles";

const link = `font-semibold ${INLINE_LINK}`;

export function NextSteps({ steps, conceptTitle }: { steps: readonly NextStep[]; conceptTitle: (slug: string) => string }) {
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-6">
      {steps.map((s) => (
        <li key={s.kind}>
          {s.kind === "start" ? (
            <>
              Answer a few questions: <Link href="/selector" className={link}>drill scenarios in the selector</Link> or{" "}
              <Link href="/concepts" className={link}>read a concept page</Link> and check yourself.
            </>
          ) : s.kind === "review" ? (
            <>
              <Link href="/review" className={link}>Review {s.due} due question{s.due === 1 ? "" : "s"}</Link> you missed before.
            </>
          ) : s.kind === "study" && s.concept ? (
            <>
              {s.untried ? "You have not tried " : "Your weakest concept is "}
              <Link href={`/concepts/${s.concept}`} className={link}>{conceptTitle(s.concept)}</Link>
              {s.untried ? " yet: read it, then " : ": reread it, then "}
              <Link href={`/exam?n=10&mode=practice&timed=0&concepts=${s.concept}`} className={link}>practise 10 questions on it</Link>.
            </>
          ) : (
            <>
              <Link href="/exam?n=full&mode=exam&timed=1" className={link}>Sit a full timed exam</Link> to see how you do under exam conditions.
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
