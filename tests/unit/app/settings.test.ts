import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { levelForHost, levelIncludes, nextLevel, defaultSettings } from '@/lib/settings';
import {
  loadSettings,
  parseSettings,
  setGlobalLevel,
  setSiteLevel,
  watchSettings,
} from '@/lib/settings-store';

describe('levels', () => {
  it('a site override wins over the global level', () => {
    const settings = { level: 'full' as const, sites: { 'example.com': 'off' as const } };
    expect(levelForHost(settings, 'example.com')).toBe('off');
    expect(levelForHost(settings, 'other.org')).toBe('full');
  });

  it('each level includes the ones below it, and off includes nothing', () => {
    expect(levelIncludes('full', 'names')).toBe(true);
    expect(levelIncludes('claims', 'full')).toBe(false);
    expect(levelIncludes('names', 'names')).toBe(true);
    expect(levelIncludes('off', 'names')).toBe(false);
  });

  it('cycles off, names, claims, full and round again', () => {
    expect(['off', 'names', 'claims', 'full'].map((l) => nextLevel(l as never))).toEqual([
      'names',
      'claims',
      'full',
      'off',
    ]);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
    expect(defaultSettings.level).toBe('names');
  });

  it('a damaged stored value falls back to the defaults', () => {
    expect(parseSettings({ level: 'loud', sites: 3 })).toEqual(defaultSettings);
  });

  it('stores the global level and per-site overrides, and removes an override', async () => {
    await setGlobalLevel('claims');
    await setSiteLevel('news.example', 'off');
    expect(await loadSettings()).toEqual({ level: 'claims', sites: { 'news.example': 'off' } });
    await setSiteLevel('news.example', null);
    expect(await loadSettings()).toEqual({ level: 'claims', sites: {} });
  });

  it('tells watchers about a change', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.level));
    await setGlobalLevel('off');
    unwatch();
    expect(seen).toEqual(['off']);
  });
});
