import Link from "@/components/ui/link";
import type { Question } from "@/lib/content/schema";
import type { ExamBank } from "@/lib/exam/bank";
import { inShownOrder } from "@/lib/exam/build";
import { NEUTRAL, RIGHT, WRONG } from "@/components/ui/verdict-styles";
import { OptionLetter } from "./option-letter";
import type { Response } from "@/lib/exam/score";
import { INLINE_LINK } from "@/components/ui/link-styles";

type Props = {
  question: Question;
  response: Response | undefined;
  correct: boolean;
  bank: ExamBank;
  /** The order the options were shown in (their ids), so the explanations follow it with the same letters. */
  order?: readonly string[];
  /** When given, the verdict can take focus: the button that showed the feedback is gone, so focus goes here. */
  verdictRef?: React.Ref<HTMLParagraphElement>;
};

/** Every part of a question explained, next to what the learner answered: used in practice mode and in results. */
export function QuestionFeedback({ question, response, correct, bank, order, verdictRef }: Props) {
  const misconception = (id?: string) => (id ? bank.misconceptions[id] : undefined);
  const options = question.type === "single" || question.type === "multiple-response" ? inShownOrder(question.options, order) : [];
  return (
    <div className="space-y-3">
      <p ref={verdictRef} tabIndex={verdictRef ? -1 : undefined} className={`font-semibold outline-none ${correct ? "text-emerald-800 dark:text-emerald-300" : "text-rose-800 dark:text-rose-300"}`}>
        {correct ? "Correct." : response ? "Incorrect." : "Not answered (counts as incorrect)."}
      </p>
      {question.type === "single" || question.type === "multiple-response" ? (
        <ul className="space-y-2">
          {options.map((o, i) => {
            const chosen = response?.kind === "choice" && response.selected.includes(o.id);
            const m = misconception(o.misconception);
            return (
              <li key={o.id} className={`rounded-md border p-3 ${o.correct ? RIGHT : chosen ? WRONG : NEUTRAL}`}>
                <p>
                  {order ? <OptionLetter index={i} /> : null}
                  <span data-part="option-text" dangerouslySetInnerHTML={{ __html: o.html }} />{" "}
                  <span className="text-sm font-semibold">
                    {o.correct ? "✓ correct answer" : ""}
                    {chosen ? (o.correct ? " · your answer" : "✗ your answer") : ""}
                  </span>
                </p>
                <div className="prose mt-1 text-sm" dangerouslySetInnerHTML={{ __html: o.explanation }} />
                {m && chosen ? (
                  <p className="mt-1 text-sm">
                    <Link href={`/concepts/${m.concept}#misconception-${m.id}`} className={INLINE_LINK}>
                      The misconception behind this choice: {m.myth}
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {question.type === "ordering" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <p className="text-sm font-semibold">Your order</p>
            <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm">
              {response?.kind === "ordering" ? response.order.map((id, i) => {
                const step = question.steps.find((s) => s.id === id)!;
                return (
                  <li key={id} className={question.steps[i]?.id === id ? "" : "text-rose-800 dark:text-rose-300"}>
                    {step.text} {question.steps[i]?.id === id ? "✓" : "✗"}
                  </li>
                );
              }) : <li>Not answered</li>}
            </ol>
          </div>
          <div>
            <p className="text-sm font-semibold">Correct order, and why</p>
            <ol className="mt-1 list-decimal space-y-2 pl-6 text-sm">
              {question.steps.map((s) => (
                <li key={s.id}>
                  <span dangerouslySetInnerHTML={{ __html: s.html }} />
                  <div className="prose text-zinc-700 dark:text-zinc-300" dangerouslySetInnerHTML={{ __html: s.explanation }} />
                </li>
              ))}
            </ol>
          </div>
        </div>
      ) : null}
      {question.type === "matching" ? (
        <ul className="space-y-2">
          {question.pairs.map((p) => {
            const given = response?.kind === "matching" ? response.matches[p.id] : undefined;
            const ok = given === p.match;
            const text = (rid?: string) => question.responses.find((r) => r.id === rid)?.text;
            return (
              <li key={p.id} className={`rounded-md border p-3 text-sm ${ok ? RIGHT : WRONG}`}>
                <p>
                  <span dangerouslySetInnerHTML={{ __html: p.html }} /> → <strong>{text(p.match)}</strong> {ok ? "✓" : `✗ (you chose ${text(given) ?? "nothing"})`}
                </p>
                <div className="prose mt-1" dangerouslySetInnerHTML={{ __html: p.explanation }} />
              </li>
            );
          })}
        </ul>
      ) : null}
      {question.explanation ? <div className="prose text-sm" dangerouslySetInnerHTML={{ __html: question.explanation }} /> : null}
      <p className="text-sm">
        Study:{" "}
        {question.concepts.map((slug, i) => (
          <span key={slug}>
            {i ? ", " : ""}
            <Link href={`/concepts/${slug}`} className={INLINE_LINK}>
              {bank.concepts.find((c) => c.slug === slug)?.title ?? slug}
            </Link>
          </span>
        ))}
      </p>
    </div>
  );
}
