import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  leaveStart,
  runAnnotatorOnce,
  takePageRequests,
  takeStart,
} from '@/content/annotator-slot';
import { ANNOTATOR_SLOT_KEY } from '@/lib/site-policy';

type Slots = Record<string, { pending?: string; listener?: unknown } | undefined>;
const slots = globalThis as unknown as Slots;

afterEach(() => {
  delete slots[ANNOTATOR_SLOT_KEY];
});

describe('one annotator per page', () => {
  it('starts the first annotator injected and no later one', () => {
    const first = vi.fn();
    const second = vi.fn();
    runAnnotatorOnce(first);
    runAnnotatorOnce(second);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });
});

describe("the reader's requests", () => {
  it('hands over a request left before the annotator started, then each later one', () => {
    // What the background leaves in the page's isolated world before injecting the annotator.
    slots[ANNOTATOR_SLOT_KEY] = { pending: 'selection' };
    const seen: string[] = [];
    const stop = takePageRequests((scope) => seen.push(scope));
    expect(seen).toEqual(['selection']);
    expect(slots[ANNOTATOR_SLOT_KEY]?.pending).toBeUndefined();
    // What the background calls while the annotator runs.
    (slots[ANNOTATOR_SLOT_KEY]!.listener as (scope: string) => void)('page');
    expect(seen).toEqual(['selection', 'page']);
    stop();
    expect(slots[ANNOTATOR_SLOT_KEY]?.listener).toBeUndefined();
  });

  it('hands the settings the page script was answered with to one annotator only', async () => {
    const start = { host: 'news.example', level: 'full', policy: 'always' } as const;
    leaveStart(Promise.resolve(start));
    expect(await takeStart()).toEqual(start);
    // Taken: an annotator started later (another navigation, the popup) asks for itself.
    expect(await takeStart()).toBeNull();
    // A failed request leaves nothing to start with, and no unhandled rejection.
    leaveStart(Promise.reject(new Error('no background')));
    expect(await takeStart()).toBeNull();
  });
});
