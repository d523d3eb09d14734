/** A problem found in a content file, located precisely enough for an author to fix it. */
export type ContentIssue = {
  file: string;
  line: number;
  field: string;
  message: string;
};

/** `path:line: field: message`, the one format every content error uses. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
}

/** Thrown by the build-time loaders when content is invalid; the message lists every issue. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(`Invalid content (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${issues.map(formatIssue).join("\n")}`);
    this.name = "ContentError";
    this.issues = issues;
  }
}

/** Renders a zod-style path (`["related", 0]`) as `related[0]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "frontmatter";
}

/** The value at a zod-style path inside parsed frontmatter, or undefined where it is absent. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}
