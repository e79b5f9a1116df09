import { describe, expect, it } from 'vitest';
import { blockOfRange, selectionBlock } from '@/lib/page/selection-block';

/** The test environment's own document (its ranges follow the DOM standard). */
function page(): Document {
  document.body.innerHTML = `<nav><a href="/">Home</a></nav>
    <div id="story"><p id="one">Ant Group <b id="bold">was told</b> to share data.</p>
    <p id="two">The central bank said so.</p></div>`;
  return document;
}

function rangeOver(doc: Document, from: Node, fromOffset: number, to: Node, toOffset: number) {
  const range = doc.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  return range;
}

describe('the block a selection marks as the article', () => {
  it('takes the paragraph for a phrase inside it, even inside inline markup', () => {
    const doc = page();
    const bold = doc.getElementById('bold')!.firstChild!;
    expect(blockOfRange(rangeOver(doc, bold, 0, bold, 3), doc)?.id).toBe('one');
    const first = doc.getElementById('one')!.firstChild!;
    expect(blockOfRange(rangeOver(doc, first, 0, bold, 3), doc)?.id).toBe('one');
  });

  it('takes the common container of a passage across paragraphs', () => {
    const doc = page();
    const one = doc.getElementById('one')!.firstChild!;
    const two = doc.getElementById('two')!.firstChild!;
    expect(blockOfRange(rangeOver(doc, one, 2, two, 5), doc)?.id).toBe('story');
  });

  it('takes the body for a selection across the whole page, and nothing outside it', () => {
    const doc = page();
    const home = doc.querySelector('nav a')!.firstChild!;
    const two = doc.getElementById('two')!.firstChild!;
    expect(blockOfRange(rangeOver(doc, home, 0, two, 3), doc)).toBe(doc.body);
    const title = doc.createRange();
    title.selectNode(doc.head);
    expect(blockOfRange(title, doc)).toBeNull();
  });

  it("reads the document's selection, and nothing when it is collapsed or empty", () => {
    document.body.innerHTML = '<section id="s"><p id="p">A passage the reader chose.</p></section>';
    const text = document.getElementById('p')!.firstChild!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    expect(selectionBlock(document)).toBeNull();
    selection.setBaseAndExtent(text, 2, text, 2);
    expect(selectionBlock(document)).toBeNull();
    selection.setBaseAndExtent(text, 2, text, 9);
    expect(selectionBlock(document)?.id).toBe('p');
    selection.removeAllRanges();
  });
});
