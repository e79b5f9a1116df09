/**
 * Settings version 2: each site's choice over article detection ("always" or "never" annotated),
 * migrated from version 1 and read field by field like the rest.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettings, parseSettings, policyForHost, v1ToV2 } from '@/lib/settings';
import { loadSettings, setSitePolicy, setSiteLevel } from '@/lib/settings-store';

describe('version 1 to version 2', () => {
  it('adds an empty choice per site and keeps every other field as it was', () => {
    const rows: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { version: 1, level: 'claims', sites: { 'a.example': 'off' } },
        { version: 2, level: 'claims', sites: { 'a.example': 'off' }, policies: {} },
      ],
      [
        { version: 1, level: 'full', sites: {} },
        { version: 2, level: 'full', sites: {}, policies: {} },
      ],
      [{ version: 1 }, { version: 2, policies: {} }],
      // Damage is carried over: checking fields comes after migrating.
      [
        { version: 1, level: 'loud', sites: 3 },
        { version: 2, level: 'loud', sites: 3, policies: {} },
      ],
      // Version 1 never wrote choices: whatever stands there is not the reader's.
      [
        { version: 1, level: 'names', sites: {}, policies: { 'a.example': 'never' } },
        { version: 2, level: 'names', sites: {}, policies: {} },
      ],
    ];
    for (const [before, after] of rows) expect(v1ToV2(before)).toEqual(after);
  });

  it('takes unversioned and version-1 settings to version 2 in steps', () => {
    expect(migrateSettings({ level: 'names', sites: { 'a.example': 'full' } })).toEqual({
      version: 2,
      level: 'names',
      sites: { 'a.example': 'full' },
      policies: {},
    });
    expect(parseSettings({ version: 1, level: 'off', sites: { 'a.example': 'names' } })).toEqual({
      level: 'off',
      sites: { 'a.example': 'names' },
      policies: {},
    });
  });
});

describe('reading the choices of version 2', () => {
  it('keeps the good entries and drops each bad one alone', () => {
    expect(
      parseSettings({
        version: 2,
        level: 'full',
        sites: { 'a.example': 'names' },
        policies: {
          'a.example': 'never',
          'b.example': 'always',
          'c.example': 'sometimes',
          'd.example': 3,
          // "detect" is what no entry means; it is never stored.
          'e.example': 'detect',
          '': 'never',
          ' ': 'always',
        },
      }),
    ).toEqual({
      level: 'full',
      sites: { 'a.example': 'names' },
      policies: { 'a.example': 'never', 'b.example': 'always' },
    });
  });

  it('keeps the level and the sites when the choices are not a record', () => {
    for (const policies of [3, 'never', ['a.example'], null, true]) {
      expect(
        parseSettings({ version: 2, level: 'names', sites: { 'a.example': 'off' }, policies }),
      ).toEqual({ level: 'names', sites: { 'a.example': 'off' }, policies: {} });
    }
  });

  it('keeps the choices when the level or the sites are damaged', () => {
    expect(
      parseSettings({ version: 2, level: 'loud', sites: 7, policies: { 'a.example': 'always' } }),
    ).toEqual({ level: 'claims', sites: {}, policies: { 'a.example': 'always' } });
  });

  it('reads a host named like an object property as a plain host', () => {
    const settings = parseSettings(
      JSON.parse('{"version":2,"level":"off","sites":{},"policies":{"__proto__":"never"}}'),
    );
    expect(Object.keys(settings.policies)).toEqual(['__proto__']);
    expect(policyForHost(settings, '__proto__')).toBe('never');
    expect(policyForHost(settings, 'toString')).toBe('detect');
  });
});

describe('storing a site choice', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets always and never per host, and "detect" removes the choice', async () => {
    await setSitePolicy('a.example', 'never');
    await setSitePolicy('b.example', 'always');
    await setSiteLevel('a.example', 'full');
    let settings = await loadSettings();
    expect(settings.policies).toEqual({ 'a.example': 'never', 'b.example': 'always' });
    expect(policyForHost(settings, 'a.example')).toBe('never');
    expect(policyForHost(settings, 'c.example')).toBe('detect');
    // The level of a site and its choice over detection are separate settings.
    expect(settings.sites).toEqual({ 'a.example': 'full' });

    await setSitePolicy('a.example', 'detect');
    settings = await loadSettings();
    expect(settings.policies).toEqual({ 'b.example': 'always' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
      version: 2,
      level: 'claims',
      sites: { 'a.example': 'full' },
      policies: { 'b.example': 'always' },
    });
  });
});
