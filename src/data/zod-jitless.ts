import { z } from 'zod';

/**
 * zod 4 compiles object parsers with `new Function` and probes for it at schema creation;
 * under the page's policy (script-src 'self', no 'unsafe-eval') the probe alone is reported
 * as a CSP violation. The interpreter is fast enough for our files. Imported first by
 * src/main.tsx, before any schema is created.
 */
z.config({ jitless: true });
