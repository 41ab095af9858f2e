import { z } from "zod";

/**
 * The one `z` every schema module imports, so this runs before any schema is built.
 *
 * zod 4 compiles object parsers with `new Function` and probes once, when the first object
 * schema is created, whether that is allowed. Our pages' CSP forbids eval, so in the browser the
 * probe throws (zod then falls back, harmlessly) but Chromium still reports a CSP violation.
 * `jitless` skips the probe and the compiler. Only in the browser: the server has no CSP and
 * keeps the faster compiled parsers.
 */
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
