import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { failingAudits, FLOOR_ALLOWANCE, measureAlongside, median, performanceGate, summarize, THRESHOLDS } from "../../scripts/lighthouse-lib.mjs";
import { deferScripts } from "../../scripts/defer-scripts.mjs";
import { wrapFactories } from "../../scripts/eager-factories.mjs";
import { checkPage, htmlPages, pageWeight } from "../../scripts/size-lib.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "cc-size-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("size budgets", () => {
  const budgets = { floor: { js: 1000, html: 100 }, jsOverFloor: { content: 200, interactive: 500 }, html: { content: 4000, interactive: 2000 }, interactive: ["exam.html"] };

  it("counts each script a page loads once, gzipped, and the page's HTML", () => {
    mkdirSync(path.join(dir, "_next"), { recursive: true });
    const a = "console.log('a');".repeat(50);
    const b = "let b = 1;".repeat(20);
    writeFileSync(path.join(dir, "_next", "a.js"), a);
    writeFileSync(path.join(dir, "_next", "b.js"), b);
    const html = `<html><script src="/_next/a.js"></script><script async src="/_next/b.js?v=1"></script><script src="/_next/a.js"></script><script>inline()</script></html>`;
    writeFileSync(path.join(dir, "page.html"), html);
    const w = pageWeight(dir, "page.html");
    expect(w.scripts).toBe(2);
    expect(w.js).toBe(gzipSync(a).length + gzipSync(b).length);
    expect(w.html).toBe(gzipSync(html).length);
    expect(htmlPages(dir)).toEqual(["page.html"]);
  });

  it("fails a page over its JavaScript or HTML budget, by kind", () => {
    expect(checkPage("exam.html", { js: 1500, html: 2000 }, budgets)).toMatchObject({ kind: "interactive", jsBudget: 1500, ok: true });
    expect(checkPage("exam.html", { js: 1501, html: 10 }, budgets).ok).toBe(false);
    expect(checkPage("exam.html", { js: 10, html: 2001 }, budgets).ok).toBe(false);
    expect(checkPage("concepts/x.html", { js: 1201, html: 10 }, budgets)).toMatchObject({ kind: "content", jsBudget: 1200, ok: false });
    expect(checkPage("concepts/x.html", { js: 1200, html: 4000 }, budgets).ok).toBe(true);
  });
});

describe("Lighthouse gate", () => {
  it("takes the median of each category and fails below the thresholds", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const pass = { performance: 0.97, accessibility: 1, "best-practices": 1, seo: 1 };
    const slow = { ...pass, performance: 0.8 };
    // One slow run out of three does not fail; two do.
    expect(summarize([pass, slow, pass]).failures).toEqual([]);
    expect(summarize([slow, slow, pass])).toMatchObject({ failures: ["performance"], scores: { performance: 80 } });
    expect(summarize([{ ...pass, accessibility: 0.98 }]).failures).toEqual(["accessibility"]);
    expect(THRESHOLDS.performance).toBe(95);
  });

  it("gates performance at the framework floor minus the allowance, never above the target of 95", () => {
    expect(FLOOR_ALLOWANCE).toBe(10);
    expect(performanceGate(100)).toBe(90);
    expect(performanceGate(98)).toBe(88);
    expect(performanceGate(91)).toBe(81);
    expect(performanceGate(100, 95, 3)).toBe(95);
    expect(performanceGate(5)).toBe(0);
  });

  it("measures the empty page just before each run of a page and judges the page by those runs", async () => {
    // A host whose speed sinks by 2 points a run; the empty page runs at the host's speed, the page 3 points below it.
    const order: string[] = [];
    let host = 100;
    const run = (who: string, below: number) => async () => {
      order.push(who);
      host -= 2;
      return { categories: { performance: { score: (host - below) / 100 } } };
    };
    const pageScores = (m: { results: { categories: { performance: { score: number } } }[] }) => m.results.map((r) => Math.round(r.categories.performance.score * 100));
    const verdict = (scores: number[], floor: number) => summarize(scores.map((p) => ({ performance: p / 100, accessibility: 1, "best-practices": 1, seo: 1 })), { ...THRESHOLDS, performance: performanceGate(floor) }).failures;

    const first = await measureAlongside(3, run("floor", 0), run("page", 3));
    expect(order).toEqual(["floor", "page", "floor", "page", "floor", "page"]);
    expect(first.floorRuns).toEqual([98, 94, 90]);
    expect(first.floor).toBe(94);
    expect(pageScores(first)).toEqual([93, 89, 85]);

    // Twenty minutes on, the host has slowed by 20 points. The same page, 3 points below the empty page, passes
    // against the empty page measured alongside it; against the empty page measured at the start it would fail.
    host -= 20;
    const later = await measureAlongside(3, run("floor", 0), run("page", 3));
    expect(later.floorRuns).toEqual([66, 62, 58]);
    expect(pageScores(later)).toEqual([61, 57, 53]);
    expect(verdict(pageScores(later), later.floor)).toEqual([]);
    expect(verdict(pageScores(later), first.floor)).toEqual(["performance"]);
    // A page that really is slower, 12 points below the empty page, still fails beside it.
    const slower = await measureAlongside(3, run("floor", 0), run("page", 12));
    expect(verdict(pageScores(slower), slower.floor)).toEqual(["performance"]);
  });

  it("stops when Lighthouse could not score the empty page, rather than lowering the gate", async () => {
    const unscored = async () => ({ categories: { performance: { score: null } } });
    const scored = async () => ({ categories: { performance: { score: 0.9 } } });
    await expect(measureAlongside(3, unscored, scored)).rejects.toThrow(/could not score the empty page/);
  });

  it("treats a category Lighthouse could not score as a failure", () => {
    expect(summarize([{ performance: null, accessibility: 1, "best-practices": 1, seo: 1 }]).failures).toEqual(["performance"]);
  });

  it("names the audits that cost points, worst first", () => {
    const lhr = {
      categories: { performance: { auditRefs: [{ id: "tbt", weight: 30 }, { id: "lcp", weight: 25 }, { id: "info", weight: 0 }, { id: "cls", weight: 25 }] } },
      audits: { tbt: { id: "tbt", score: 0.5, displayValue: "400 ms" }, lcp: { id: "lcp", score: 0.9 }, info: { id: "info", score: 0 }, cls: { id: "cls", score: 1 } },
    };
    expect(failingAudits(lhr, "performance")).toEqual(["tbt (50): 400 ms", "lcp (90)"]);
  });
});

describe("deferred framework scripts", () => {
  // Shaped like an exported page: bootstrap scripts in the head, a page chunk React renders itself (named in the
  // flight data), the noModule polyfills, and an inline script.
  const page = [
    '<head><script src="/_next/static/chunks/runtime.js" async=""></script>',
    '<script src="/_next/static/chunks/react-dom.js" async=""></script>',
    '<script src="/_next/static/chunks/page.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
    '<body><script>self.__next_f.push([1,"10:[\\"$\\",\\"script\\",\\"script-0\\",{\\"src\\":\\"/_next/static/chunks/page.js\\",\\"async\\":true}]"])</script></body>',
  ].join("");

  it("defers the framework's scripts and leaves the ones React renders async, and the polyfills alone", () => {
    const { html, changed } = deferScripts(page);
    expect(changed).toBe(2);
    expect(html).toContain('<script src="/_next/static/chunks/runtime.js" defer="">');
    expect(html).toContain('<script src="/_next/static/chunks/react-dom.js" defer="">');
    expect(html).toContain('<script src="/_next/static/chunks/page.js" async="">');
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule="">');
    expect(html.replace(/defer=""/g, 'async=""')).toBe(page);
  });

  it("changes nothing the second time", () => {
    const once = deferScripts(page).html;
    expect(deferScripts(once)).toEqual({ html: once, changed: 0 });
  });
});

describe("eagerly compiled module factories", () => {
  // Shaped like a Turbopack chunk: the current script, then module ids each followed by its factory (arrow or
  // function expression), with functions inside the factories, and a callback that is not a factory.
  const chunk = [
    '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,',
    '101,(e,t,r)=>{"use strict";r.double=function(n){return 2*n};r.label="a)b"},',
    '202,function(e,t,r){r.sum=(a,b)=>a+b;r.list=[1,2].map(x=>x)},',
    '"not-an-id",()=>"left alone"]);',
    "setTimeout(()=>{},0);",
  ].join("");

  /** Runs a chunk and calls each registered factory, so two chunks can be compared by what they do. */
  const exportsOf = (source: string) => {
    const registry: unknown[][] = [];
    runInNewContext(source, { globalThis: { TURBOPACK: registry }, document: undefined, setTimeout: () => 0 });
    const entries = registry[0] ?? [];
    const out: Record<string, unknown> = {};
    for (let i = 1; i < entries.length; i += 2) {
      if (typeof entries[i] !== "number") continue;
      const r: Record<string, unknown> = {};
      (entries[i + 1] as (e: unknown, t: unknown, r: unknown) => void)({}, {}, r);
      out[String(entries[i])] = { ...r, double: (r.double as ((n: number) => number) | undefined)?.(4), sum: (r.sum as ((a: number, b: number) => number) | undefined)?.(2, 3) };
    }
    return out;
  };

  it("wraps each factory that follows a module id, and nothing else", () => {
    const { code, wrapped } = wrapFactories(chunk);
    expect(wrapped).toBe(2);
    expect(code).toContain('101,((e,t,r)=>{"use strict";r.double=function(n){return 2*n};r.label="a)b"}),');
    expect(code).toContain("202,(function(e,t,r){r.sum=(a,b)=>a+b;r.list=[1,2].map(x=>x)}),");
    expect(code).toContain('"not-an-id",()=>"left alone"]);setTimeout(()=>{},0);');
    // Taking out the four parentheses gives back the chunk exactly.
    const unwrapped = code.replace("101,((e,t,r)", "101,(e,t,r)").replace('"a)b"}),', '"a)b"},').replace("202,(function", "202,function").replace("x=>x)}),", "x=>x)},");
    expect(unwrapped).toBe(chunk);
  });

  it("leaves what the chunk does unchanged", () => {
    expect(exportsOf(wrapFactories(chunk).code)).toEqual(exportsOf(chunk));
    expect(exportsOf(chunk)).toMatchObject({ "101": { double: 8, label: "a)b" }, "202": { sum: 5, list: [1, 2] } });
  });

  it("changes nothing the second time, or in a file without a push", () => {
    const once = wrapFactories(chunk).code;
    expect(wrapFactories(once)).toEqual({ code: once, wrapped: 0 });
    const runtime = "(()=>{let m=new Map;function I(e){return m.get(e)}globalThis.I=I})();";
    expect(wrapFactories(runtime)).toEqual({ code: runtime, wrapped: 0 });
  });
});
