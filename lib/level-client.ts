/**
 * The level in force on a page, for the annotator. The background reads and checks the settings
 * (lib/settings-store.ts); the page only hears that they changed and asks again, so the script in
 * every article page carries neither zod nor the storage wrapper.
 */
import type { Level } from './levels';
import { send } from './send';
import { askOnSettingsChange } from './settings-watch';

export function loadLevel(host: string): Promise<Level> {
  return send('settings.level', { host });
}

/** Calls `onChange` with the host's level after each settings change; returns how to stop. */
export function watchLevel(host: string, onChange: (level: Level) => void): () => void {
  return askOnSettingsChange(() => loadLevel(host), onChange);
}
