/**
 * A Vite plugin that takes the two ways of running strings as code out of the dependencies that
 * carry them, so the built extension holds no `Function` constructor and no dynamic `innerHTML`
 * (the extension CSP forbids eval anyway, and Firefox's add-on linter flags both).
 *
 * - zod compiles validators with `new Function` unless told `jitless` (lib/zod.ts does); the
 *   probe for it and the compiler stay in the bundle all the same.
 * - react-dom assigns `innerHTML` only for `dangerouslySetInnerHTML`, which RegLens never uses:
 *   with it gone such a prop throws instead of writing markup.
 *
 * Each rewrite must find its text: a dependency update that changes it fails the build rather
 * than quietly shipping the code again (scripts/check-bundle.ts checks the output as well).
 */
import type { Plugin } from 'vite';

interface Rewrite {
  /** The end of the module's path, with forward slashes. */
  module: string;
  find: RegExp;
  replace: string;
}

const rewrites: Rewrite[] = [
  {
    module: 'zod/v4/core/util.js',
    find: /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/,
    replace: 'return false;',
  },
  {
    module: 'zod/v4/core/doc.js',
    find: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    replace: 'compile() { throw new Error("zod code generation is not built in (jitless)"); }',
  },
  {
    module: 'react-dom/cjs/react-dom-client.production.js',
    find: /\(domElement\.innerHTML = key\)/g,
    replace: '(function () { throw Error("dangerouslySetInnerHTML is not supported"); })()',
  },
];

export function stripDynamicCode(): Plugin {
  return {
    name: 'reglens:strip-dynamic-code',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      let result = code;
      for (const rewrite of rewrites) {
        if (!file.endsWith(`/node_modules/${rewrite.module}`)) continue;
        if (!rewrite.find.test(result)) {
          this.error(`${rewrite.module} no longer has the code to rewrite (${rewrite.find})`);
        }
        rewrite.find.lastIndex = 0;
        result = result.replace(rewrite.find, rewrite.replace);
      }
      return result === code ? null : { code: result, map: null };
    },
  };
}
