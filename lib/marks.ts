/**
 * How each layer's marks look on a page, and what the attribution marks mean in words: one
 * place for the page's highlights (content/layers/) and the legend that explains them
 * (components/AttributionLegend.tsx). Colours are the Okabe-Ito palette, which stays apart
 * for the common colour-vision deficiencies; each attribution kind also has its own line style,
 * so no mark depends on colour alone.
 */
import type { AttributionKind } from './match/attribution';

export const nameMarkStyles = {
  base: 'background-color: rgba(255, 214, 102, 0.45); text-decoration: underline dotted rgba(146, 94, 0, 0.9);',
  active: 'background-color: rgba(255, 179, 0, 0.6);',
};

/** Claim sentences: a wash under the whole sentence, beneath the names' marks. */
export const claimMarkStyles = {
  base: 'background-color: rgba(86, 180, 233, 0.16); text-decoration: underline solid rgba(0, 114, 178, 0.75); text-decoration-thickness: 2px;',
  active: 'background-color: rgba(86, 180, 233, 0.32);',
};

/** Saved snippets: the reader's own passages, in bluish green. */
export const snippetMarkStyles = {
  base: 'background-color: rgba(0, 158, 115, 0.18); text-decoration: underline solid rgba(0, 120, 87, 0.8); text-decoration-thickness: 1px;',
  active: 'background-color: rgba(0, 158, 115, 0.34);',
};

export interface AttributionMark {
  /** The messages (locales/) of a few words for the legend, and of what the mark means. */
  label: string;
  meaning: string;
  /** The underline's colour (Okabe-Ito) and style. */
  color: string;
  line: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
}

export const attributionMarks = {
  anonymous: {
    label: 'legend.anonymous',
    meaning: 'legend.anonymousMeaning',
    color: '#E69F00',
    line: 'wavy',
  },
  'named-official': {
    label: 'legend.namedOfficial',
    meaning: 'legend.namedOfficialMeaning',
    color: '#009E73',
    line: 'solid',
  },
  'official-document': {
    label: 'legend.officialDocument',
    meaning: 'legend.officialDocumentMeaning',
    color: '#0072B2',
    line: 'double',
  },
  'company-statement': {
    label: 'legend.companyStatement',
    meaning: 'legend.companyStatementMeaning',
    color: '#CC79A7',
    line: 'dashed',
  },
  'no-comment': {
    label: 'legend.noComment',
    meaning: 'legend.noCommentMeaning',
    color: '#7F7F7F',
    line: 'dotted',
  },
  'other-outlet': {
    label: 'legend.otherOutlet',
    meaning: 'legend.otherOutletMeaning',
    color: '#56B4E9',
    line: 'double',
  },
  vague: {
    label: 'legend.vague',
    meaning: 'legend.vagueMeaning',
    color: '#D55E00',
    line: 'dashed',
  },
} as const satisfies Record<AttributionKind, AttributionMark>;

/** The highlight declarations of one attribution kind. */
export function attributionMarkStyle(mark: AttributionMark): string {
  return `text-decoration: underline ${mark.line} ${mark.color}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
}
