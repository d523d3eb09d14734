import path from "node:path";
import { createAdvisor, signalTableFrom } from "../lib/advisor";
import { formatIssue } from "../lib/content/issues";
import { loadContent } from "../lib/content/load";

/** The content in ./content, or exit 1 listing every issue. */
export function loadValidContent() {
  const content = loadContent(path.resolve("content"));
  if (content.issues.length) {
    for (const issue of content.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.exit(1);
  }
  return content;
}

/** The advisor built from the signals on the concept pages in ./content. */
export function advisorFromContent() {
  return createAdvisor(signalTableFrom(loadValidContent().concepts));
}
