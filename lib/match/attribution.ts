/** How a sentence attributes what it says (see assets/datasets/attribution-cues.json). */
export type AttributionKind =
  | 'anonymous'
  | 'named-official'
  | 'official-document'
  | 'company-statement'
  | 'no-comment'
  | 'other-outlet'
  | 'vague';
