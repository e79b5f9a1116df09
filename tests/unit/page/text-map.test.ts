import { afterEach, describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../lib/page/text-map';

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
    expect(map.text).toBe('Title\nOne\nTwo\nThree\nFour\nFive\n');
    expect(map.nodes.map((n) => n.data)).toEqual(['Title', 'One', 'Two', 'Three', 'Four', 'Five']);
    expect(map.starts).toEqual([0, 6, 10, 14, 20, 25]);
  });

  it('joins inline runs and maps them back across text nodes', () => {
    const root = mount('<p>Shares of <a href="/x"><b>Ant</b> Group</a> fell.</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('Shares of Ant Group fell.\n');
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
    expect(map.text).toBe('Headline\nBody one.\nBody two.\nCommentary stays.\n');
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
    expect(buildTextMap(root).text).toBe('Head stays.\nRead-more stays.\nBody stays.\n');
  });

  it('keeps lists that are mostly prose', () => {
    const root = mount(
      '<ul><li>The CAC said on Friday that <a href="/d">Didi</a> broke the law.</li><li>The app was pulled.</li></ul>',
    );
    expect(buildTextMap(root).text).toBe(
      'The CAC said on Friday that Didi broke the law.\nThe app was pulled.\n',
    );
  });

  it('honours the skip option', () => {
    const root = mount('<p>Keep</p><p class="byline">By someone</p><p>Also keep</p>');
    const map = buildTextMap(root, { skip: (el) => el.classList.contains('byline') });
    expect(map.text).toBe('Keep\nAlso keep\n');
  });

  it('drops ruby annotations so hanzi stay together', () => {
    const root = mount('<p>中国<ruby>人<rt>rén</rt></ruby>民银行</p>');
    expect(buildTextMap(root).text).toBe('中国人民银行\n');
  });

  it('round-trips text offsets and DOM positions', () => {
    const root = mount('<p>People’s Bank of <em>China</em></p><p>Ant Group</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('People’s Bank of China\nAnt Group\n');
    for (let offset = 0; offset < map.text.length; offset++) {
      if (map.text[offset] === '\n') continue;
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
    expect(map.text).toBe('Second story\n');
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
    expect(buildTextMap(root).text).toBe('Ant Group and Alibaba\n');
  });
});
