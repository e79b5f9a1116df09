/**
 * How the page hears of the settings: the background reads and checks them, and the page only
 * learns that they changed and asks again, so the script in every article page carries neither
 * zod nor the storage wrapper. Used for the level, the site's choice and the hover delay.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from './settings-key';

/**
 * Calls `onValue` with what `ask` answers after each change of the stored settings (and at once
 * with `now`). Answers may cross: only the one to the latest question counts. Returns how to stop.
 */
export function askOnSettingsChange<T>(
  ask: () => Promise<T>,
  onValue: (value: T) => void,
  { now = false }: { now?: boolean } = {},
): () => void {
  let asked = 0;
  let stopped = false;
  const request = () => {
    const mine = ++asked;
    ask()
      .then((value) => {
        if (mine === asked && !stopped) onValue(value);
      })
      .catch((error: unknown) => console.warn('RegLens could not read its settings:', error));
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) request();
  };
  browser.storage.onChanged.addListener(listener);
  if (now) request();
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
