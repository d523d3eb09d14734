import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The static server compresses text as a real host does: what Lighthouse and the browser tests measure depends on it. */
const PORT = 3390 + Math.floor(Math.random() * 50);
let dir: string;
let server: ChildProcess;

const html = `<!DOCTYPE html><html><body>${"<p>Supervised fine-tuning needs labelled pairs.</p>".repeat(200)}</body></html>`;
const js = `console.log(${JSON.stringify("x".repeat(5000))});`;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

function get(urlPath: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: PORT, path: urlPath, headers: acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "serve-test-"));
  writeFileSync(path.join(dir, "index.html"), html);
  writeFileSync(path.join(dir, "404.html"), "<p>not found</p>");
  writeFileSync(path.join(dir, "app.js"), js);
  writeFileSync(path.join(dir, "icon.png"), png);
  server = spawn(process.execPath, ["scripts/serve.mjs", "--dir", dir, "--port", String(PORT)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (chunk) => (String(chunk).includes("http://") ? resolve() : undefined));
    server.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("scripts/serve.mjs", () => {
  it("sends Brotli to a browser that accepts it, and the body decodes to the file", async () => {
    const res = await get("/", "gzip, deflate, br, zstd");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(html.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(html);
  });

  it("falls back to gzip, honours q=0, and sends the file as it is to a client that asks for nothing", async () => {
    const gz = await get("/app.js", "br;q=0, gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(js);

    const plain = await get("/app.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(js);

    const refused = await get("/app.js", "br;q=0.0, gzip;q=0");
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toBe(js);
  });

  it("does not compress images, and compresses the 404 page with its status kept", async () => {
    const image = await get("/icon.png", "gzip, br");
    expect(image.headers["content-encoding"]).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);

    const missing = await get("/nope", "gzip");
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toBe("<p>not found</p>");
  });

  it("serves a changed file fresh, not from its compressed cache", async () => {
    const first = await get("/app.js", "br");
    expect(brotliDecompressSync(first.body).toString()).toBe(js);
    const changed = `${js}\nconsole.log("changed, and longer");`;
    writeFileSync(path.join(dir, "app.js"), changed);
    const second = await get("/app.js", "br");
    expect(brotliDecompressSync(second.body).toString()).toBe(changed);
  });

  it("applies _headers, and picks up a rewritten _headers (a rebuild gives pages new CSP hashes)", async () => {
    const before = await get("/");
    expect(before.headers["content-security-policy"]).toBeUndefined();
    writeFileSync(path.join(dir, "_headers"), "/\n  Content-Security-Policy: script-src 'self' 'sha256-first'\n");
    expect((await get("/")).headers["content-security-policy"]).toBe("script-src 'self' 'sha256-first'");
    // A rebuild rewrites the file (here with a different length, so the change shows even if the time does not).
    writeFileSync(path.join(dir, "_headers"), "/\n  Content-Security-Policy: script-src 'self' 'sha256-second'\n");
    expect((await get("/")).headers["content-security-policy"]).toBe("script-src 'self' 'sha256-second'");
    expect((await get("/app.js")).headers["content-security-policy"]).toBeUndefined();
  });
});
