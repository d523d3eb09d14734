import { getConcepts, getScenarios } from "@/lib/content";
import { selectorDataFrom } from "@/lib/selector/view";

export const dynamic = "force-static";

/** The selector's scenarios, misconception notes and signal table as one static JSON file, fetched by /selector. */
export function GET() {
  return Response.json(selectorDataFrom(getConcepts(), getScenarios()));
}
