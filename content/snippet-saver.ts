/**
 * Saving a passage from the page: a small "Save snippet" button beside the reader's selection
 * (in a shadow root, so the page's styles cannot reach it), the same capture for the context
 * menu and the keyboard shortcut, and, once saved, a short form for a note and tags that never
 * blocks reading. Plain DOM rather than React: it ships in the annotator, which every article
 * page loads.
 */
import type { Snippet } from '@/lib/snippets/schema';
import { describeQuote } from '@/lib/snippets/anchor';
import { readCitation } from '@/lib/snippets/metadata';
import { spanOfRange } from '@/lib/page';
import { send, problemsOf } from '@/lib/send';
import type { PageState, Passage } from './types';
import { t } from '@/lib/i18n';
import { readerLang } from '@/lib/reader-language';

export interface SavedSnippet {
  snippet: Snippet;
  passage: Passage;
  start: number;
  end: number;
}

export interface SnippetSaver {
  /** Saves the reader's current selection; resolves with what was saved, or null with a message shown. */
  saveSelection(): Promise<SavedSnippet | null>;
}

/** The host element of the button and the form; "reglens-" so the text map never reads it. */
const HOST_NAME = 'reglens-snippet-ui';

const css = `
:host { position: fixed !important; z-index: 2147483646 !important; display: block !important;
  margin: 0 !important; padding: 0 !important; width: auto !important; height: auto !important; }
.box { all: initial; display: block; box-sizing: border-box; font: 13px/1.4 system-ui, sans-serif; color: #1f2937; background: #fff; border: 1px solid #cbd5e1;
  border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: 6px; }
button { font: inherit; cursor: pointer; border: 1px solid #94a3b8; border-radius: 6px; background: #f8fafc;
  color: #0f172a; padding: 3px 10px; }
button.primary { background: #0f766e; border-color: #0f766e; color: #fff; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #0369a1; outline-offset: 2px; }
form.box { display: flex; flex-direction: column; gap: 6px; width: 280px; }
label { font-weight: 600; font-size: 12px; }
textarea, input { font: inherit; border: 1px solid #cbd5e1; border-radius: 6px; padding: 4px 6px; color: #0f172a; background: #fff; }
textarea { min-height: 52px; resize: vertical; }
.row { display: flex; gap: 6px; justify-content: flex-end; }
.status { margin: 0; }
@media (prefers-color-scheme: dark) {
  .box { background: #111827; color: #e5e7eb; border-color: #374151; }
  button { background: #1f2937; color: #f3f4f6; border-color: #4b5563; }
  textarea, input { background: #0b1220; color: #f3f4f6; border-color: #4b5563; }
}`;

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = Object.assign(doc.createElement(tag), props);
  el.append(...children);
  return el;
}

/** The problems a refusal named, as one line in the reader's language. */
function problemList(error: unknown): string {
  return problemsOf(error).join(t('snippetForm.problemSeparator'));
}

export function createSnippetSaver(options: {
  doc: Document;
  page: PageState;
  signal: AbortSignal;
  onSaved: (saved: SavedSnippet) => void;
}): SnippetSaver {
  const { doc, page, signal, onSaved } = options;
  const win = doc.defaultView ?? window;
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;

  const ui = () => {
    if (!host) {
      host = doc.createElement(HOST_NAME);
      // The page's own language says nothing about the reader's.
      host.setAttribute('lang', readerLang());
      shadow = host.attachShadow({ mode: 'open' });
      shadow.append(element(doc, 'style', { textContent: css }));
    }
    if (!host.isConnected) doc.documentElement.append(host);
    return shadow!;
  };
  const close = () => {
    host?.remove();
  };
  /** Below the selection, or above it where the box would leave the viewport; never outside. */
  const place = (rect: DOMRect, box: HTMLElement) => {
    if (!host) return;
    const { width, height } = box.getBoundingClientRect();
    let top = rect.bottom + 6;
    if (top + height > win.innerHeight - 8) top = rect.top - 6 - height;
    top = Math.max(8, Math.min(top, win.innerHeight - 8 - height));
    const left = Math.max(
      8,
      Math.min(rect.right - Math.min(width, 60), win.innerWidth - 8 - width),
    );
    host.style.setProperty('top', `${top}px`, 'important');
    host.style.setProperty('left', `${left}px`, 'important');
  };
  const show = (content: HTMLElement, rect: DOMRect) => {
    const root = ui();
    root.querySelector('.box')?.remove();
    root.append(content);
    place(rect, content);
  };

  /** The passage holding the selection, and the selection's offsets in its text. */
  const locate = (range: Range) => {
    for (const passage of page.passages) {
      const span = spanOfRange(passage.textMap, range);
      if (span && span.end > span.start) return { passage, ...span };
    }
    return null;
  };

  const currentRange = (): Range | null => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return page.root.contains(range.commonAncestorContainer) || range.intersectsNode(page.root)
      ? range
      : null;
  };

  const say = (message: string, rect: DOMRect) => {
    const box = element(doc, 'div', {
      className: 'box',
      role: 'status',
    } as Partial<HTMLDivElement>);
    box.append(element(doc, 'p', { className: 'status', textContent: message }));
    show(box, rect);
    const timer = win.setTimeout(close, 4000);
    signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  };

  const noteForm = (saved: SavedSnippet, rect: DOMRect) => {
    const form = element(doc, 'form', { className: 'box' } as Partial<HTMLFormElement>);
    form.setAttribute('aria-label', t('snippetForm.savedForm'));
    const noteId = 'reglens-note';
    const tagsId = 'reglens-tags';
    const note = element(doc, 'textarea', { id: noteId });
    const tags = element(doc, 'input', {
      id: tagsId,
      type: 'text',
      placeholder: t('snippetForm.tagsPlaceholder'),
    });
    const status = element(doc, 'p', { className: 'status', textContent: t('snippetForm.saved') });
    status.setAttribute('role', 'status');
    form.append(
      status,
      element(doc, 'label', { htmlFor: noteId, textContent: t('snippetForm.note') }),
      note,
      element(doc, 'label', { htmlFor: tagsId, textContent: t('snippetForm.tags') }),
      tags,
      element(
        doc,
        'div',
        { className: 'row' },
        element(doc, 'button', { type: 'button', textContent: t('snippetForm.done') }),
        element(doc, 'button', {
          type: 'submit',
          className: 'primary',
          textContent: t('snippetForm.saveNote'),
        }),
      ),
    );
    form.querySelector('button[type="button"]')!.addEventListener('click', close);
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
      // Keys typed here belong to the form, not to the page's own shortcuts.
      event.stopPropagation();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const edit = {
        id: saved.snippet.id,
        note: note.value,
        tags: tags.value
          .split(/[,，、]/)
          .map((tag) => tag.trim())
          .filter(Boolean),
      };
      send('snippets.update', edit).then(
        (snippet) => {
          saved.snippet = snippet;
          status.textContent = t('snippetForm.noteSaved');
          win.setTimeout(close, 1200);
        },
        (error: unknown) => {
          status.textContent = t('snippetForm.notSaved', { problems: problemList(error) });
        },
      );
    });
    show(form, rect);
    note.focus({ preventScroll: true });
  };

  const saveSelection = async (): Promise<SavedSnippet | null> => {
    const range = currentRange();
    const rect = range?.getBoundingClientRect() ?? new DOMRect(win.innerWidth / 2, 80, 0, 0);
    const found = range && locate(range);
    if (!found) {
      say(t('snippetForm.selectFirst'), rect);
      return null;
    }
    const { passage, start, end } = found;
    const claims = (passage.analyses.claims?.sentences ?? [])
      .filter((sentence) => sentence.start < end && sentence.end > start)
      .map((sentence) => sentence.claimId);
    try {
      const { quote, position } = describeQuote(passage.textMap.text, start, end);
      const citation = readCitation(doc, doc.location.href);
      const snippet = await send('snippets.save', { quote, position, citation, claims });
      const saved: SavedSnippet = { snippet, passage, start: position.start, end: position.end };
      onSaved(saved);
      noteForm(saved, rect);
      return saved;
    } catch (error) {
      say(t('snippetForm.snippetNotSaved', { problems: problemList(error) }), rect);
      return null;
    }
  };

  // The button follows the selection; it appears once the selection settles.
  let pending = 0;
  const offerButton = () => {
    pending = 0;
    const range = currentRange();
    const open = shadow?.querySelector('form');
    if (open) return;
    if (!range || !locate(range)) {
      close();
      return;
    }
    const button = element(doc, 'button', {
      type: 'button',
      className: 'primary',
      textContent: t('snippetForm.saveButton'),
    });
    button.setAttribute('aria-label', t('snippetForm.saveButton'));
    button.addEventListener('click', () => void saveSelection());
    // A click on the button must not clear the selection it saves.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    const box = element(doc, 'div', { className: 'box' }, button);
    show(box, range.getBoundingClientRect());
  };
  doc.addEventListener(
    'selectionchange',
    () => {
      if (pending) win.cancelAnimationFrame(pending);
      pending = win.requestAnimationFrame(offerButton);
    },
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      if (pending) win.cancelAnimationFrame(pending);
      close();
    },
    { once: true },
  );

  return { saveSelection };
}
