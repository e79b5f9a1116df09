/**
 * The reader's settings and how a stored value becomes them. Stored settings carry a version;
 * reading one checks its envelope, migrates it step by step to the current version, then checks
 * each field on its own, so a damaged part falls back to its default while the rest is kept.
 * Reading never writes: a value from a newer version of the extension is read as far as this
 * one understands it and left in storage as it is.
 */
import { z } from './zod';
import { levels, type Level } from './levels';
import type { SitePolicy, StoredSitePolicy } from './site-policy';
import {
  DEFAULT_HOVER_DELAY_MS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  readHoverDelay,
} from './hover-delay';

export { levelIncludes, levels, nextLevel, type Level } from './levels';

/** How much annotation a reader sees (lib/levels.ts holds the order). */
export const levelSchema = z.enum(levels);

/** A site's stored choice over detection: always or never annotated ("detect" is not stored). */
export const storedSitePolicySchema = z.enum(['always', 'never'] satisfies StoredSitePolicy[]);

/** The settings as the extension uses them; what is written adds the version. */
export const settingsSchema = z.object({
  level: levelSchema,
  /** Per-site override, keyed by host name. */
  sites: z.record(z.string(), levelSchema),
  /** Per-site choice over article detection, keyed by host name; a missing host follows detection. */
  policies: z.record(z.string(), storedSitePolicySchema),
  /** How long (ms) the pointer rests on a mark before its card opens; absent: the default. */
  hoverDelay: z.number().int().min(HOVER_DELAY_MIN_MS).max(HOVER_DELAY_MAX_MS).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The version every write carries. */
export const SETTINGS_VERSION = 2;

export type StoredSettings = Settings & { version: typeof SETTINGS_VERSION };

/**
 * A new reader starts at "claims": names and the sentences that carry known claims, with their
 * sourcing, which is what RegLens is for, without opening a menu.
 */
export const defaultSettings: Settings = { level: 'claims', sites: {}, policies: {} };

/** The level in force on a host: its own override, else the global default. */
export function levelForHost(settings: Settings, host: string): Level {
  // Own keys only: a host named "constructor" must not read the object's prototype.
  return Object.hasOwn(settings.sites, host) ? settings.sites[host]! : settings.level;
}

/** What the reader chose for a host over detection: "detect" where nothing was chosen. */
export function policyForHost(settings: Settings, host: string): SitePolicy {
  return Object.hasOwn(settings.policies, host) ? settings.policies[host]! : 'detect';
}

/** The hover delay in force: the reader's own, else Page Previews' 500 ms (lib/hover-delay.ts). */
export function hoverDelayOf(settings: Settings): number {
  return settings.hoverDelay ?? DEFAULT_HOVER_DELAY_MS;
}

/** The value to write for `settings`: always the current version. */
export function toStored(settings: Settings): StoredSettings {
  return {
    version: SETTINGS_VERSION,
    level: settings.level,
    sites: { ...settings.sites },
    policies: { ...settings.policies },
    ...(settings.hoverDelay === undefined ? {} : { hoverDelay: settings.hoverDelay }),
  };
}

/** A stored record before its fields are checked. */
export type SettingsRecord = Readonly<Record<string, unknown>>;

/**
 * Version 0, the settings as first stored (`{ level, sites }` with no version), to version 1:
 * the same fields, now with their version.
 */
export function unversionedToV1(record: SettingsRecord): SettingsRecord {
  return { ...record, version: 1 };
}

/**
 * Version 1 to version 2: sites gain a choice over article detection ("always" or "never"
 * annotated), none chosen yet. Version 1 never wrote `policies`, so whatever a record holds
 * under that name is not the reader's choice and is dropped.
 */
export function v1ToV2(record: SettingsRecord): SettingsRecord {
  return { ...record, version: 2, policies: {} };
}

/** `MIGRATIONS[n]` takes a record at version n to version n + 1. */
const MIGRATIONS: readonly ((record: SettingsRecord) => SettingsRecord)[] = [
  unversionedToV1,
  v1ToV2,
];

function isRecord(value: unknown): value is SettingsRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The version a record says it is at: 0 when it names none (the first settings), null when
 * what it names is no version at all.
 */
function versionOf(record: SettingsRecord): number | null {
  if (!('version' in record)) return 0;
  const { version } = record;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/**
 * A stored value brought to the current version: null for nothing readable (nothing stored,
 * or not an object). A record from a newer version, or with a version that is not one, is
 * returned as it is, to be read as far as its fields allow.
 */
export function migrateSettings(raw: unknown): SettingsRecord | null {
  if (!isRecord(raw)) return null;
  const version = versionOf(raw);
  if (version === null || version >= SETTINGS_VERSION) return raw;
  let record = raw;
  for (let step = version; step < SETTINGS_VERSION; step++) record = MIGRATIONS[step]!(record);
  return record;
}

/** Per-host entries that pass alone: a bad entry is dropped, the others kept. */
function readHosts<T>(value: unknown, schema: z.ZodType<T>): Record<string, T> {
  if (!isRecord(value)) return {};
  const kept: [string, T][] = [];
  for (const [host, entry] of Object.entries(value)) {
    const parsed = schema.safeParse(entry);
    if (host.trim() !== '' && parsed.success) kept.push([host, parsed.data]);
  }
  // Built from entries, so a host named "__proto__" is a key like any other.
  return Object.fromEntries(kept);
}

/**
 * The settings a stored value holds (checked, migrated, then read field by field), the
 * defaults filling whatever is missing or damaged.
 */
export function parseSettings(raw: unknown): Settings {
  const record = migrateSettings(raw);
  if (record === null) return { ...defaultSettings, sites: {}, policies: {} };
  const level = levelSchema.safeParse(record.level);
  const hoverDelay = readHoverDelay(record.hoverDelay);
  return {
    level: level.success ? level.data : defaultSettings.level,
    sites: readHosts<Level>(record.sites, levelSchema),
    policies: readHosts<StoredSitePolicy>(record.policies, storedSitePolicySchema),
    // Optional in every version: a missing or damaged delay is the default, and alone.
    ...(hoverDelay === undefined ? {} : { hoverDelay }),
  };
}
