/**
 * Long texts are analysed piece by piece, with the worker's thread given back between pieces, so
 * no single task of an analysis runs long (a megabyte of text is about forty pieces). Pieces end
 * at the page's block breaks (U+2029), or at line breaks in text without them, so no sentence is
 * cut in two.
 */
import { schedulerYield } from '../scheduler-yield';

/** Gives the thread back, then stops (throws the reason) if the page that asked is gone. */
export async function nextPiece(signal?: AbortSignal): Promise<void> {
  await nextTask();
  signal?.throwIfAborted();
}

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

/**
 * Gives the thread back before the next piece. Not with a zero-delay timer: timers set from a
 * timer's own task are held back at least 4 ms from the fifth in a row on, which, over the forty
 * pieces of a megabyte and two analysers, was hundreds of ms of waiting for nothing.
 * `scheduler.yield()` where the worker has it, else a message to itself, which is never held back.
 */
export function nextTask(): Promise<void> {
  const yielded = schedulerYield();
  if (yielded) return yielded;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
