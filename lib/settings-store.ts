/**
 * Settings live in browser.storage.local under "settings", so every context (each tab's
 * content script, the popup, the side panel) sees a change at once. Reads go through
 * `parseSettings` (lib/settings.ts): migrated to the current version and checked field by
 * field, so a damaged or hand-edited part falls back alone instead of breaking pages. Writes
 * carry the current version.
 */
import { storage } from 'wxt/utils/storage';
import { parseSettings, settingsSchema, toStored, type Level, type Settings } from './settings';
import type { SitePolicy } from './site-policy';
import { SETTINGS_KEY } from './settings-key';

export { parseSettings } from './settings';

const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`);

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(parseSettings(raw)));
}

async function update(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = settingsSchema.parse(change(await loadSettings()));
  await settingsItem.setValue(toStored(next));
  return next;
}

export function setGlobalLevel(level: Level): Promise<Settings> {
  return update((settings) => ({ ...settings, level }));
}

/** A site's own level; `null` removes the override so the site follows the global level. */
export function setSiteLevel(host: string, level: Level | null): Promise<Settings> {
  return update((settings) => {
    const sites = { ...settings.sites };
    if (level === null) delete sites[host];
    else sites[host] = level;
    return { ...settings, sites };
  });
}

/** A site's choice over detection; "detect" removes it so detection decides again. */
export function setSitePolicy(host: string, policy: SitePolicy): Promise<Settings> {
  return update((settings) => {
    const policies = { ...settings.policies };
    if (policy === 'detect') delete policies[host];
    else policies[host] = policy;
    return { ...settings, policies };
  });
}

/** The reader's hover delay in ms (lib/hover-delay.ts gives the range); `null` brings back the default. */
export function setHoverDelay(ms: number | null): Promise<Settings> {
  return update((settings) => {
    const { hoverDelay: _previous, ...rest } = settings;
    return ms === null ? rest : { ...rest, hoverDelay: ms };
  });
}
