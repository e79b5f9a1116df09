import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLevel, watchLevel } from '@/lib/level-client';
import { levelForHost, type Level } from '@/lib/settings';
import { loadSettings, setGlobalLevel, setSiteLevel } from '@/lib/settings-store';

/** Answers 'settings.level' as the background does, from the stored settings. */
function answerLikeTheBackground() {
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { type, payload } = message as { type: string; payload: { host: string } };
    if (type !== 'settings.level') return { ok: false, error: `unexpected ${type}` };
    return { ok: true, value: levelForHost(await loadSettings(), payload.host) };
  });
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the level a page sees', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    answerLikeTheBackground();
  });

  it('asks the background for the level in force on its host', async () => {
    expect(await loadLevel('news.example')).toBe('claims');
    await setSiteLevel('news.example', 'full');
    expect(await loadLevel('news.example')).toBe('full');
    expect(await loadLevel('other.example')).toBe('claims');
  });

  it("hears every settings change and reports its host's level, until stopped", async () => {
    const seen: Level[] = [];
    const stop = watchLevel('news.example', (level) => seen.push(level));
    await setGlobalLevel('off');
    await settle();
    await setSiteLevel('news.example', 'claims');
    await settle();
    // Another site's change still reaches the page, which sees its own level unchanged.
    await setSiteLevel('other.example', 'full');
    await settle();
    expect(seen).toEqual(['off', 'claims', 'claims']);
    stop();
    await setGlobalLevel('full');
    await settle();
    expect(seen).toHaveLength(3);
  });
});
