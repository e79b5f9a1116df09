/**
 * The reader's settings as the background holds them: read from storage once while the worker
 * lives, then replaced as storage reports each change. Every page start asks for them (the level
 * and the site's choice answer `ui.injectAnnotator`, and the annotator's injection waits for that
 * answer's decision), and a storage read there cost 1 to 7 ms of the path a reader waits for.
 */
import type { Settings } from '../settings';
import { loadSettings, watchSettings } from '../settings-store';

export interface SettingsCache {
  current(): Promise<Settings>;
}

export function createSettingsCache(
  load: () => Promise<Settings> = loadSettings,
  watch: (onChange: (settings: Settings) => void) => () => void = watchSettings,
): SettingsCache {
  let kept: Promise<Settings> | null = null;
  let watching = false;
  return {
    current() {
      if (!watching) {
        watching = true;
        // A change that arrives while the first read is on its way wins over that read.
        watch((settings) => (kept = Promise.resolve(settings)));
      }
      if (kept) return kept;
      const reading = load();
      kept = reading;
      // A failed read is not kept: the next request reads again.
      reading.catch(() => {
        if (kept === reading) kept = null;
      });
      return reading;
    },
  };
}
