/**
 * The library page opening with a large library: components/SnippetLibraryView.tsx rendered by
 * React into the page, with the extension's own style sheet (Tailwind, built at bench time), and
 * timed from the render call to the end of the first frame that shows rows of the list.
 */
import { createRoot } from 'react-dom/client';
import { SnippetLibraryView } from '@/components/SnippetLibraryView';
import styles from '@/components/styles.css?inline';
import { currentLibrary, libraryNames } from './snippets';

let styled = false;

/** The extension's style sheet, once: the list's height, scrolling and rows depend on it. */
function addStyles(): void {
  if (styled) return;
  const sheet = document.createElement('style');
  sheet.textContent = styles;
  document.head.append(sheet);
  styled = true;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves after the rendering steps of the current frame: a task queued from its rAF. */
function afterFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

export interface LibraryRender {
  snippets: number;
  /** From root.render() to the end of the first frame with rows in the list, ms. */
  firstPaintMs: number;
  /** From root.render() to the commit that put the rows in, ms. */
  rowsInMs: number;
  /** Rows in the document at that first frame: the virtualised list draws only those in view. */
  rows: number;
  /** Main-thread tasks over 50 ms from the render call to the first paint (Long Tasks API), ms. */
  longTasks: number[];
  /** The count line the library shows ("10,000 snippets"). */
  status: string;
}

const noop = async () => {};

/**
 * Renders the library with the snippets made last (bench/snippets.ts, makeLibrary) into a fresh
 * element, waits for its first painted list, then takes it down again.
 */
export async function renderLibrary(): Promise<LibraryRender> {
  addStyles();
  const snippets = currentLibrary();
  if (snippets.length === 0) throw new Error('Call makeLibrary first');
  const host = document.createElement('div');
  document.body.append(host);
  await nextFrame();
  await nextFrame();

  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });

  const root = createRoot(host);
  const start = performance.now();
  root.render(
    <SnippetLibraryView
      snippets={snippets}
      names={libraryNames}
      onUpdate={noop}
      onDelete={noop}
      onRestore={noop}
      onOpenSource={() => {}}
      onExport={noop}
      onImport={async () => ({ added: 0, skipped: [] })}
    />,
  );
  const list = () => host.querySelectorAll('ul[aria-label="Saved snippets"] > li');
  // The commit that puts rows in is seen at once, in the task that makes it.
  let rowsAt = -1;
  const commits = new MutationObserver(() => {
    if (rowsAt < 0 && list().length > 0) rowsAt = performance.now();
  });
  commits.observe(host, { childList: true, subtree: true });
  // Each frame's rAF looks for rows; the frame that first has them is then rendered and painted.
  let frames = 0;
  do {
    if (++frames > 600) throw new Error('The library showed no rows within 600 frames');
    await nextFrame();
  } while (list().length === 0);
  commits.disconnect();
  const rows = list().length;
  // Still in the rAF callbacks of that frame: a task queued now runs once it is painted.
  const painted = await new Promise<number>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
  // Long-task entries arrive after their task; one more frame lets them in.
  await afterFrame();
  for (const entry of observer.takeRecords()) tasks.push(entry);
  observer.disconnect();
  const status =
    [...host.querySelectorAll('[role="status"]')]
      .map((element) => element.textContent ?? '')
      .find((text) => /snippets?$/.test(text)) ?? '';
  root.unmount();
  host.remove();
  return {
    snippets: snippets.length,
    firstPaintMs: painted - start,
    rowsInMs: rowsAt - start,
    rows,
    longTasks: tasks
      .filter((t) => t.startTime + t.duration >= start && t.startTime <= painted)
      .map((t) => t.duration),
    status,
  };
}
