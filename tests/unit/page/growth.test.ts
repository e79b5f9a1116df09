import { afterEach, describe, expect, it } from 'vitest';
import { observeGrowth } from '@/lib/page/growth';

/** MutationObserver callbacks run as microtasks; one await lets them run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(html: string) {
  document.body.innerHTML = html;
  const root = document.querySelector('article')!;
  const read = new WeakSet<Text>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) read.add(node as Text);
  const batches: string[][] = [];
  const controller = new AbortController();
  observeGrowth(root, (added) => batches.push(added.map((el) => el.textContent ?? '')), {
    signal: controller.signal,
    isRead: (node) => read.has(node),
    schedule: (callback) => queueMicrotask(callback),
  });
  return { root, batches, controller };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('observeGrowth', () => {
  it('hands over paragraphs added to the article, once, in one batch', async () => {
    const { root, batches } = setUp('<article><p>First.</p></article>');
    const a = document.createElement('p');
    a.textContent = 'Tencent was fined.';
    const b = document.createElement('p');
    b.textContent = 'So was Alibaba.';
    root.append(a, b);
    await settle();
    expect(batches).toEqual([['Tencent was fined.', 'So was Alibaba.']]);
  });

  it('hands over only the outermost of nested new elements', async () => {
    const { root, batches } = setUp('<article><p>First.</p></article>');
    const section = document.createElement('section');
    section.innerHTML = '<p>Inner <b>bold</b> text.</p>';
    root.append(section);
    section.querySelector('p')!.append(document.createElement('span'));
    await settle();
    expect(batches).toEqual([['Inner bold text.']]);
  });

  it('ignores our own elements, furniture, empty elements and moved text', async () => {
    const { root, batches } = setUp('<article><p id="old">Already read.</p></article>');
    const mark = document.createElement('reglens-mark');
    mark.textContent = 'wrapped';
    const aside = document.createElement('aside');
    aside.textContent = 'Related stories';
    const empty = document.createElement('div');
    const moved = document.createElement('div');
    moved.append(document.getElementById('old')!);
    root.append(mark, aside, empty, moved);
    await settle();
    expect(batches).toEqual([]);
  });

  it('stops when its signal is aborted', async () => {
    const { root, batches, controller } = setUp('<article><p>First.</p></article>');
    controller.abort();
    const p = document.createElement('p');
    p.textContent = 'Late.';
    root.append(p);
    await settle();
    expect(batches).toEqual([]);
  });
});
