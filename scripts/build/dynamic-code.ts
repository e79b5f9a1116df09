/**
 * Finds code in a built script that turns strings into code or markup: `eval`, the `Function`
 * constructor (called, or taken into a variable to be called later), string timers and
 * assignments of anything but a literal to `innerHTML`/`outerHTML`, `insertAdjacentHTML` and
 * `document.write`. Pure, so its rules are tested on small sources (tests/unit/build/).
 */
export interface DynamicCode {
  kind: string;
  /** Offset into the source. */
  at: number;
  /** The code around it, for the report. */
  excerpt: string;
}

const patterns: Array<{ kind: string; pattern: RegExp }> = [
  { kind: 'eval', pattern: /(?<![\w$.])eval\s*\(/g },
  { kind: 'Function constructor', pattern: /(?<![\w$])Function\s*\(/g },
  // `const F = Function; new F(...)` is how zod and others hide the call from plain searches.
  { kind: 'Function constructor taken', pattern: /(?:(?<![=!<>])=|[:,(])\s*Function\s*[,;)}\n]/g },
  { kind: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
  // A literal is fixed markup; anything else may carry a page's text into the document.
  {
    kind: 'dynamic HTML',
    pattern: /\.(?:inner|outer)HTML\s*\+?=(?!=)(?!\s*["'`][^"'`$]*["'`]\s*[,;)}])/g,
  },
  { kind: 'insertAdjacentHTML', pattern: /\.insertAdjacentHTML\s*\(/g },
  { kind: 'document.write', pattern: /\bdocument\.write(?:ln)?\s*\(/g },
];

export function findDynamicCode(source: string): DynamicCode[] {
  const found: DynamicCode[] = [];
  for (const { kind, pattern } of patterns) {
    for (const match of source.matchAll(pattern)) {
      const at = match.index;
      found.push({ kind, at, excerpt: source.slice(Math.max(0, at - 60), at + 60) });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
