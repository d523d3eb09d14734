import Link from "@/components/ui/link";
import type { Advice } from "@/lib/advisor";
import type { MethodId } from "@/lib/methods/catalog";
import type { MethodView, MisconceptionView, ScenarioView } from "@/lib/selector/view";
import { inlineSignals } from "@/lib/selector/inline-signals";
import { HighlightedText } from "./highlighted-text";
import { SignalLegend } from "./signal-legend";
import { INLINE_LINK } from "@/components/ui/link-styles";

type Props = {
  scenario: ScenarioView;
  chosen: MethodId;
  advice: Advice;
  methods: readonly MethodView[];
  misconceptions: Readonly<Record<string, MisconceptionView>>;
};

/**
 * After an answer: the scenario with its signals marked, why the answer fits and why the pick does not. The sections
 * sit below the verdict and the method buttons, mostly off screen when they appear, so they are content-visibility:
 * auto (the signals box directly, the explanations as a `lazy-block`): the browser lays them out when they come near
 * the viewport, not inside the answer's frame (the selector's answer-to-feedback work fell from a median of 10–25 ms
 * to 6–11 ms in the timing test). They stay in the accessibility tree and in find-in-page.
 */
export function AnswerFeedback({ scenario, chosen, advice, methods, misconceptions }: Props) {
  const right = chosen === scenario.method;
  const method = (id: MethodId) => methods.find((m) => m.id === id)!;
  const answer = method(scenario.method);
  const picked = method(chosen);
  const pickedWhy = scenario.byMethod[chosen];
  const misconception = pickedWhy?.misconception ? misconceptions[pickedWhy.misconception] : undefined;
  const shown = inlineSignals(advice.signals, scenario.method);

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="signals-title" className="[contain-intrinsic-size:auto_12rem] [content-visibility:auto] rounded-lg border border-zinc-200 p-4 dark:border-zinc-700">
        <h3 id="signals-title" className="font-semibold">
          The signals in this scenario
        </h3>
        <HighlightedText text={scenario.stem} signals={advice.signals} prefer={scenario.method} />
        <SignalLegend methods={new Set(shown.map((s) => s.method))} showNegated={shown.some((s) => s.negated)} />
        {shown.some((s) => s.method !== scenario.method && !s.negated) ? (
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
            A phrase tagged with another method is a cue that often points there; what the scenario requires decides between them.
          </p>
        ) : null}
        {advice.signals.length === 0 ? <p className="mt-2 text-sm">No listed signal phrase appears here: the answer rests on the situation as a whole.</p> : null}
      </section>

      <section aria-labelledby="why-right-title" className="lazy-block [--lazy-block-size:16rem]">
        <h3 id="why-right-title" className="text-lg font-semibold">
          Why {answer.label} fits
        </h3>
        <div className="prose mt-2" dangerouslySetInnerHTML={{ __html: scenario.byMethod[scenario.method]?.explanation ?? "" }} />
        {scenario.explanation ? <div className="prose mt-2 text-zinc-700 dark:text-zinc-300" dangerouslySetInnerHTML={{ __html: scenario.explanation }} /> : null}
        <p className="mt-2 text-sm">
          <Link href={`/concepts/${answer.concept}`} className={INLINE_LINK}>
            Study {answer.conceptTitle}
          </Link>
        </p>
      </section>

      {!right ? (
        <section aria-labelledby="why-wrong-title" className="lazy-block [--lazy-block-size:16rem]">
          <h3 id="why-wrong-title" className="text-lg font-semibold">
            Why {picked.label} does not fit
          </h3>
          {pickedWhy ? (
            <div className="prose mt-2" dangerouslySetInnerHTML={{ __html: pickedWhy.explanation }} />
          ) : (
            <p className="mt-2">
              {picked.label} is the answer when the scenario is about this: {picked.summary.replace(/\.$/, "")}. Nothing in this scenario asks for that.
            </p>
          )}
          {misconception ? (
            <div className="mt-3 overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-700">
              <p className="bg-rose-50 p-3 dark:bg-rose-950/40">
                <strong>The misconception behind this pick:</strong> {misconception.myth}
              </p>
              <p className="bg-emerald-50 p-3 dark:bg-emerald-950/40">
                <strong>In fact:</strong> {misconception.truth}{" "}
                <Link href={`/concepts/${misconception.concept}#misconception-${misconception.id}`} className={INLINE_LINK}>
                  Read it on {misconception.conceptTitle}
                </Link>
              </p>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
