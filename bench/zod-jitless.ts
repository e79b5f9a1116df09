/**
 * Imported first by bench/in-worker.ts, so it runs before any schema is built. The extension's
 * pages forbid eval, so zod validates there without compiling code; the benchmark evaluates its
 * bundle through DevTools, where zod's own probe for eval would wrongly say yes (and the code it
 * compiled would then fail under the worker's CSP). Saying it outright keeps zod on the same path
 * as in the shipped extension.
 */
import { z } from 'zod';

z.config({ jitless: true });
