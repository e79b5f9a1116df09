/**
 * A passage the reader saved becomes a snippet: what the page captured (quote, position,
 * citation, note, tags), plus what the knowledge base knows about the quote at this moment: the
 * actors named in it, the claims it retells with their grades, and the site's outlet.
 */
import { addSnippet } from '../kb/snippet-store';
import type { Citation, PositionSelector, QuoteSelector, Snippet } from '../snippets/schema';
import type { Knowledge } from './knowledge';

export interface SnippetCapture {
  quote: QuoteSelector;
  position?: PositionSelector;
  citation: Citation;
  note?: string;
  tags?: string[];
  /** Claims the page marked in or around the passage. */
  claims?: string[];
}

/** An id no other snippet has: time-ordered, with enough randomness for every device. */
export function newSnippetId(now = Date.now()): string {
  const random = crypto.getRandomValues(new Uint8Array(9));
  const tail = Array.from(random, (byte) => byte.toString(36).padStart(2, '0')).join('');
  return `s${now.toString(36)}-${tail}`;
}

export async function saveSnippet(
  knowledge: Knowledge,
  capture: SnippetCapture,
  now = new Date(),
): Promise<Snippet> {
  const [matcher, claimMatcher, labels] = await Promise.all([
    knowledge.nameMatcher(),
    knowledge.claimMatcher(),
    knowledge.claimLabels(),
  ]);
  const text = capture.quote.exact;
  const mentions = matcher.match(text, { host: capture.citation.site });
  const claimIds = new Set((capture.claims ?? []).filter((id) => labels.has(id)));
  for (const hit of claimMatcher.match(text, mentions)) claimIds.add(hit.claimId);
  const grades: Snippet['grades'] = {};
  for (const id of claimIds) {
    const { level, reliability, credibility } = labels.get(id)!.grade;
    grades[id] = { level, reliability, credibility };
  }
  const outlet = matcher.outletForHost(capture.citation.site);
  const moment = now.toISOString();
  return addSnippet(knowledge.db, {
    id: newSnippetId(now.getTime()),
    quote: capture.quote,
    ...(capture.position ? { position: capture.position } : {}),
    citation: capture.citation,
    ...(outlet ? { outlet } : {}),
    savedAt: moment,
    updatedAt: moment,
    actors: [...new Set(mentions.map((mention) => mention.actorId))],
    claims: [...claimIds],
    grades,
    note: capture.note ?? '',
    tags: capture.tags ?? [],
  });
}
