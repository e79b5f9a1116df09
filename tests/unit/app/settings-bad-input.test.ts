/**
 * Settings read from storage whatever storage holds: another extension version's record, a
 * hand edit, a damaged value, keys that mean something to JavaScript. A read always gives
 * settings the extension can use, keeps what is sound, never writes, and never reaches
 * Object.prototype.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { levels, parseSettings } from '@/lib/settings';
import { loadSettings, setSiteLevel } from '@/lib/settings-store';
import { SETTINGS_KEY } from '@/lib/settings-key';

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

/** Settings the extension can use: a known level, and a known level for every own site key. */
function expectUsable(settings: ReturnType<typeof parseSettings>): void {
  expect(levels).toContain(settings.level);
  expect(Object.getPrototypeOf(settings.sites) === Object.prototype).toBe(true);
  for (const [host, level] of Object.entries(settings.sites)) {
    expect(host.trim()).not.toBe('');
    expect(levels).toContain(level);
  }
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings from storage: bad input', () => {
  it('reads wrong types, missing fields and unknown versions as far as they are sound', () => {
    const cases: [unknown, unknown][] = [
      [undefined, { level: 'claims', sites: {} }],
      [null, { level: 'claims', sites: {} }],
      ['full', { level: 'claims', sites: {} }],
      [42, { level: 'claims', sites: {} }],
      [['full'], { level: 'claims', sites: {} }],
      [{}, { level: 'claims', sites: {} }],
      [{ version: 1 }, { level: 'claims', sites: {} }],
      [
        { version: 1, level: 3, sites: [] },
        { level: 'claims', sites: {} },
      ],
      [
        { version: 1, level: 'FULL', sites: 'a.example' },
        { level: 'claims', sites: {} },
      ],
      [
        { version: 'one', level: 'full', sites: {} },
        { level: 'full', sites: {} },
      ],
      [
        { version: -1, level: 'off' },
        { level: 'off', sites: {} },
      ],
      // A newer extension's record: what this one understands is kept.
      [
        { version: 99, level: 'names', sites: { 'a.example': 'off' }, theme: 'dark' },
        { level: 'names', sites: { 'a.example': 'off' } },
      ],
      [
        {
          version: 1,
          level: 'full',
          sites: { 'a.example': 'loud', ' ': 'off', 'b.example': 'names' },
        },
        { level: 'full', sites: { 'b.example': 'names' } },
      ],
    ];
    for (const [raw, expected] of cases) {
      // Every read carries the sites' choices over detection (settings version 2), none here.
      expect(parseSettings(raw), JSON.stringify(raw)).toEqual({
        ...(expected as object),
        policies: {},
      });
    }
  });

  it('keeps markup in a host name as a plain key, and JavaScript keys off the prototype', () => {
    const before = prototypeKeys();
    const raw = JSON.parse(
      '{"version": 1, "level": "names", "__proto__": {"polluted": true}, "sites": {' +
        '"__proto__": "off", "constructor": "full", "<img src=x onerror=alert(1)>": "off",' +
        '"prototype": {"polluted": true}}}',
    ) as unknown;
    const settings = parseSettings(raw);
    expectUsable(settings);
    expect(settings.level).toBe('names');
    expect(Object.keys(settings.sites).sort()).toEqual(
      ['<img src=x onerror=alert(1)>', '__proto__', 'constructor'].sort(),
    );
    expect(Object.hasOwn(settings.sites, '__proto__')).toBe(true);
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads any JSON value into usable settings without touching Object.prototype', () => {
    const before = prototypeKeys();
    const host = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'a.example'),
      fc.string({ maxLength: 12 }),
    );
    const level = fc.oneof(fc.constantFrom(...levels), fc.jsonValue({ maxDepth: 2 }));
    const record = fc.record(
      {
        version: fc.oneof(fc.constantFrom(0, 1, 2, 99, -1, 1.5), fc.jsonValue({ maxDepth: 1 })),
        level,
        sites: fc.oneof(fc.dictionary(host, level, { maxKeys: 6 }), fc.jsonValue({ maxDepth: 2 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(record, fc.jsonValue({ maxDepth: 3 })), (raw) => {
        // Through JSON, as storage gives it back: "__proto__" becomes an own key.
        const stored = JSON.parse(JSON.stringify(raw) ?? 'null') as unknown;
        expectUsable(parseSettings(stored));
      }),
      { numRuns: 500 },
    );
    expect(prototypeKeys()).toEqual(before);
  });

  it('loads a damaged record without writing over it, and the next write keeps the sound parts', async () => {
    const damaged = { version: 1, level: 'loud', sites: { 'a.example': 'off', 'b.example': 7 } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: damaged });
    expect(await loadSettings()).toEqual({
      level: 'claims',
      sites: { 'a.example': 'off' },
      policies: {},
    });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(damaged);
    await setSiteLevel('c.example', 'full');
    expect(await loadSettings()).toEqual({
      level: 'claims',
      sites: { 'a.example': 'off', 'c.example': 'full' },
      policies: {},
    });
  });
});
