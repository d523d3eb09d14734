import type { ChoiceQuestion } from "@/lib/content/schema";
import { CheckQuestion } from "./check-question";

type Misconception = { id: string; myth: string; concept: string };

export function CheckYourself({ questions, misconceptions }: { questions: readonly ChoiceQuestion[]; misconceptions: Readonly<Record<string, Misconception>> }) {
  if (!questions.length) return null;
  return (
    <section aria-labelledby="check-yourself" className="mt-12 rounded-xl bg-indigo-50 p-5 dark:bg-indigo-950/30">
      <h2 id="check-yourself" className="text-2xl font-bold tracking-tight">
        Check yourself
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        {questions.length} exam-style questions on this page. Answer, check, and read why each option is right or wrong.
      </p>
      <ol className="mt-4 space-y-4">
        {questions.map((q, i) => (
          <CheckQuestion key={q.id} question={q} number={i + 1} misconceptions={misconceptions} />
        ))}
      </ol>
    </section>
  );
}
