import { z } from "zod";

/**
 * zod, configured once for the whole app. `jitless` stops zod compiling parsers with `new Function`, which the
 * Content-Security-Policy forbids (no 'unsafe-eval'); validation is the same, only slightly slower.
 */
z.config({ jitless: true });

export { z };
