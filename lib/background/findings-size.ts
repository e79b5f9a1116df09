/**
 * A tab's read-out sized for storage.session, which holds 10 MB for every tab together: on a
 * very long article (5 MB of text names its actors some hundred thousand times) the full list
 * would not fit, the write would fail and the tab would show nothing. Past the limit the long
 * lists keep their first entries and the first entry of everything they name, so every actor,
 * claim and kind found is still listed, in order.
 */
import type { Findings } from '../messaging';

export const MAX_FINDINGS_CHARS = 1_000_000;

const TRIMMED = ['mentions', 'claims', 'attributions'] as const;

function identity(item: object): string {
  const named = item as { actorId?: string; claimId?: string; kind?: string };
  return named.actorId ?? named.claimId ?? named.kind ?? '';
}

function keepFirst<T extends object>(items: readonly T[], count: number): T[] {
  const seen = new Set<string>();
  return items.filter((item, index) => {
    const id = identity(item);
    const first = !seen.has(id);
    seen.add(id);
    return index < count || first;
  });
}

/**
 * The read-out as the JSON text storage.session keeps, at most `maxChars` long. The text it was
 * measured by is the one stored: a single string costs the background next to nothing to hand to
 * storage, where the same read-out as objects (some ten thousand mentions on a 1 MB article) is
 * converted value by value, holding the background's thread while a card waits for its answer.
 */
export function storedFindings(findings: Findings, maxChars = MAX_FINDINGS_CHARS): string {
  let text = JSON.stringify(findings);
  if (text.length <= maxChars) return text;
  const longest = Math.max(...TRIMMED.map((key) => findings[key].length));
  let count = Math.floor((longest * maxChars * 0.9) / text.length);
  for (;;) {
    const fitted: Findings = {
      ...findings,
      mentions: keepFirst(findings.mentions, count),
      claims: keepFirst(findings.claims, count),
      attributions: keepFirst(findings.attributions, count),
    };
    text = JSON.stringify(fitted);
    if (text.length <= maxChars || count === 0) return text;
    count = Math.floor(count / 2);
  }
}
