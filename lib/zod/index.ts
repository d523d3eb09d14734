import "server-only";
import { z } from "zod";

/**
 * zod for the build side: the content schemas, run in Node by the checker and the build. There zod may compile its
 * object parsers with `new Function` (its default), which the pages' Content-Security-Policy would refuse (no
 * 'unsafe-eval'); so this module is server-only, and the browser uses `@/lib/zod/mini`, configured `jitless`.
 */
z.config({ jitless: false });

export { z };
