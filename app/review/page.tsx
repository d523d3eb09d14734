import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { ReviewApp } from "@/components/review/review-app";

export const metadata: Metadata = pageMetadata({ title: "Review missed questions", description: "Questions you missed come back on a spaced-repetition schedule until you know them.", path: "/review" });

export default function ReviewPage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Review</h1>
      <p className="mt-3 max-w-2xl text-zinc-700 dark:text-zinc-300">
        Every question you answer wrong — in the selector, a concept check or an exam — is scheduled with FSRS spaced repetition: it is
        due again at once, so you can retry it in the same sitting, then comes back at growing intervals each time you answer it right.
        Exam questions you leave unanswered are not scheduled; the exam&apos;s results link to every question you missed.
      </p>
      <div className="mt-8">
        <ReviewApp />
      </div>
    </>
  );
}
