/**
 * The reader's hover delay, for the annotator's cards. As with the level (lib/level-client.ts),
 * the background reads and checks the settings; the page only hears that they changed and asks
 * again, so it carries no schema.
 */
import { send } from './send';
import { askOnSettingsChange } from './settings-watch';

/** Calls `onDelay` with the delay in force now and after every settings change, until `signal`. */
export function followHoverDelay(onDelay: (ms: number) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const stop = askOnSettingsChange(() => send('settings.hoverDelay', {}), onDelay, { now: true });
  signal.addEventListener('abort', stop, { once: true });
}
