import { afterEach, describe, expect, it } from 'vitest';
import { watchPageChanges, type PageChange } from '@/lib/page/page-changes';

/** MutationObserver callbacks run as microtasks; one task later they have run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(html: string, options: { growing?: boolean; read?: boolean } = {}) {
  document.body.innerHTML = html;
  const root = document.querySelector('article');
  const read = new WeakSet<Text>();
  if (root && options.read !== false) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) read.add(node as Text);
  }
  const changes: PageChange[] = [];
  const controller = new AbortController();
  const navigation = new EventTarget();
  watchPageChanges(document, {
    signal: controller.signal,
    isRead: (node) => read.has(node),
    articleRoot: () => (options.read === false ? null : root),
    countGrowth: () => options.growing ?? false,
    growthChars: 40,
    onChange: (change) => changes.push(change),
    schedule: (callback) => queueMicrotask(callback),
    navigation,
  });
  return { root: root!, changes, controller, navigation };
}

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('watchPageChanges', () => {
  it('tells of a new address the page moved to, whether the Navigation API or a mutation shows it', async () => {
    const { changes, navigation } = setUp(
      '<article><p>Ant Group was told to restructure.</p></article>',
    );
    history.pushState(null, '', '/second');
    navigation.dispatchEvent(new Event('currententrychange'));
    await settle();
    expect(changes).toEqual(['navigated']);
    history.pushState(null, '', '/third');
    document.body.append(document.createElement('div'));
    await settle();
    expect(changes).toEqual(['navigated', 'navigated']);
  });

  it('takes a change of fragment for the same page', async () => {
    const { changes, navigation } = setUp(
      '<article><p>Ant Group was told to restructure.</p></article>',
    );
    history.pushState(null, '', '#comments');
    navigation.dispatchEvent(new Event('currententrychange'));
    await settle();
    expect(changes).toEqual([]);
  });

  it('tells when text that was read is replaced or rewritten, not when other text changes', async () => {
    const { root, changes } = setUp(
      '<aside id="clock">11:02</aside><article><p id="a">Ant Group was told.</p><p id="b">Tencent too.</p></article>',
    );
    document.getElementById('clock')!.firstChild!.textContent = '11:03';
    root.append(document.createElement('p'));
    await settle();
    expect(changes).toEqual([]);
    const a = document.getElementById('a')!;
    a.replaceChildren(document.createTextNode('Ant Group was told.'));
    await settle();
    expect(changes).toEqual(['rewritten']);
    (document.getElementById('b')!.firstChild as Text).data = 'Tencent, too.';
    await settle();
    expect(changes).toEqual(['rewritten', 'rewritten']);
  });

  it('tells when the article root itself is replaced', async () => {
    const { root, changes } = setUp(
      '<div id="app"><article><p>Ant Group was told.</p></article></div>',
    );
    root.remove();
    await settle();
    expect(changes).toEqual(['rewritten']);
  });

  it('ignores our own marks laid as elements', async () => {
    const { changes } = setUp('<article><p id="a">Ant Group was told.</p></article>');
    const text = document.getElementById('a')!.firstChild as Text;
    const rest = text.splitText(9);
    const mark = document.createElement('reglens-mark');
    text.replaceWith(mark);
    mark.append(text);
    void rest;
    await settle();
    expect(changes).toEqual([]);
  });

  it('counts added text only while told to, and tells once enough has come', async () => {
    const quiet = setUp('<main><h1>Live</h1></main>', { read: false, growing: false });
    document
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<p>' + 'word '.repeat(20) + '</p>');
    await settle();
    expect(quiet.changes).toEqual([]);
    quiet.controller.abort();

    const { changes } = setUp('<main><h1>Live</h1></main>', { read: false, growing: true });
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<p>Short.</p>');
    await settle();
    expect(changes).toEqual([]);
    main.insertAdjacentHTML(
      'beforeend',
      '<p>' + 'word '.repeat(10) + '</p><script>var x = 1;</script>',
    );
    await settle();
    expect(changes).toEqual(['grown']);
  });

  it('stops when its signal aborts', async () => {
    const { changes, controller } = setUp('<article><p id="a">Ant Group was told.</p></article>');
    controller.abort();
    document.getElementById('a')!.replaceChildren('Other text.');
    history.pushState(null, '', '/elsewhere');
    document.body.append(document.createElement('div'));
    await settle();
    expect(changes).toEqual([]);
  });
});
