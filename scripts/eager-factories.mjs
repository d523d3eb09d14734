#!/usr/bin/env node
/**
 * Post-build: puts each Turbopack module factory in the exported chunks in parentheses, so V8 compiles it while the
 * script streams in, on a background thread, instead of on the main thread the first time the factory runs.
 *
 * A chunk registers its modules as `TURBOPACK.push([script, id, (e,t,r)=>{…}, id, (e,t,r)=>{…}, …])`. V8 compiles a
 * function lazily unless it is wrapped in parentheses (its "PIFE" heuristic for functions about to be called), so
 * each factory is only pre-parsed when the chunk arrives and parsed again, in full, when the runtime instantiates the
 * module during start-up. Here that second parse took 43–60 ms of the main thread's start-up task on the concept page
 * (CPU profiles of five loads each put it under the runtime's instantiateModule). Only the factories are wrapped, not the functions
 * inside them: the V8 magic comment that compiles every function in a file (`//# allFunctionsCalledOnLoad`) moved
 * more work to the background threads than a 2-core machine had to spare and did not raise the score.
 *
 * Wrapping a function expression in parentheses does not change what the program does. The chunks keep their
 * names; nothing refers to their contents by hash (no subresource integrity; the CSP allows scripts from 'self').
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "acorn";
import { rewriteFiles } from "./rewrite-files.mjs";

/**
 * The chunk's source with every module factory parenthesized, and how many it wrapped. A factory is a function
 * expression that follows a numeric module id in the array passed to a `.push(…)` call; one already in parentheses
 * is left alone, so running this twice changes nothing.
 */
export function wrapFactories(source) {
  const ast = parse(source, { ecmaVersion: "latest", sourceType: "script", preserveParens: true });
  const spans = [];
  const visit = (node) => {
    if (node.type === "CallExpression" && node.callee.type === "MemberExpression" && node.callee.property.name === "push" && node.arguments[0]?.type === "ArrayExpression") {
      const elements = node.arguments[0].elements;
      for (let i = 1; i < elements.length; i++) {
        const el = elements[i];
        const prev = elements[i - 1];
        if ((el?.type === "ArrowFunctionExpression" || el?.type === "FunctionExpression") && prev?.type === "Literal" && typeof prev.value === "number") spans.push(el);
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) if (child && typeof child.type === "string") visit(child);
      if (value && typeof value.type === "string") visit(value);
    }
  };
  visit(ast);
  let code = "";
  let at = 0;
  for (const { start, end } of spans.sort((a, b) => a.start - b.start)) {
    code += `${source.slice(at, start)}(${source.slice(start, end)})`;
    at = end;
  }
  return { code: code + source.slice(at), wrapped: spans.length };
}

function main() {
  const chunksDir = path.resolve(process.argv[2] ?? "out", "_next", "static", "chunks");
  const { files, edits } = rewriteFiles("eager-factories", chunksDir, ".js", (source) => {
    const { code, wrapped } = wrapFactories(source);
    return { text: code, changed: wrapped };
  });
  console.log(`eager-factories: ${edits} module factories wrapped in ${files} chunks`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
