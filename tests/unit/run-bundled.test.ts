import { spawnSync } from "node:child_process";
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundle } from "../../scripts/run-bundled.mjs";

const cache = mkdtempSync(path.join(tmpdir(), "run-bundled-cache-"));
const node = (...args: string[]) => spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, RUN_BUNDLED_CACHE: cache } });

describe("run-bundled (the content checker's launcher)", () => {
  it("builds a script once, reuses the bundle, and builds again when a file it imports changes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "run-bundled-"));
    const cacheDir = path.join(dir, "cache");
    writeFileSync(path.join(dir, "word.ts"), 'export const word: string = "one";\n');
    writeFileSync(path.join(dir, "main.ts"), 'import { word } from "./word";\nconsole.log(word);\n');
    const entry = path.join(dir, "main.ts");

    const first = await bundle(entry, { cacheDir });
    expect(first.built).toBe(true);
    expect(node(first.file).stdout).toBe("one\n");

    const second = await bundle(entry, { cacheDir });
    expect(second).toEqual({ file: first.file, built: false });

    // Same size, new content: the modification time alone must trigger the rebuild.
    writeFileSync(path.join(dir, "word.ts"), 'export const word: string = "two";\n');
    const third = await bundle(entry, { cacheDir });
    expect(third.built).toBe(true);
    expect(node(third.file).stdout).toBe("two\n");
  });

  it("builds again next time when a file was modified while the build ran", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "run-bundled-"));
    const cacheDir = path.join(dir, "cache");
    const entry = path.join(dir, "main.ts");
    writeFileSync(entry, 'console.log("hello");\n');
    // A modification time at or after the build's start is what a save during the build leaves.
    const later = new Date(Date.now() + 60_000);
    utimesSync(entry, later, later);
    expect((await bundle(entry, { cacheDir })).built).toBe(true);
    expect((await bundle(entry, { cacheDir })).built).toBe(true);
  });

  it("runs the script with the argv it would have under tsx", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "run-bundled-"));
    const entry = path.join(dir, "argv.ts");
    writeFileSync(entry, "console.log(JSON.stringify(process.argv.slice(1)));\n");
    const result = node("scripts/run-bundled.mjs", entry, "--json", "x");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([entry, "--json", "x"]);
  });

  it("reports a script that does not build, and exits 1", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "run-bundled-"));
    const entry = path.join(dir, "broken.ts");
    writeFileSync(entry, 'import { nothing } from "./missing";\nconsole.log(nothing);\n');
    const result = node("scripts/run-bundled.mjs", entry);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Could not resolve "\.\/missing"/);
    expect(result.stderr).toMatch(/run-bundled: could not build/);
  });
});
