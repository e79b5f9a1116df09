import { afterEach, describe, expect, it } from 'vitest';
import { buildTextMap, offsetOfPoint, spanOfRange } from '../../../lib/page/text-map';

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('buildTextMap', () => {
  it('puts one separator between blocks so words never merge', () => {
    const root = mount(
      '<h1>Title</h1><p>One</p><p>Two<br>Three</p><ul><li>Four</li><li>Five</li></ul>',
    );
    const map = buildTextMap(root);
    expect(map.text).toBe('Title\u2029One\u2029Two\u2029Three\u2029Four\u2029Five\u2029');
    expect(map.nodes.map((n) => n.data)).toEqual(['Title', 'One', 'Two', 'Three', 'Four', 'Five']);
    expect(map.starts).toEqual([0, 6, 10, 14, 20, 25]);
  });

  it('joins inline runs and maps them back across text nodes', () => {
    const root = mount('<p>Shares of <a href="/x"><b>Ant</b> Group</a> fell.</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('Shares of Ant Group fell.\u2029');
    const start = map.text.indexOf('Ant Group');
    const range = map.rangeFor(start, start + 'Ant Group'.length)!;
    expect(range.toString()).toBe('Ant Group');
    const b = root.querySelector('b')!;
    const a = root.querySelector('a')!;
    expect(range.startContainer).toBe(b.firstChild);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(a.lastChild);
    expect(range.endOffset).toBe(' Group'.length);
  });

  it('skips page furniture, comments, our own UI and link lists', () => {
    const root = mount(
      [
        '<header><a href="/">Site</a> header</header>',
        '<header><h1>Headline</h1></header>',
        '<nav>Nav text</nav>',
        '<p>Body one.</p>',
        '<aside>Aside text</aside>',
        '<div class="article-comments"><p>Comment text</p></div>',
        '<div id="disqus_thread">Disqus text</div>',
        '<div class="relatedStories">Related text</div>',
        '<div class="ad-slot">Ad text</div>',
        '<ul><li><a href="/1">Link one</a></li><li><a href="/2">Link two</a></li></ul>',
        '<p>Body <span hidden>hidden</span><span aria-hidden="true">aria</span>two.</p>',
        '<form><label>Form text</label></form>',
        '<reglens-popover>Our UI</reglens-popover>',
        '<div role="complementary">Role text</div>',
        '<div contenteditable="true">Editable</div>',
        '<script>var x = 1;</script><style>p{}</style>',
        '<div class="commentary-body"><p>Commentary stays.</p></div>',
        '<footer>Footer text</footer>',
      ].join(''),
    );
    const map = buildTextMap(root);
    expect(map.text).toBe('Headline\u2029Body one.\u2029Body two.\u2029Commentary stays.\u2029');
  });

  it('reads class and id tokens, not substrings', () => {
    const root = mount(
      [
        '<div class="article-head"><p>Head stays.</p></div>',
        '<div class="read-more-wrapper"><p>Read-more stays.</p></div>',
        '<div class="article-body share-enabled"><p>Body stays.</p></div>',
        '<div class="related-content"><p>Related goes.</p></div>',
        '<div class="commentBox"><p>Comment goes.</p></div>',
        '<div id="ad2"><p>Ad goes.</p></div>',
        '<div class="post-share"><p>Share goes.</p></div>',
      ].join(''),
    );
    expect(buildTextMap(root).text).toBe(
      'Head stays.\u2029Read-more stays.\u2029Body stays.\u2029',
    );
  });

  it('keeps lists that are mostly prose', () => {
    const root = mount(
      '<ul><li>The CAC said on Friday that <a href="/d">Didi</a> broke the law.</li><li>The app was pulled.</li></ul>',
    );
    expect(buildTextMap(root).text).toBe(
      'The CAC said on Friday that Didi broke the law.\u2029The app was pulled.\u2029',
    );
  });

  it('honours the skip option', () => {
    const root = mount('<p>Keep</p><p class="byline">By someone</p><p>Also keep</p>');
    const map = buildTextMap(root, { skip: (el) => el.classList.contains('byline') });
    expect(map.text).toBe('Keep\u2029Also keep\u2029');
  });

  it('drops ruby annotations so hanzi stay together', () => {
    const root = mount('<p>中国<ruby>人<rt>rén</rt></ruby>民银行</p>');
    expect(buildTextMap(root).text).toBe('中国人民银行\u2029');
  });

  it('round-trips text offsets and DOM positions', () => {
    const root = mount('<p>People’s Bank of <em>China</em></p><p>Ant Group</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('People’s Bank of China\u2029Ant Group\u2029');
    for (let offset = 0; offset < map.text.length; offset++) {
      if (map.text[offset] === '\u2029') continue;
      const point = map.pointAt(offset, 'start')!;
      expect(map.positionOf(point.node, point.offset)).toBe(offset);
    }
    const em = root.querySelector('em')!;
    expect(map.positionOf(em.firstChild!, 2)).toBe('People’s Bank of Ch'.length);
    expect(map.positionOf(em, 0)).toBe('People’s Bank of '.length);
    const outside = document.createTextNode('x');
    document.body.appendChild(outside);
    expect(map.positionOf(outside, 0)).toBeNull();
  });

  it('maps ranges over block boundaries and refuses separators alone', () => {
    const root = mount('<p>Alpha</p><p>Beta</p>');
    const map = buildTextMap(root);
    const range = map.rangeFor(2, 8)!;
    expect(range.toString()).toBe('phaBe');
    expect(map.rangeFor(5, 6)).toBeNull();
    expect(map.rangeFor(3, 3)).toBeNull();
    expect(map.rangeFor(-1, 2)).toBeNull();
    expect(map.rangeFor(0, map.text.length + 1)).toBeNull();
    // A span that starts on a separator begins at the next block.
    expect(map.rangeFor(5, 8)!.toString()).toBe('Be');
  });

  it('works on any subtree, e.g. one appended by infinite scroll', () => {
    mount('<p>First</p>');
    const added = document.createElement('section');
    added.innerHTML = '<p>Second <i>story</i></p>';
    document.body.appendChild(added);
    const map = buildTextMap(added);
    expect(map.text).toBe('Second story\u2029');
    expect(map.rangeFor(7, 12)!.toString()).toBe('story');
  });

  it('keeps offsets right while a wrapper highlighter has split text nodes', () => {
    const root = mount('<p>Ant Group and Alibaba</p>');
    const map = buildTextMap(root);
    const text = root.querySelector('p')!.firstChild as Text;
    // What the wrapper mode does: split, and wrap the middle piece.
    const middle = text.splitText(4);
    const tail = middle.splitText(5);
    const mark = document.createElement('reglens-mark');
    middle.before(mark);
    mark.appendChild(middle);
    expect(text.data).toBe('Ant ');
    expect(map.rangeFor(14, 21)!.toString()).toBe('Alibaba');
    expect(map.rangeFor(0, 9)!.toString()).toBe('Ant Group');
    expect(map.positionOf(tail, 5)).toBe(14);
    expect(map.positionOf(middle, 1)).toBe(5);
    // A fresh map looks through our wrapper instead of skipping it.
    expect(buildTextMap(root).text).toBe('Ant Group and Alibaba\u2029');
  });
});

describe('spanOfRange and offsetOfPoint', () => {
  function rangeOf(start: [Node, number], end: [Node, number]): Range {
    const range = document.createRange();
    range.setStart(start[0], start[1]);
    range.setEnd(end[0], end[1]);
    return range;
  }

  it('inverts rangeFor for every span that starts and ends on mapped text', () => {
    const root = mount(
      '<h2>Rules</h2><p>The <a href="/a"><b>Ant</b> Group</a> deal, <em>said</em> the PBoC.</p><p>中国人民银行<strong>征信中心</strong>回应</p>',
    );
    const map = buildTextMap(root);
    let checked = 0;
    for (let start = 0; start < map.text.length; start++) {
      if (map.text[start] === '\u2029') continue;
      for (let end = start + 1; end <= map.text.length; end++) {
        if (map.text[end - 1] === '\u2029') continue;
        expect(spanOfRange(map, map.rangeFor(start, end)!)).toEqual({ start, end });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('reads a selection inside a link and a bold word, and one at element boundaries', () => {
    const root = mount(
      '<p>The Financial Times has reported that <a href="#"><b>Ant</b> Group</a> has agreed.</p>',
    );
    const map = buildTextMap(root);
    const p = root.querySelector('p')!;
    const a = root.querySelector('a')!;
    const b = root.querySelector('b')!;
    const inside = spanOfRange(map, rangeOf([b.firstChild!, 1], [a.lastChild!, 3]))!;
    expect(map.text.slice(inside.start, inside.end)).toBe('nt Gr');
    // Boundaries given as element positions: before the link, after the bold word.
    const atBoundaries = spanOfRange(map, rangeOf([p, 1], [a, 1]))!;
    expect(map.text.slice(atBoundaries.start, atBoundaries.end)).toBe('Ant');
    const wholeLink = spanOfRange(map, rangeOf([p, 1], [p, 2]))!;
    expect(map.text.slice(wholeLink.start, wholeLink.end)).toBe('Ant Group');
  });

  it('clamps ends in skipped text inward to the nearest mapped text', () => {
    document.body.innerHTML =
      '<header id="top">Site header</header><div id="root"><p>First para.</p><aside id="side">Related</aside><p>Second <reglens-popover id="ui">Our card</reglens-popover>para.</p></div><footer id="foot">Footer</footer>';
    const root = document.getElementById('root')!;
    const map = buildTextMap(root);
    expect(map.text).toBe('First para.\u2029Second para.\u2029');
    const side = document.getElementById('side')!.firstChild!;
    const ui = document.getElementById('ui')!.firstChild!;
    const top = document.getElementById('top')!.firstChild!;
    const foot = document.getElementById('foot')!.firstChild!;
    expect(offsetOfPoint(map, side, 3, 'forward')).toBe('First para.\u2029'.length);
    expect(offsetOfPoint(map, side, 3, 'backward')).toBe('First para.'.length);
    expect(offsetOfPoint(map, ui, 2, 'backward')).toBe('First para.\u2029Second '.length);
    expect(offsetOfPoint(map, ui, 2, 'forward')).toBe('First para.\u2029Second '.length);
    // From the aside into our own card: only "Second " is mapped text in between.
    const span = spanOfRange(map, rangeOf([side, 2], [ui, 4]))!;
    expect(map.text.slice(span.start, span.end)).toBe('Second ');
    // From the header outside the root to the footer after it: the whole article.
    const all = spanOfRange(map, rangeOf([top, 4], [foot, 2]))!;
    expect(map.text.slice(all.start, all.end)).toBe('First para.\u2029Second para.');
    // Nothing mapped inside the aside alone.
    expect(spanOfRange(map, rangeOf([side, 0], [side, 7]))).toBeNull();
    expect(offsetOfPoint(map, top, 0, 'backward')).toBeNull();
    expect(offsetOfPoint(map, foot, 0, 'forward')).toBeNull();
  });

  it('clamps a position in skipped indentation between blocks', () => {
    const root = mount('<p>One</p>\n    <p>Two</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('One\u2029Two\u2029');
    const indentation = root.childNodes[1]!;
    expect(offsetOfPoint(map, indentation, 2, 'forward')).toBe(4);
    expect(offsetOfPoint(map, indentation, 2, 'backward')).toBe(3);
  });

  it('reads Chinese selections across elements', () => {
    const root = mount(
      '<p>据知情人士介绍，<a href="#">中国人民银行<strong>征信中心</strong></a>未回应。</p>',
    );
    const map = buildTextMap(root);
    const a = root.querySelector('a')!;
    const strong = root.querySelector('strong')!;
    const span = spanOfRange(map, rangeOf([a.firstChild!, 4], [strong.firstChild!, 2]))!;
    expect(map.text.slice(span.start, span.end)).toBe('银行征信');
    const tail = spanOfRange(map, rangeOf([strong.firstChild!, 2], [a.nextSibling!, 3]))!;
    expect(map.text.slice(tail.start, tail.end)).toBe('中心未回应');
  });

  it('reads selections in text split by wrapper highlights', () => {
    const root = mount('<p>Ant Group and Alibaba</p>');
    const map = buildTextMap(root);
    const text = root.querySelector('p')!.firstChild as Text;
    const middle = text.splitText(4);
    const tail = middle.splitText(5);
    const mark = document.createElement('reglens-mark');
    middle.before(mark);
    mark.appendChild(middle);
    const span = spanOfRange(map, rangeOf([middle, 2], [tail, 8]))!;
    expect(map.text.slice(span.start, span.end)).toBe('oup and Ali');
    const wrapped = spanOfRange(map, rangeOf([mark, 0], [mark, 1]))!;
    expect(map.text.slice(wrapped.start, wrapped.end)).toBe('Group');
  });
});
