/**
 * Long texts are analysed piece by piece, with the worker's thread given back between pieces, so
 * no single task of an analysis runs long (a megabyte of text is about forty pieces). Pieces end
 * at the page's block breaks (U+2029), or at line breaks in text without them, so no sentence is
 * cut in two.
 */

/** Characters per piece: about 20 ms of claim matching on this project's machines. */
export const PIECE_LENGTH = 25_000;

export interface Piece {
  start: number;
  end: number;
}

/** `text` cut into pieces of about `length` characters, each ending at a block or line break. */
export function piecesOf(text: string, length = PIECE_LENGTH): Piece[] {
  const breaker = text.includes('\u2029') ? '\u2029' : '\n';
  const pieces: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + length);
    if (end < text.length) {
      const cut = text.indexOf(breaker, end);
      end = cut < 0 ? text.length : cut + 1;
    }
    pieces.push({ start, end });
    start = end;
  }
  return pieces;
}

/** Gives the thread back before the next piece. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
