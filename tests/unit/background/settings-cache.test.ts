import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsCache } from '@/lib/background/settings-cache';
import { defaultSettings, type Settings } from '@/lib/settings';
import { loadSettings, setGlobalLevel, setSitePolicy } from '@/lib/settings-store';

beforeEach(() => fakeBrowser.reset());

describe("the background's settings", () => {
  it('reads storage once for any number of requests', async () => {
    const load = vi.fn(loadSettings);
    const cache = createSettingsCache(load);
    await setGlobalLevel('full');
    const answers = await Promise.all([cache.current(), cache.current(), cache.current()]);
    expect(answers.map((settings) => settings.level)).toEqual(['full', 'full', 'full']);
    expect((await cache.current()).level).toBe('full');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('follows each change storage reports, without reading again', async () => {
    const load = vi.fn(loadSettings);
    const cache = createSettingsCache(load);
    expect((await cache.current()).level).toBe(defaultSettings.level);
    await setGlobalLevel('off');
    await vi.waitFor(async () => expect((await cache.current()).level).toBe('off'));
    await setSitePolicy('never.example', 'never');
    await vi.waitFor(async () =>
      expect((await cache.current()).policies).toEqual({ 'never.example': 'never' }),
    );
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('takes a change that arrives while the first read is on its way', async () => {
    let report: (settings: Settings) => void = () => {};
    let answer: (settings: Settings) => void = () => {};
    const cache = createSettingsCache(
      () => new Promise((resolve) => (answer = resolve)),
      (onChange) => {
        report = onChange;
        return () => {};
      },
    );
    const first = cache.current();
    report({ ...defaultSettings, level: 'full' });
    answer({ ...defaultSettings, level: 'names' });
    expect((await first).level).toBe('names');
    expect((await cache.current()).level).toBe('full');
  });

  it('reads again after a failed read', async () => {
    const load = vi
      .fn<() => Promise<Settings>>()
      .mockRejectedValueOnce(new Error('storage unavailable'))
      .mockResolvedValue({ ...defaultSettings, level: 'names' });
    const cache = createSettingsCache(load, () => () => {});
    await expect(cache.current()).rejects.toThrow('storage unavailable');
    expect((await cache.current()).level).toBe('names');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
