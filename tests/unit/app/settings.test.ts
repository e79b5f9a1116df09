import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SETTINGS_VERSION,
  defaultSettings,
  hoverDelayOf,
  levelForHost,
  levelIncludes,
  migrateSettings,
  nextLevel,
  toStored,
  unversionedToV1,
} from '@/lib/settings';
import {
  loadSettings,
  parseSettings,
  setGlobalLevel,
  setSiteLevel,
  setHoverDelay,
  watchSettings,
} from '@/lib/settings-store';

describe('levels', () => {
  it('a site override wins over the global level', () => {
    const settings = {
      level: 'full' as const,
      sites: { 'example.com': 'off' as const },
      policies: {},
    };
    expect(levelForHost(settings, 'example.com')).toBe('off');
    expect(levelForHost(settings, 'other.org')).toBe('full');
    // Hosts named like the object's own properties read the global level, not the prototype.
    for (const host of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(levelForHost(settings, host)).toBe('full');
    }
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

  it('starts from the defaults: claims marked, so a new reader sees what RegLens is for', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
    expect(defaultSettings.level).toBe('claims');
  });

  it('a damaged stored value falls back to the defaults', () => {
    expect(parseSettings({ level: 'loud', sites: 3 })).toEqual(defaultSettings);
  });

  it('stores the global level and per-site overrides, and removes an override', async () => {
    await setGlobalLevel('claims');
    await setSiteLevel('news.example', 'off');
    expect(await loadSettings()).toEqual({
      level: 'claims',
      sites: { 'news.example': 'off' },
      policies: {},
    });
    await setSiteLevel('news.example', null);
    expect(await loadSettings()).toEqual({ level: 'claims', sites: {}, policies: {} });
  });

  it('tells watchers about a change', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.level));
    await setGlobalLevel('off');
    unwatch();
    expect(seen).toEqual(['off']);
  });
});

describe('settings migrations', () => {
  it('unversioned to version 1: the same fields, with their version', () => {
    const rows: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { level: 'claims', sites: { 'a.example': 'off' } },
        { version: 1, level: 'claims', sites: { 'a.example': 'off' } },
      ],
      [{ level: 'full' }, { version: 1, level: 'full' }],
      [{}, { version: 1 }],
      // A damaged field is carried over as it is: checking fields comes after migrating.
      [
        { level: 'loud', sites: 3 },
        { version: 1, level: 'loud', sites: 3 },
      ],
    ];
    for (const [before, after] of rows) expect(unversionedToV1(before)).toEqual(after);
  });

  it('brings an unversioned record to the current version', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(migrateSettings({ level: 'off', sites: {} })).toEqual({
      version: 2,
      level: 'off',
      sites: {},
      policies: {},
    });
  });

  it('leaves a current or newer record as it is', () => {
    const current = { version: 2, level: 'off', sites: {}, policies: { 'a.example': 'never' } };
    expect(migrateSettings(current)).toBe(current);
    const newer = { version: 3, level: 'full', sites: {}, theme: 'dark' };
    expect(migrateSettings(newer)).toBe(newer);
  });

  it('finds nothing to migrate in what is not a record', () => {
    for (const raw of [undefined, null, 3, 'names', ['names'], true]) {
      expect(migrateSettings(raw)).toBeNull();
    }
  });

  it('does not migrate a record whose version is not one', () => {
    for (const version of ['1', 0, -1, 1.5, null]) {
      const record = { version, level: 'claims', sites: {} };
      expect(migrateSettings(record)).toBe(record);
    }
  });
});

describe('reading damaged settings', () => {
  it('drops a bad site entry and keeps the others and the global level', () => {
    expect(
      parseSettings({
        version: 1,
        level: 'claims',
        sites: { 'a.example': 'off', 'b.example': 'loud', 'c.example': 3, '': 'full' },
      }),
    ).toEqual({ level: 'claims', sites: { 'a.example': 'off' }, policies: {} });
  });

  it('gives a bad global level its default and keeps the sites', () => {
    expect(parseSettings({ version: 1, level: 'loud', sites: { 'a.example': 'full' } })).toEqual({
      level: defaultSettings.level,
      sites: { 'a.example': 'full' },
      policies: {},
    });
    expect(parseSettings({ version: 1, sites: { 'a.example': 'off' } })).toEqual({
      level: defaultSettings.level,
      sites: { 'a.example': 'off' },
      policies: {},
    });
  });

  it('keeps the global level when the sites are not a record', () => {
    for (const sites of [3, 'a.example', ['a.example'], null]) {
      expect(parseSettings({ version: 1, level: 'off', sites })).toEqual({
        level: 'off',
        sites: {},
        policies: {},
      });
    }
  });

  it('repairs an unversioned record field by field too', () => {
    expect(parseSettings({ level: 'full', sites: { 'a.example': 'nope' } })).toEqual({
      level: 'full',
      sites: {},
      policies: {},
    });
  });

  it('reads a newer version as far as it can', () => {
    expect(
      parseSettings({
        version: 4,
        level: 'full',
        sites: { 'a.example': 'off', 'b.example': 'brighter' },
        theme: 'dark',
      }),
    ).toEqual({ level: 'full', sites: { 'a.example': 'off' }, policies: {} });
  });

  it('reads a record with a broken version by its fields', () => {
    expect(parseSettings({ version: 'one', level: 'claims', sites: {} })).toEqual({
      level: 'claims',
      sites: {},
      policies: {},
    });
  });

  it('takes the defaults for what is not a record', () => {
    for (const raw of [undefined, null, 'full', 7, ['full']]) {
      expect(parseSettings(raw)).toEqual(defaultSettings);
    }
  });

  it('keeps a host named like an object property as a plain key', () => {
    const settings = parseSettings(
      JSON.parse('{"version":1,"level":"off","sites":{"__proto__":"full"}}'),
    );
    expect(Object.keys(settings.sites)).toEqual(['__proto__']);
    expect(levelForHost(settings, 'other.example')).toBe('off');
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  const stored = async (): Promise<unknown> =>
    (await fakeBrowser.storage.local.get('settings')).settings;

  it('writes the current version', async () => {
    await setSiteLevel('a.example', 'full');
    expect(await stored()).toEqual({
      version: 2,
      level: 'claims',
      sites: { 'a.example': 'full' },
      policies: {},
    });
    expect(toStored({ level: 'off', sites: {}, policies: { 'b.example': 'always' } })).toEqual({
      version: 2,
      level: 'off',
      sites: {},
      policies: { 'b.example': 'always' },
    });
  });

  it('reads settings stored before versions, and writes them back versioned', async () => {
    await fakeBrowser.storage.local.set({
      settings: { level: 'claims', sites: { 'a.example': 'off' } },
    });
    expect(await loadSettings()).toEqual({
      level: 'claims',
      sites: { 'a.example': 'off' },
      policies: {},
    });
    await setGlobalLevel('full');
    expect(await stored()).toEqual({
      version: 2,
      level: 'full',
      sites: { 'a.example': 'off' },
      policies: {},
    });
  });

  it('never rewrites a newer or damaged value on read', async () => {
    const newer = { version: 9, level: 'full', sites: { 'a.example': 'x' }, theme: 'dark' };
    await fakeBrowser.storage.local.set({ settings: newer });
    expect(await loadSettings()).toEqual({ level: 'full', sites: {}, policies: {} });
    expect(await stored()).toEqual(newer);
    const damaged = { version: 1, level: 'loud', sites: 3 };
    await fakeBrowser.storage.local.set({ settings: damaged });
    expect(await loadSettings()).toEqual(defaultSettings);
    expect(await stored()).toEqual(damaged);
  });

  it('tells watchers what the stored value holds, repaired', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({
      settings: { version: 1, level: 'loud', sites: { 'a.example': 'claims' } },
    });
    unwatch();
    expect(seen).toEqual([
      { level: defaultSettings.level, sites: { 'a.example': 'claims' }, policies: {} },
    ]);
  });

  it('keeps the hover delay: 500 ms by default, the reader’s own when valid, a bad one alone dropped', async () => {
    expect(hoverDelayOf(await loadSettings())).toBe(500);
    await setGlobalLevel('full');
    await setHoverDelay(800);
    expect(await stored()).toEqual({
      version: 2,
      level: 'full',
      sites: {},
      policies: {},
      hoverDelay: 800,
    });
    expect(hoverDelayOf(await loadSettings())).toBe(800);
    await setHoverDelay(null);
    expect(await stored()).toEqual({ version: 2, level: 'full', sites: {}, policies: {} });
    await expect(setHoverDelay(99_999)).rejects.toThrow();
    for (const bad of [-1, 12.5, 3001, '800', null]) {
      expect(
        parseSettings({
          version: 1,
          level: 'names',
          sites: { 'a.example': 'off' },
          hoverDelay: bad,
        }),
      ).toEqual({ level: 'names', sites: { 'a.example': 'off' }, policies: {} });
    }
    expect(parseSettings({ level: 'names', sites: {}, hoverDelay: 0 })).toEqual({
      level: 'names',
      sites: {},
      policies: {},
      hoverDelay: 0,
    });
  });
});
