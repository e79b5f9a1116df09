/**
 * The words for how a source attributed its report, in one place for the grade's reasons, the
 * card's source lines and the claim editor's choices. Pure, so components may import it.
 */
import type { AttributionKind } from '../kb/schema';

/** What a source's attribution means, as it reads after "citing". */
export const attributionWords: Record<AttributionKind, string> = {
  'official-document': 'an official document',
  'named-official': 'a named official',
  'company-statement': 'a company statement',
  // "Unnamed sources" rather than "people familiar with the matter": the kind also covers
  // anonymous officials and advisers, and the reason must not misquote the outlet.
  anonymous: 'unnamed sources',
  'citing-outlet': 'another outlet',
};

/** The same words as a choice in a form ("Citing a named official"). */
export function attributionChoice(kind: AttributionKind): string {
  return `Citing ${attributionWords[kind]}`;
}
