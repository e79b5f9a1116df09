/**
 * The side panel's outline of a page: every mark the read-out lists, grouped (by actor, by claim,
 * the snippets, the attributions by kind), each group in the order its first mark appears and each
 * entry in reading order. Pure: findings in, entries out.
 */
import type { Findings } from '@/lib/messaging';
import type { LayerId } from '@/lib/background/analyzers';
import { attributionMarks } from '@/lib/marks';
import { t } from '@/lib/i18n';

export interface OutlineEntry {
  /** Unique within the outline: the layer and the span. */
  key: string;
  layer: LayerId;
  start: number;
  end: number;
  /** Whose entry it is: the actor's name, "sr01"'s statement... shown in bold when it changes. */
  owner: string;
  /** The entry's own words: the text on the page, shortened. */
  text: string;
  /** The entry's place among its owner's: 1-based, with how many there are. */
  nth: number;
  of: number;
}

export interface OutlineGroup {
  id: 'actors' | 'claims' | 'snippets' | 'attributions';
  entries: OutlineEntry[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Entries by owner, owners in the order they first appear, each owner's entries in reading order. */
function byOwner<T extends { start: number; end: number }>(
  layer: LayerId,
  items: readonly T[],
  ownerOf: (item: T) => string,
  textOf: (item: T) => string,
): OutlineEntry[] {
  const owners = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const owner = ownerOf(item);
    const list = owners.get(owner);
    if (list) list.push(item);
    else owners.set(owner, [item]);
  }
  return [...owners].flatMap(([owner, list]) =>
    list.map((item, index) => ({
      key: `${layer}:${item.start}:${item.end}:${index}`,
      layer,
      start: item.start,
      end: item.end,
      owner,
      text: oneLine(textOf(item)),
      nth: index + 1,
      of: list.length,
    })),
  );
}

export function outlineOf(findings: Findings): OutlineGroup[] {
  const snippets = findings.snippets.flatMap((snippet) =>
    snippet.state === 'anchored' && snippet.start !== undefined && snippet.end !== undefined
      ? [{ start: snippet.start, end: snippet.end, text: snippet.text, id: snippet.snippetId }]
      : [],
  );
  const groups: OutlineGroup[] = [
    {
      id: 'actors',
      entries: byOwner(
        'names',
        findings.mentions,
        (m) => m.name,
        (m) => m.text,
      ),
    },
    {
      id: 'claims',
      entries: byOwner(
        'claims',
        findings.claims,
        (c) => c.claimId,
        (c) => c.text,
      ),
    },
    {
      id: 'snippets',
      entries: byOwner(
        'snippets',
        snippets,
        (s) => s.id,
        (s) => s.text,
      ),
    },
    {
      id: 'attributions',
      entries: byOwner(
        'attributions',
        findings.attributions,
        (a) => t(attributionMarks[a.kind].label),
        (a) => a.text,
      ),
    },
  ];
  return groups.filter((group) => group.entries.length > 0);
}
