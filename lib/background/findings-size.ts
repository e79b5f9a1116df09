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

export function fitFindings(findings: Findings, maxChars = MAX_FINDINGS_CHARS): Findings {
  let size = JSON.stringify(findings).length;
  if (size <= maxChars) return findings;
  const longest = Math.max(...TRIMMED.map((key) => findings[key].length));
  let count = Math.floor((longest * maxChars * 0.9) / size);
  for (;;) {
    const fitted: Findings = {
      ...findings,
      mentions: keepFirst(findings.mentions, count),
      claims: keepFirst(findings.claims, count),
      attributions: keepFirst(findings.attributions, count),
    };
    size = JSON.stringify(fitted).length;
    if (size <= maxChars || count === 0) return fitted;
    count = Math.floor(count / 2);
  }
}
