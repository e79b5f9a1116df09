/**
 * The reader's hover delay, for the annotator's cards. As with the level (lib/level-client.ts),
 * the background reads and checks the settings; the page only hears that they changed and asks
 * again, so it carries no schema.
 */
import { browser } from 'wxt/browser';
import { send } from './send';
import { SETTINGS_KEY } from './settings-key';

/** Calls `onDelay` with the delay in force now and after every settings change, until `signal`. */
export function followHoverDelay(onDelay: (ms: number) => void, signal: AbortSignal): void {
  let asked = 0;
  const ask = () => {
    const mine = ++asked;
    send('settings.hoverDelay', {})
      .then((ms) => {
        // Answers may cross: only the one to the latest change counts.
        if (mine === asked && !signal.aborted) onDelay(ms);
      })
      .catch((error: unknown) => console.warn('RegLens could not read its hover delay:', error));
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) ask();
  };
  ask();
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}
