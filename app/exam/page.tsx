import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { ExamApp } from "@/components/exam/exam-app";

export const metadata: Metadata = pageMetadata({ title: "Practice exam", description: "A timed practice exam in the AIF-C01 format: four question types, all-or-nothing scoring and an estimated scaled score.", path: "/exam" });

export default function ExamPage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Practice exam</h1>
      <p className="mt-3 max-w-2xl text-zinc-700 dark:text-zinc-300">
        The real exam&apos;s format on this topic: multiple choice, multiple response, ordering and matching questions, no partial
        credit, unanswered counts as wrong. Your exam is saved as you go: close the tab and come back to carry on.
      </p>
      <div className="mt-8">
        <ExamApp />
      </div>
    </>
  );
}
