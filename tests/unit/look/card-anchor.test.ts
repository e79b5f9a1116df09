import { describe, expect, it } from 'vitest';
import { markAnchor } from '../../../content/card-anchor';
import type { MarkSource } from '../../../content/cards';

const box = (x: number, y: number, width = 40, height = 16) =>
  ({ x, y, left: x, top: y, width, height, right: x + width, bottom: y + height }) as DOMRect;

function sourceWith(range: Range | null, rect: () => DOMRect | null): MarkSource {
  return {
    idAtPoint: () => null,
    rectOf: rect,
    rangeOf: () => range,
    setActive: () => {},
    cardFor: () => null,
  };
}

describe('a mark as the card anchor', () => {
  it('reads the mark’s box afresh each time, so the card follows it', () => {
    document.body.innerHTML = '<div id="box"><p>The PBoC met Ant Group.</p></div>';
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 8);
    let y = 100;
    range.getBoundingClientRect = () => box(10, y);
    const anchor = markAnchor(
      sourceWith(range, () => null),
      'm1',
      box(10, 100),
    );
    expect(anchor.getBoundingClientRect().top).toBe(100);
    y = 40;
    expect(anchor.getBoundingClientRect().top).toBe(40);
    // Its element is where Floating UI finds the scrolling containers the card must follow.
    expect(anchor.contextElement).toBe(document.querySelector('p'));
  });

  it('keeps the last real box when the mark’s text has left the page', () => {
    document.body.innerHTML = '<p>Ant Group</p>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    let gone = false;
    range.getBoundingClientRect = () => (gone ? box(0, 0, 0, 0) : box(30, 200));
    const anchor = markAnchor(
      sourceWith(range, () => null),
      'm1',
      box(30, 200),
    );
    expect(anchor.getBoundingClientRect().top).toBe(200);
    gone = true;
    expect(anchor.getBoundingClientRect()).toMatchObject({ left: 30, top: 200 });
  });

  it('falls back on the source’s box for a source without ranges', () => {
    let rect: DOMRect | null = box(5, 60);
    const anchor = markAnchor(
      sourceWith(null, () => rect),
      'm1',
      box(5, 50),
    );
    expect(anchor.getBoundingClientRect().top).toBe(60);
    rect = null;
    expect(anchor.getBoundingClientRect().top).toBe(60);
    expect(anchor.contextElement).toBeUndefined();
  });
});
