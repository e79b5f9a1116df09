/**
 * The one place the project takes zod from. Extension pages, the service worker and content
 * scripts all forbid eval, so zod is told not to compile validators: otherwise its first parse
 * probes with `new Function`, which fails there anyway and costs a CSP violation report on every
 * page the annotator runs on.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
