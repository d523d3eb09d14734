#!/usr/bin/env node
/**
 * A small static server for the exported site in out/: clean URLs (/concepts/x → x.html), directory indexes,
 * the exported 404 page, and the headers in out/_headers (the same file Netlify-style hosts read: security
 * headers and each page's Content-Security-Policy). Text is sent compressed (Brotli, else gzip) as any real host
 * does, so what Lighthouse and the browser tests download is what a user downloads; each file is compressed once and
 * kept, and every text file is compressed with Brotli before the server starts listening, so no measured page load
 * shares the machine with the compressor. No dependencies, so `npm start` works anywhere.
 * Usage: node scripts/serve.mjs [--dir out] [--port 3000]   (PORT and HOST are honoured too)
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = path.resolve(arg("dir", "out"));
const port = Number(arg("port", process.env.PORT ?? 3000));
const host = process.env.HOST ?? "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

if (!existsSync(path.join(root, "index.html"))) {
  console.error(`serve: ${root}/index.html not found — run \`npm run build\` first`);
  process.exit(1);
}

/** Parses a _headers file: blocks of a path pattern ("/exam", "/_next/static/*") and indented "Name: value" lines. */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const i = line.indexOf(":");
      if (i > 0) rules.at(-1).headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
/**
 * The _headers rules, read again whenever the file changes: a rebuild while the server runs gives every page new
 * inline-script hashes, and a stale Content-Security-Policy header would block them.
 */
const headersFile = path.join(root, "_headers");
let headerRules = { mtimeMs: -1, size: -1, rules: [] };
function currentHeaderRules() {
  let stat = { mtimeMs: 0, size: 0 };
  try {
    stat = statSync(headersFile);
  } catch {
    // No _headers file: no extra headers.
  }
  // Size as well as time: a file system with coarse timestamps can keep the time across a quick rewrite.
  if (stat.mtimeMs !== headerRules.mtimeMs || stat.size !== headerRules.size) headerRules = { mtimeMs: stat.mtimeMs, size: stat.size, rules: readHeaderRules(headersFile) };
  return headerRules.rules;
}
const headersFor = (urlPath) => {
  const clean = urlPath.length > 1 ? urlPath.replace(/\/$/, "") : urlPath;
  const out = {};
  for (const r of currentHeaderRules()) {
    const match = r.pattern.endsWith("/*") ? clean.startsWith(r.pattern.slice(0, -1)) || clean === r.pattern.slice(0, -2) : clean === r.pattern;
    if (match) Object.assign(out, r.headers);
  }
  return out;
};

const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".webmanifest", ".txt", ".xml", ".svg"]);
const compressed = new Map();

/** The file compressed with the best encoding the client accepts, or undefined to send it as it is. */
function encodedBody(file, acceptEncoding = "") {
  if (!COMPRESSIBLE.has(path.extname(file))) return undefined;
  const accepted = new Set(
    acceptEncoding
      .split(",")
      .map((part) => part.split(";").map((s) => s.trim().toLowerCase()))
      .filter(([, ...params]) => !params.some((p) => /^q=0(\.0*)?$/.test(p)))
      .map(([name]) => name),
  );
  const encoding = accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : undefined;
  if (!encoding) return undefined;
  const { mtimeMs, size } = statSync(file);
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit;
  const raw = readFileSync(file);
  const body =
    encoding === "br"
      ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : gzipSync(raw, { level: 9 });
  const entry = { encoding, body, mtimeMs, size };
  compressed.set(key, entry);
  return entry;
}

const isFile = (p) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** Maps a URL path to a file inside root, or undefined. Never escapes root. */
function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const base = path.join(root, path.normalize(decoded).replace(/^([/\\])+/, ""));
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  const trimmed = base.replace(/[/\\]+$/, "");
  return [base, `${trimmed}.html`, path.join(base, "index.html")].find(isFile);
}

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname.length > 1 && url.pathname.endsWith(".html") && !url.pathname.startsWith("/_next/")) {
    const clean = url.pathname.replace(/(\/index)?\.html$/, "") || "/";
    res.writeHead(308, { Location: clean + url.search }).end();
    return;
  }
  const file = resolve(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, "404.html");
  const headers = {
    "Content-Type": TYPES[path.extname(body)] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
    ...headersFor(file ? url.pathname : "/404"),
  };
  const encoded = encodedBody(body, req.headers["accept-encoding"]);
  if (COMPRESSIBLE.has(path.extname(body))) headers.Vary = "Accept-Encoding";
  if (encoded) Object.assign(headers, { "Content-Encoding": encoded.encoding, "Content-Length": encoded.body.length });
  res.writeHead(status, headers);
  if (req.method === "HEAD") res.end();
  else if (encoded) res.end(encoded.body);
  else createReadStream(body).pipe(res);
});

/** Fills the Brotli cache for every text file under root (about a second for the whole export). */
function precompress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) precompress(p);
    else if (COMPRESSIBLE.has(path.extname(entry.name))) encodedBody(p, "br");
  }
}
precompress(root);

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://${host === "127.0.0.1" ? "localhost" : host}:${port}`);
});
