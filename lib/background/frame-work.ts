/**
 * Work the background does for one document of a tab's frame (a page's analysis), dropped once
 * another document has taken that frame: a reader who leaves a long article before its analysis
 * is done, or reloads it, would otherwise wait behind work for a page no one sees any more (a
 * megabyte's claims take hundreds of ms, in pieces).
 */
import { RequestError, type MessageSender } from '../messaging';

interface FrameEntry {
  documentId: string;
  running: Set<AbortController>;
}

export interface FrameWork {
  /**
   * Runs `work` for the sender's document, with a signal that aborts when another document of
   * the same frame asks for work. Senders the browser names no document for are never stopped.
   */
  run<T>(sender: MessageSender, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

export function createFrameWork(): FrameWork {
  const byFrame = new Map<string, FrameEntry>();
  return {
    async run(sender, work) {
      const { tabId, documentId } = sender;
      const controller = new AbortController();
      if (tabId === undefined || documentId === undefined) return work(controller.signal);
      const key = `${tabId}:${sender.frameId ?? 0}`;
      let entry = byFrame.get(key);
      if (entry && entry.documentId !== documentId) {
        for (const running of entry.running) {
          running.abort(new RequestError('failed', 'The page that asked has been left'));
        }
        entry = undefined;
      }
      if (!entry) {
        entry = { documentId, running: new Set() };
        byFrame.set(key, entry);
      }
      const mine = entry;
      mine.running.add(controller);
      try {
        return await work(controller.signal);
      } finally {
        mine.running.delete(controller);
        if (mine.running.size === 0 && byFrame.get(key) === mine) byFrame.delete(key);
      }
    },
  };
}
