import { config } from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * zod/mini for code that ships to the browser (progress document, exam sessions): the same validation core as the
 * build-time schemas in `@/lib/zod`, but tree-shakable, so a page carries only the checks it uses. Import it as
 * `import * as z from "@/lib/zod/mini"`; only the functions named below are available, listed one by one because
 * re-exporting zod's namespace object would make the bundler keep all of zod (every locale included).
 * `jitless` for the same reason as there: the Content-Security-Policy forbids `new Function`. zod/mini ships
 * without messages; the English ones are loaded so an import that fails says why.
 */
config({ jitless: true });
config(en());

export { array, boolean, discriminatedUnion, enum, int, iso, literal, maximum, maxLength, minimum, minLength, nullable, number, object, optional, record, string, union } from "zod/mini";
export type { infer } from "zod/mini";
