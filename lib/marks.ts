/**
 * How every layer's marks look on a page, and what the attribution marks mean in words: one place
 * for the page's highlights (content/layers/), the legends that explain them
 * (components/AttributionLegend.tsx, the first-run page) and the card's swatches.
 *
 * - Colours are the Okabe-Ito palette, which stays apart for the common colour-vision
 *   deficiencies, in two inks per hue: a darker one for light pages and the palette's own (or a
 *   lighter) one for dark pages, each at least 3:1 against the page (WCAG's figure for marks that
 *   are not text). Washes under text are light enough that the page's text keeps 4.5:1.
 * - No mark depends on colour: each actor kind and each attribution kind has its own line (style,
 *   weight, under or under-and-over), and the layers differ in what they cover (a name's wash, a
 *   claim's sentence wash, a snippet's passage, a cue's bare underline).
 * - In forced-colours mode the marks take the system's colours (Mark, Highlight) and keep their
 *   lines, which forced colours leave alone.
 */
import type { ActorKind } from './kb/schema';
import type { AttributionKind } from './match/attribution';
import type { HighlighterOptions } from './page/highlighter';
import type { PageScheme } from './page/page-scheme';

export type { PageScheme };

/** The Okabe-Ito hues, each as the ink for a light page and for a dark page. */
export const inks = {
  vermillion: { light: '#C45600', dark: '#D55E00', rgb: '213, 94, 0' },
  blue: { light: '#0072B2', dark: '#2687BE', rgb: '0, 114, 178' },
  orange: { light: '#9F6E00', dark: '#E69F00', rgb: '230, 159, 0' },
  skyBlue: { light: '#3C7EA3', dark: '#56B4E9', rgb: '86, 180, 233' },
  reddishPurple: { light: '#A56287', dark: '#CC79A7', rgb: '204, 121, 167' },
  grey: { light: '#6B6B6B', dark: '#9A9A9A', rgb: '127, 127, 127' },
  bluishGreen: { light: '#008863', dark: '#009E73', rgb: '0, 158, 115' },
  yellow: { light: '#7F7923', dark: '#F0E442', rgb: '240, 228, 66' },
} as const;
export type Hue = keyof typeof inks;

/** The line under (or under and over) a mark: what tells marks apart without colour. */
export interface MarkLine {
  position: 'under' | 'under-over';
  style: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
  /** px */
  thickness: number;
}

export interface InkedLine extends MarkLine {
  hue: Hue;
}

/** How much of a hue a wash lays under text, per scheme. */
const washAlpha = { light: 0.16, dark: 0.2 } as const;

export function wash(hue: Hue, scheme: PageScheme, alpha: number = washAlpha[scheme]): string {
  return `rgba(${inks[hue].rgb}, ${alpha})`;
}

/** The declarations of a line in a scheme's ink. */
export function lineDeclarations(line: InkedLine, scheme: PageScheme): string {
  const lines = line.position === 'under' ? 'underline' : 'underline overline';
  return `text-decoration: ${lines} ${line.style} ${inks[line.hue][scheme]}; text-decoration-thickness: ${line.thickness}px; text-underline-offset: 3px;`;
}

/** Names: a wash in the kind's hue and the kind's own line. */
export const nameMarks: Record<ActorKind, InkedLine> = {
  regulator: { hue: 'vermillion', position: 'under', style: 'solid', thickness: 3 },
  institution: { hue: 'blue', position: 'under', style: 'double', thickness: 3 },
  company: { hue: 'orange', position: 'under', style: 'solid', thickness: 1 },
  product: { hue: 'skyBlue', position: 'under', style: 'dashed', thickness: 2 },
  person: { hue: 'reddishPurple', position: 'under', style: 'dotted', thickness: 3 },
  outlet: { hue: 'grey', position: 'under', style: 'wavy', thickness: 1 },
  law: { hue: 'bluishGreen', position: 'under-over', style: 'solid', thickness: 1 },
  event: { hue: 'yellow', position: 'under-over', style: 'dashed', thickness: 1 },
};

/**
 * Claim sentences: a blue wash under the whole sentence, beneath the names' marks, with a quiet
 * dotted line, so the lines of the names inside the sentence still read.
 */
export const claimMark: InkedLine = {
  hue: 'skyBlue',
  position: 'under',
  style: 'dotted',
  thickness: 1,
};
/** Saved snippets: the reader's own passages, a bluish-green wash with a thin double line. */
export const snippetMark: InkedLine = {
  hue: 'bluishGreen',
  position: 'under',
  style: 'double',
  thickness: 1,
};

/** Attribution cues: a bare line (no wash), one per kind. */
export const attributionLines: Record<AttributionKind, InkedLine> = {
  anonymous: { hue: 'orange', position: 'under', style: 'wavy', thickness: 2 },
  'named-official': { hue: 'bluishGreen', position: 'under', style: 'solid', thickness: 2 },
  'official-document': { hue: 'blue', position: 'under', style: 'double', thickness: 3 },
  'company-statement': { hue: 'reddishPurple', position: 'under', style: 'dashed', thickness: 2 },
  'no-comment': { hue: 'grey', position: 'under', style: 'dotted', thickness: 3 },
  'other-outlet': { hue: 'skyBlue', position: 'under', style: 'double', thickness: 1 },
  vague: { hue: 'vermillion', position: 'under', style: 'wavy', thickness: 1 },
};

export interface AttributionMark {
  /** The messages (locales/) of a few words for the legend, and of what the mark means. */
  label: string;
  meaning: string;
}

export const attributionMarks = {
  anonymous: {
    label: 'legend.anonymous',
    meaning: 'legend.anonymousMeaning',
  },
  'named-official': {
    label: 'legend.namedOfficial',
    meaning: 'legend.namedOfficialMeaning',
  },
  'official-document': {
    label: 'legend.officialDocument',
    meaning: 'legend.officialDocumentMeaning',
  },
  'company-statement': {
    label: 'legend.companyStatement',
    meaning: 'legend.companyStatementMeaning',
  },
  'no-comment': {
    label: 'legend.noComment',
    meaning: 'legend.noCommentMeaning',
  },
  'other-outlet': {
    label: 'legend.otherOutlet',
    meaning: 'legend.otherOutletMeaning',
  },
  vague: {
    label: 'legend.vague',
    meaning: 'legend.vagueMeaning',
  },
} as const satisfies Record<AttributionKind, AttributionMark>;

/** The mark layers, each with its own highlight name and place in the stack. */
export type MarkLayer = 'names' | 'claims' | 'attributions' | 'snippets';

type MarkHighlighter = Omit<HighlighterOptions, 'mode'>;

/** Forced colours: the system's mark and selection colours; the lines stay as they are. */
const FORCED = '(forced-colors: active)';
const forcedWash = 'background-color: Mark; color: MarkText;';
const forcedActive = 'background-color: Highlight; color: HighlightText;';
const forcedBare = 'background-color: transparent; text-decoration-color: CanvasText;';

function kindStyles<K extends string>(
  lines: Record<K, InkedLine>,
  scheme: PageScheme,
  withWash: boolean,
): Record<K, string> {
  return Object.fromEntries(
    (Object.entries(lines) as [K, InkedLine][]).map(([kind, line]) => [
      kind,
      `${withWash ? `background-color: ${wash(line.hue, scheme)}; ` : ''}${lineDeclarations(line, scheme)}`,
    ]),
  ) as Record<K, string>;
}

/** A neutral wash for the mark whose card is open, strong enough to stand out of any hue. */
const activeWash = { light: 'rgba(240, 228, 66, 0.6)', dark: 'rgba(255, 255, 255, 0.2)' } as const;

/** What each layer gives its highlighter on a page of `scheme`. */
export function markHighlighter(layer: MarkLayer, scheme: PageScheme): MarkHighlighter {
  switch (layer) {
    case 'names':
      return {
        name: 'reglens-actor',
        styles: `background-color: ${wash('orange', scheme)};`,
        kindStyles: kindStyles(nameMarks, scheme, true),
        activeStyles: `background-color: ${activeWash[scheme]};`,
        // Above claim sentences and attribution cues, which names often sit inside.
        priority: 4,
        media: { [FORCED]: { styles: forcedWash, activeStyles: forcedActive } },
      };
    case 'claims':
      return {
        name: 'reglens-claim',
        styles: `background-color: ${wash(claimMark.hue, scheme)}; ${lineDeclarations(claimMark, scheme)}`,
        activeStyles: `background-color: ${wash(claimMark.hue, scheme, scheme === 'light' ? 0.34 : 0.32)};`,
        // Beneath the attribution cues and the names inside the sentence.
        priority: 0,
        media: { [FORCED]: { styles: forcedBare, activeStyles: forcedActive } },
      };
    case 'attributions':
      return {
        name: 'reglens-attribution',
        styles: '',
        kindStyles: kindStyles(attributionLines, scheme, false),
        activeStyles: `background-color: ${scheme === 'light' ? 'rgba(0, 0, 0, 0.08)' : 'rgba(255, 255, 255, 0.14)'};`,
        // Between claim sentences (below) and names (above).
        priority: 2,
        media: { [FORCED]: { styles: forcedBare, activeStyles: forcedActive } },
      };
    case 'snippets':
      return {
        name: 'reglens-snippet',
        styles: `background-color: ${wash(snippetMark.hue, scheme)}; ${lineDeclarations(snippetMark, scheme)}`,
        activeStyles: `background-color: ${wash(snippetMark.hue, scheme, 0.34)};`,
        priority: 1,
        media: { [FORCED]: { styles: forcedWash, activeStyles: forcedActive } },
      };
  }
}
