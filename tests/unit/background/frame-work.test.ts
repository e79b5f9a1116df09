import { describe, expect, it } from 'vitest';
import { createFrameWork } from '@/lib/background/frame-work';
import { RequestError, type MessageSender } from '@/lib/messaging';

const from = (documentId: string | undefined, frameId = 0, tabId = 1): MessageSender => ({
  context: 'content-script',
  tabId,
  frameId,
  ...(documentId === undefined ? {} : { documentId }),
});

/** Work that waits until it is told to finish or its signal aborts. */
function pendingWork() {
  let finish: () => void = () => {};
  let seen: AbortSignal | null = null;
  const work = (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      seen = signal;
      finish = () => resolve('done');
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  return { work, finish: () => finish(), signal: () => seen };
}

describe('work for a frame’s document', () => {
  it('is dropped when another document of the same frame asks, and only then', async () => {
    const frames = createFrameWork();
    const first = pendingWork();
    const again = pendingWork();
    const running = frames.run(from('doc-a'), first.work);
    const same = frames.run(from('doc-a'), again.work);
    expect(first.signal()?.aborted).toBe(false);

    const next = pendingWork();
    const replaced = frames.run(from('doc-b'), next.work);
    await expect(running).rejects.toBeInstanceOf(RequestError);
    await expect(same).rejects.toThrow('The page that asked has been left');
    next.finish();
    await expect(replaced).resolves.toBe('done');
  });

  it('leaves other frames, other tabs and senders with no document alone', async () => {
    const frames = createFrameWork();
    const top = pendingWork();
    const child = pendingWork();
    const otherTab = pendingWork();
    const unnamed = pendingWork();
    const runs = [
      frames.run(from('doc-a', 0), top.work),
      frames.run(from('doc-c', 3), child.work),
      frames.run(from('doc-d', 0, 2), otherTab.work),
      frames.run(from(undefined), unnamed.work),
    ];
    await frames.run(from('doc-b', 0), async () => 'new page');
    expect(top.signal()?.aborted).toBe(true);
    for (const kept of [child, otherTab, unnamed]) {
      expect(kept.signal()?.aborted).toBe(false);
      kept.finish();
    }
    await expect(runs[0]).rejects.toBeInstanceOf(RequestError);
    await expect(Promise.all(runs.slice(1))).resolves.toEqual(['done', 'done', 'done']);
  });
});
