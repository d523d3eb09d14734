import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { BackupPanel } from "@/components/progress/backup-panel";
import { Dashboard } from "@/components/progress/dashboard";
import { getConceptsInReadingOrder, getQuestions } from "@/lib/content";

export const metadata: Metadata = pageMetadata({ title: "Progress", description: "Readiness per concept, exam score history and your study activity; export, import or reset your progress.", path: "/progress" });

export default function ProgressPage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Progress</h1>
      <div className="mt-8">
        <Dashboard questions={getQuestions().map((q) => ({ id: q.id, concepts: q.concepts }))} concepts={getConceptsInReadingOrder().map((c) => ({ slug: c.slug, title: c.title }))} />
      </div>
      <div className="mt-12">
        <BackupPanel />
      </div>
    </>
  );
}
