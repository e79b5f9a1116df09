/**
 * From the end of the hover-intent dwell to the card painted, in the built extension, for every
 * kind of card found on the detail pages, the first card of each page included (each page load
 * is a fresh content script: its first card also loads the card's code).
 *
 * The pointer is moved onto a mark the way a reader's would be (Playwright's mouse, so the page
 * gets real pointer events), and a watcher in the extension's world reads the time there: the
 * `reglens:dwell-end` entry the card service adds to RegLens's timeline when the dwell ends
 * (content/cards.ts, content/timeline-marks.ts), and the moment
 * after the frame in which the card is first visible: the card is drawn during the dwell, in the
 * page but hidden (staged), so its host element being in the page says nothing; what counts is
 * its dialog, in the host's open shadow root, becoming visible. Then a requestAnimationFrame
 * callback, and a message posted from it, which runs once that frame's rendering is done.
 */
import { loadAndRead } from './extension-load.mjs';
import { counter, firstLine, fmt, inNewTab, withTimeout } from './measure.mjs';

/** Highlight names of the layers, in the order their marks win where they overlap. */
const KINDS = [
  ['actor', 'reglens-actor'],
  ['attribution', 'reglens-attribution'],
  ['snippet', 'reglens-snippet'],
  ['claim', 'reglens-claim'],
];
/** Marks hovered per kind and page: the first card, then warm ones. */
const PER_KIND = 3;
/** The card's host element, and its dialog inside the host's shadow root. */
const HOST = 'reglens-card';
const DIALOG = '[role="dialog"]';

/** @type {import('./phases.mjs').Phase} */
export default {
  title: 'dwell to card: the end of the hover-intent dwell to the card painted',
  browser: 'extension',
  async run(bench, real) {
    const { pages, results, detailIds, bundles, log, recordOf } = bench;
    const cards = [];
    const targets = pages.filter((p) => detailIds.has(p.id) && recordOf(p.id).extension?.isArticle);
    for (const [index, spec] of targets.entries()) {
      try {
        const found = await inNewTab(real.context, async (tab) => {
          await tab.setViewportSize({ width: 1280, height: 800 });
          const { marks } = await loadAndRead(bench.harness, tab, spec, bundles.prefilter, false);
          if (!marks.painted) return [];
          return hoverEach(bench.harness, tab, spec.id);
        });
        cards.push(...found);
        log(
          `  ${counter(index, targets.length)} ${spec.id.padEnd(34)} ` +
            (found.length
              ? found.map((c) => `${c.kind} ${fmt(c.ms)}${c.first ? ' (first)' : ''}`).join(', ')
              : 'no card to open'),
        );
      } catch (error) {
        recordOf(spec.id).errors.push(`cards: ${firstLine(error)}`);
        log(`  ${counter(index, targets.length)} ${spec.id}: ${firstLine(error)}`);
      }
    }
    results.dwellToCard = cards;
  },
};

/** Hovers up to PER_KIND marks of each kind on the open page, one card at a time. */
async function hoverEach(harness, tab, page) {
  const watch = { HOST, DIALOG, key: harness.TIMELINE_GLOBAL };
  const out = [];
  for (const [kind] of KINDS) {
    for (let nth = 0; nth < PER_KIND; nth++) {
      const point = await tab.evaluate(pointOnMark, { kinds: KINDS, kind, nth });
      if (!point) break;
      await tab.mouse.move(...(await tab.evaluate(awayPoint, { kinds: KINDS, HOST, DIALOG })));
      await harness.inExtensionWorld(tab, watchCard, watch);
      // Asked for before the pointer moves: the protocol's own work is done before the dwell ends.
      const watched = harness.inExtensionWorld(tab, () => globalThis.__reglensCardWatch, null);
      // Onto the mark in a few moves, as a pointer arrives; then it rests there.
      await tab.mouse.move(point.x - 6, point.y, { steps: 3 });
      await tab.mouse.move(point.x, point.y, { steps: 2 });
      const seen = await withTimeout(watched, 10_000, `${kind} card`);
      if (seen === null) continue;
      out.push({ page, kind, nth, first: out.length === 0, ...seen });
      // Away, off every mark and the card, and wait until no card is to be seen before the next.
      const away = await tab.evaluate(awayPoint, { kinds: KINDS, HOST, DIALOG });
      await tab.mouse.move(...away, { steps: 2 });
      await tab.waitForFunction(
        ({ HOST, DIALOG }) => {
          const dialog = document.querySelector(HOST)?.shadowRoot?.querySelector(DIALOG);
          return !dialog || !dialog.checkVisibility({ visibilityProperty: true });
        },
        { HOST, DIALOG },
        { timeout: 5_000 },
      );
    }
  }
  return out;
}

/**
 * In the page: the `nth` mark of `kind` that a pointer can reach (a point on it that is on no
 * mark of a layer that wins over it), scrolled into view; its viewport point, or null.
 */
function pointOnMark({ kinds, kind, nth }) {
  const rangesOf = (prefix) =>
    [...CSS.highlights]
      .filter(([name]) => name === prefix || name.startsWith(`${prefix}-`))
      .flatMap(([, highlight]) => [...highlight]);
  const order = kinds.findIndex(([k]) => k === kind);
  const winners = kinds.slice(0, order).flatMap(([, prefix]) => rangesOf(prefix));
  const mine = rangesOf(kinds[order][1]).filter((r) => !r.collapsed);
  mine.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  let seen = 0;
  for (const range of mine) {
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    for (const rect of range.getClientRects()) {
      if (rect.width < 4 || rect.top < 0 || rect.bottom > innerHeight) continue;
      for (let step = 1; step < 8; step++) {
        const x = rect.left + (rect.width * step) / 8;
        const y = rect.top + rect.height / 2;
        const caret = document.caretPositionFromPoint(x, y);
        if (!caret || !range.isPointInRange(caret.offsetNode, caret.offset)) continue;
        if (winners.some((w) => w.isPointInRange(caret.offsetNode, caret.offset))) continue;
        if (seen++ === nth) return { x, y };
        break;
      }
      break;
    }
  }
  return null;
}

/**
 * In the page: a point of the viewport on no mark of any layer and off the open card, where the
 * pointer can rest without opening or keeping a card, as [x, y].
 */
function awayPoint({ kinds, HOST, DIALOG }) {
  const ranges = [...CSS.highlights]
    .filter(([name]) =>
      kinds.some(([, prefix]) => name === prefix || name.startsWith(`${prefix}-`)),
    )
    .flatMap(([, highlight]) => [...highlight]);
  const card = document.querySelector(HOST)?.shadowRoot?.querySelector(DIALOG);
  const box = card?.getBoundingClientRect();
  const w = innerWidth;
  const h = innerHeight;
  const candidates = [
    [2, 2],
    [2, h / 2],
    [w - 2, h / 2],
    [2, h - 2],
    [w - 2, 2],
    [w - 2, h - 2],
    [w / 2, h - 2],
    [w / 2, 2],
  ];
  const onCard = ([x, y]) =>
    !!box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  const onMark = ([x, y]) => {
    const caret = document.caretPositionFromPoint(x, y);
    if (!caret) return false;
    return ranges.some((range) => {
      if (!range.isPointInRange(caret.offsetNode, caret.offset)) return false;
      // The caret lands on the nearest text: the point is on the mark only within its boxes.
      return [...range.getClientRects()].some(
        (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
      );
    });
  };
  return candidates.find((point) => !onCard(point) && !onMark(point)) ?? candidates[0];
}

/**
 * In the extension's world, where RegLens keeps its timeline: `__reglensCardWatch` resolves, for
 * the next card to be seen, with the ms from the latest dwell-end mark to the end of the frame in
 * which the card's dialog is first visible (`ms`), to the moment it became visible (`visibleMs`),
 * and to the moment its host element came into the page (`hostMs`: below zero when the card was
 * staged during the dwell); or null after 5 s without a card.
 */
function watchCard({ HOST, DIALOG, key }) {
  globalThis.__reglensCardWatch = new Promise((resolve) => {
    let host = null;
    let hostAt = null;
    const done = (value) => {
      page.disconnect();
      inside.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const visible = () => {
      const dialog = host?.shadowRoot?.querySelector(DIALOG);
      return !!dialog && dialog.checkVisibility({ visibilityProperty: true });
    };
    const check = () => {
      const now = document.querySelector(HOST);
      if (now !== host) {
        // A card staged for a mark the pointer only passed goes, and another comes.
        host = now;
        hostAt = now ? performance.now() : null;
        inside.disconnect();
        if (now?.shadowRoot) {
          inside.observe(now.shadowRoot, { subtree: true, childList: true, attributes: true });
        }
      }
      if (!visible()) return;
      const visibleAt = performance.now();
      const seenHostAt = hostAt;
      page.disconnect();
      inside.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const end = performance.now();
          // Marked before the card was asked for; only the latest dwell's is kept.
          const mark = (globalThis[key] ?? []).findLast((e) => e.name === 'reglens:dwell-end');
          const start = mark?.startTime ?? null;
          done(
            start === null
              ? null
              : { ms: end - start, visibleMs: visibleAt - start, hostMs: seenHostAt - start },
          );
        };
        channel.port2.postMessage(null);
      });
    };
    const page = new MutationObserver(check);
    const inside = new MutationObserver(check);
    page.observe(document.documentElement, { childList: true, subtree: true });
    check();
    const timer = setTimeout(() => done(null), 5_000);
  });
}
