/**
 * The keyboard's ways to the marks. The walk: the shortcut (Alt+Shift+N, `walk-marks` in
 * wxt.config.ts) starts it at the first mark in view; while it runs, N, J or Down moves to the next
 * mark of any layer shown, P, K or Up to the previous one (wrapping round), Enter or the shortcut
 * again pins the card (the keyboard moves into it; Escape there gives it back), and Escape ends the
 * walk. Chrome gives an extension four suggested shortcuts, so one starts the walk and plain keys
 * work only while it runs. Each step scrolls the mark into view, rings it, opens its card and
 * announces its name, its kind and its place ("Ant Group, company, 3 of 12"). The side panel's
 * outline reveals a mark the same way (scroll, a flash, its card), through `page.reveal`.
 */
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { REVEAL_MARK, WALK_MARKS, type RevealMarkMessage } from '@/lib/page-messages';
import type { CardService, MarkSource } from './cards';
import { firstInView, readingOrder, type ListedMark } from './mark-walker';
import { createWalkOverlay } from './walk-overlay';

interface WalkEntry extends ListedMark {
  source: MarkSource;
  layer: string;
  rank: number;
}

const reducedMotion = (doc: Document) =>
  doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Whether a key press belongs to a field the reader is typing in. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Every mark of every layer shown, in reading order. */
function allMarks(cards: CardService): WalkEntry[] {
  const entries: WalkEntry[] = [];
  for (const { source, layer, rank } of cards.sources()) {
    for (const mark of source.listMarks?.() ?? []) entries.push({ ...mark, source, layer, rank });
  }
  return readingOrder(entries);
}

const rangeOf = (entry: WalkEntry) => entry.textMap.rangeFor(entry.start, entry.end);

export function startKeyboardPaths(doc: Document, cards: CardService, signal: AbortSignal): void {
  const overlay = createWalkOverlay(doc, signal);
  const view = doc.defaultView!;
  /** The walk, while it runs: the mark it is on, by layer and id (the list may change under it). */
  let walk: { layer: string; id: string } | null = null;
  let current: WalkEntry | null = null;
  /** A mark revealed from the side panel keeps its ring until the reader clicks or presses Escape. */
  let revealed: AbortController | null = null;
  const forgetReveal = () => {
    revealed?.abort();
    revealed = null;
  };

  /** Scrolls the mark to about a third of the viewport's height when it is not well in view. */
  const bringIntoView = (range: Range, smooth: boolean) => {
    const box = range.getBoundingClientRect();
    const margin = view.innerHeight / 6;
    if (box.top >= margin && box.bottom <= view.innerHeight - margin) return;
    view.scrollBy({
      top: box.top - view.innerHeight / 3,
      behavior: smooth && !reducedMotion(doc) ? 'smooth' : 'instant',
    });
  };

  const show = (entry: WalkEntry, options: { flash: boolean; smooth: boolean; pin: boolean }) => {
    const range = rangeOf(entry);
    if (!range) return false;
    bringIntoView(range, options.smooth);
    forgetReveal();
    overlay.ring(range, { flash: options.flash });
    const anchor = () => rangeOf(entry)?.getBoundingClientRect() ?? null;
    cards.openMark(entry.source, entry.id, anchor, options.pin);
    return true;
  };

  const step = (delta: 1 | -1 | 0) => {
    const marks = allMarks(cards);
    if (marks.length === 0) {
      overlay.announce(t('walk.none'));
      end();
      return;
    }
    let index: number;
    const at = walk ? marks.findIndex((m) => m.layer === walk!.layer && m.id === walk!.id) : -1;
    if (at < 0) {
      index = firstInView(
        marks.length,
        (k) => rangeOf(marks[k]!)?.getBoundingClientRect().top ?? null,
      );
    } else {
      index = (at + delta + marks.length) % marks.length;
    }
    const entry = marks[index]!;
    walk = { layer: entry.layer, id: entry.id };
    current = entry;
    show(entry, { flash: false, smooth: false, pin: false });
    const { name, kind } = entry.label();
    overlay.announce(t('walk.announce', [name, kind, String(index + 1), String(marks.length)]));
  };

  const end = () => {
    if (!walk) return;
    walk = null;
    current = null;
    overlay.clearRing();
    doc.removeEventListener('keydown', onKeyDown);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!walk || event.defaultPrevented || event.isComposing || isTyping(event)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === 'n' || key === 'j' || key === 'ArrowDown') step(1);
    else if (key === 'p' || key === 'k' || key === 'ArrowUp') step(-1);
    else if (key === 'Enter') pin();
    else if (key === 'Escape') end();
    else return;
    event.preventDefault();
  };

  const pin = () => {
    if (current) show(current, { flash: false, smooth: false, pin: true });
  };

  const startOrPin = () => {
    if (walk) {
      pin();
      return;
    }
    walk = { layer: '', id: '' };
    doc.addEventListener('keydown', onKeyDown, { signal });
    step(0);
  };

  const reveal = ({ layer, start, end: to }: RevealMarkMessage): boolean => {
    const entry = allMarks(cards).find(
      (mark) => mark.layer === layer && mark.start >= start && mark.end <= to,
    );
    if (!entry) return false;
    const shown = show(entry, { flash: true, smooth: true, pin: false });
    if (shown && !walk) {
      revealed = new AbortController();
      const done = () => {
        forgetReveal();
        if (!walk) overlay.clearRing();
      };
      const options = { signal: AbortSignal.any([signal, revealed.signal]) };
      doc.addEventListener('pointerdown', done, options);
      doc.addEventListener('keydown', (event) => event.key === 'Escape' && done(), options);
    }
    return shown;
  };

  const onMessage = (message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === WALK_MARKS) {
      startOrPin();
      return Promise.resolve(true);
    }
    if (type === REVEAL_MARK) return Promise.resolve(reveal(message as RevealMarkMessage));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(onMessage);
      forgetReveal();
      end();
    },
    { once: true },
  );
}
