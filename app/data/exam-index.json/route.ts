import { getConcepts, getQuestions } from "@/lib/content";
import { examBankFrom, examIndexFrom } from "@/lib/exam/bank";

export const dynamic = "force-static";

/** The exam setup's index (ids, concepts, titles): what /exam fetches on opening, before the bank itself. */
export function GET() {
  return Response.json(examIndexFrom(examBankFrom(getConcepts(), getQuestions())));
}
