import { z } from "zod";

/**
 * zod for the build side: the content schemas, run in Node by the checker, the build and the tests. There zod may
 * compile its object parsers with `new Function` (its default). The pages' Content-Security-Policy would refuse
 * that (no 'unsafe-eval'), so the browser gets `@/lib/zod/mini`, configured `jitless`; were this module ever to
 * reach a page, the end-to-end CSP test would report the violation.
 */
z.config({ jitless: false });

export { z };
