import { getConcepts, getQuestions } from "@/lib/content";
import { examBankFrom } from "@/lib/exam/bank";

export const dynamic = "force-static";

/** The question bank as one static JSON file, so exam and review pages stay small and load it on demand. */
export function GET() {
  return Response.json(examBankFrom(getConcepts(), getQuestions()));
}
