/**
 * Runs a TypeScript command-line script from one esbuild bundle, cached in node_modules/.cache/run-bundled/ and
 * rebuilt only when a file that went into it has changed (size or modification time), or Node, esbuild or the
 * TypeScript and package settings have.
 *   node scripts/run-bundled.mjs scripts/content-check.ts [args…]
 * RUN_BUNDLED_CACHE sets another cache folder (the tests use one of their own).
 *
 * Why: through tsx, every run resolves and transforms a few hundred modules behind loader hooks on another thread,
 * about 1.1 s before the script's own work starts; the bundle starts in about 0.3 s. The script sees the same
 * argv as under tsx (argv[1] is the .ts file) and the same `react-server` export condition the npm scripts pass.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_CACHE = process.env.RUN_BUNDLED_CACHE || path.join(ROOT, "node_modules", ".cache", "run-bundled");
/** Settings that change how every file is read, watched like the bundle's own inputs. */
const SETTINGS = ["package.json", "tsconfig.json"];

function esbuildVersion() {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve("esbuild/package.json"), "utf8")).version;
}

/**
 * Size and modification time of each file (relative to the repository), or null for one that is gone, or that was
 * modified at or after `before` (the build may have read it before the change), so the next run builds again.
 */
function stamps(files, before = Infinity) {
  return Object.fromEntries(
    files.map((file) => {
      try {
        const s = statSync(path.resolve(ROOT, file));
        return [file, s.mtimeMs < before ? [s.size, s.mtimeMs] : null];
      } catch {
        return [file, null];
      }
    }),
  );
}

function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * The bundle of `entry` (a path from the repository root), built if missing or stale.
 * @returns {{ file: string, built: boolean }} the bundle's path, and whether this call built it.
 */
export async function bundle(entry, { cacheDir = DEFAULT_CACHE } = {}) {
  const source = path.resolve(ROOT, entry);
  const key = createHash("sha256").update(JSON.stringify([source, process.version, esbuildVersion()])).digest("hex").slice(0, 16);
  const file = path.join(cacheDir, `${path.basename(entry).replace(/\.[cm]?tsx?$/, "")}-${key}.mjs`);
  const manifestFile = `${file}.json`;

  const manifest = readManifest(manifestFile);
  if (manifest && JSON.stringify(stamps(Object.keys(manifest.inputs))) === JSON.stringify(manifest.inputs)) {
    try {
      statSync(file);
      return { file, built: false };
    } catch {
      // The bundle went missing: build it again.
    }
  }

  const { build } = await import("esbuild");
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const started = Date.now();
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: [source],
      outfile: temporary,
      bundle: true,
      platform: "node",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      conditions: ["react-server"],
      metafile: true,
      logLevel: "error",
      // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
      banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
    });
    // A file saved while the build ran is stamped stale, so the next run builds again rather than keep old code.
    const inputs = stamps([...SETTINGS, ...Object.keys(result.metafile.inputs)], started);
    renameSync(temporary, file);
    // Written last and whole: a run that finds the manifest also finds its bundle.
    writeFileSync(`${manifestFile}.${process.pid}.tmp`, JSON.stringify({ entry, inputs }));
    renameSync(`${manifestFile}.${process.pid}.tmp`, manifestFile);
  } finally {
    rmSync(temporary, { force: true });
  }
  return { file, built: true };
}

async function main() {
  const [entry] = process.argv.slice(2);
  if (!entry) {
    process.stderr.write("usage: node scripts/run-bundled.mjs SCRIPT.ts [args…]\n");
    process.exitCode = 2;
    return;
  }
  let bundled;
  try {
    bundled = await bundle(entry);
  } catch (error) {
    // esbuild has printed the errors with their locations.
    process.stderr.write(`run-bundled: could not build ${entry}${error?.errors?.length ? "" : `: ${error?.message ?? error}`}\n`);
    process.exitCode = 1;
    return;
  }
  process.argv.splice(1, 2, path.resolve(ROOT, entry));
  await import(pathToFileURL(bundled.file).href);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
