import type { CSSProperties, ReactNode } from 'react';
import { inks, wash, type InkedLine } from '@/lib/marks';

export interface MarkSwatchProps {
  /** The mark's line and hue, as lib/marks.ts gives them to the page's highlights. */
  line: InkedLine;
  /** Whether the mark lays a wash under its text (names, claims, snippets) or is a bare line. */
  washed?: boolean;
  children?: ReactNode;
}

/**
 * A sample of a page mark, drawn with the same line and inks as the highlight: the light page's
 * ink, or the dark page's where the surface it sits on is dark (the `dark` variant).
 */
export function MarkSwatch({ line, washed = false, children = 'abc' }: MarkSwatchProps) {
  const style = {
    '--ink-light': inks[line.hue].light,
    '--ink-dark': inks[line.hue].dark,
    '--wash-light': washed ? wash(line.hue, 'light') : 'transparent',
    '--wash-dark': washed ? wash(line.hue, 'dark') : 'transparent',
    textDecorationLine: line.position === 'under' ? 'underline' : 'underline overline',
    textDecorationStyle: line.style,
    textDecorationThickness: `${line.thickness}px`,
    textUnderlineOffset: '3px',
  } as CSSProperties;
  return (
    <span
      aria-hidden="true"
      data-mark-swatch=""
      className="[background-color:var(--wash-light)] [text-decoration-color:var(--ink-light)] dark:[background-color:var(--wash-dark)] dark:[text-decoration-color:var(--ink-dark)]"
      style={style}
    >
      {children}
    </span>
  );
}
