import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { conceptPage, contentDir } from "./fixtures";

// As `npm run content:check` runs it: the script's cached bundle (scripts/run-bundled.mjs).
const run = (...args: string[]) => spawnSync(process.execPath, ["scripts/run-bundled.mjs", "scripts/content-check.ts", ...args], { encoding: "utf8" });

describe("content:check CLI", () => {
  it("prints every issue as path:line: field: message and exits 1 without a stack trace", () => {
    const dir = contentDir({
      "concepts/alpha.md": conceptPage({ slug: "alpha", related: ["foo"] }),
      "concepts/empty.md": "",
    });
    const result = run("--content-dir", dir);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    const rel = path.relative(process.cwd(), dir).split(path.sep).join("/");
    expect(lines).toContain(`${rel}/concepts/alpha.md:17: related[0]: unknown concept "foo"`);
    expect(lines).toContain(`${rel}/concepts/empty.md:1: file: empty file: expected frontmatter between --- lines and a Markdown body`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints counts as JSON for valid content", () => {
    const result = run("--content-dir", contentDir({ "concepts/alpha.md": conceptPage({ slug: "alpha" }) }), "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ concepts: 1, questions: 0, scenarios: 0, byType: {}, byConcept: { alpha: 0 } });
  });

  it("rejects an unknown argument with usage", () => {
    const result = run("--bogus");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage:/);
  });
});
