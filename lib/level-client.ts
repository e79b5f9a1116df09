/**
 * The level in force on a page, for the annotator. The background reads and checks the settings
 * (lib/settings-store.ts); the page only hears that they changed and asks again, so the script in
 * every article page carries neither zod nor the storage wrapper.
 */
import { browser } from 'wxt/browser';
import type { Level } from './levels';
import { send } from './send';
import { SETTINGS_KEY } from './settings-key';

export function loadLevel(host: string): Promise<Level> {
  return send('settings.level', { host });
}

/** Calls `onChange` with the host's level after each settings change; returns how to stop. */
export function watchLevel(host: string, onChange: (level: Level) => void): () => void {
  let asked = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const mine = ++asked;
    loadLevel(host)
      .then((level) => {
        // Answers may cross: only the one to the latest change counts.
        if (mine === asked) onChange(level);
      })
      .catch((error: unknown) => console.warn('RegLens could not read its settings:', error));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
