/**
 * From the end of the hover-intent dwell to the card painted, in the built extension, for every
 * kind of card found on the detail pages, the first card of each page included (each page load
 * is a fresh content script: its first card also loads the card's code).
 *
 * The pointer is moved onto a mark the way a reader's would be (Playwright's mouse, so the page
 * gets real pointer events), and the page itself reads the time: the `reglens:dwell-end` mark
 * the card service puts on the timeline when the dwell ends (content/cards.ts), and the moment
 * after the frame that shows the card: when the card's host element is in the page, a
 * requestAnimationFrame callback, then a message posted from it, which runs once that frame's
 * rendering is done.
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
          const { marks } = await loadAndRead(tab, spec, bundles.prefilter, false);
          if (!marks.painted) return [];
          return hoverEach(tab, spec.id);
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
async function hoverEach(tab, page) {
  const out = [];
  for (const [kind] of KINDS) {
    for (let nth = 0; nth < PER_KIND; nth++) {
      const point = await tab.evaluate(pointOnMark, { kinds: KINDS, kind, nth });
      if (!point) break;
      await tab.mouse.move(2, 2);
      await tab.evaluate(watchCard);
      // Onto the mark in a few moves, as a pointer arrives; then it rests there.
      await tab.mouse.move(point.x - 6, point.y, { steps: 3 });
      await tab.mouse.move(point.x, point.y, { steps: 2 });
      const seen = await withTimeout(
        tab.evaluate(() => window.__reglensCardWatch),
        10_000,
        `${kind} card`,
      );
      if (seen === null) continue;
      out.push({ page, kind, nth, first: out.length === 0, ...seen });
      // Away, and wait until the card has closed before the next one.
      await tab.mouse.move(2, 2, { steps: 2 });
      await tab.waitForFunction(() => !document.querySelector('reglens-card'), null, {
        timeout: 5_000,
      });
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
 * In the page: `window.__reglensCardWatch` resolves with the ms from the latest dwell-end mark
 * to the end of the frame that first shows the card host (`ms`) and to the card's DOM being in
 * (`domMs`), or null after 5 s without a card.
 */
function watchCard() {
  window.__reglensCardWatch = new Promise((resolve) => {
    let dwellEnd = null;
    const marks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'reglens:dwell-end') dwellEnd = entry.startTime;
      }
    });
    marks.observe({ type: 'mark' });
    const done = (value) => {
      marks.disconnect();
      dom.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const dom = new MutationObserver(() => {
      if (!document.querySelector('reglens-card')) return;
      const domAt = performance.now();
      dom.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          // The mark's observer is told in a task of its own, which may come after the card.
          const end = performance.now();
          const [mark] = performance.getEntriesByName('reglens:dwell-end');
          const start = dwellEnd ?? mark?.startTime ?? null;
          done(start === null ? null : { ms: end - start, domMs: domAt - start });
        };
        channel.port2.postMessage(null);
      });
    });
    dom.observe(document.documentElement, { childList: true, subtree: true });
    const timer = setTimeout(() => done(null), 5_000);
  });
}
