/**
 * The reader's choice for a site, for the annotator. Like the level (lib/level-client.ts), the
 * background reads and checks the settings and the page only hears that they changed and asks
 * again, so the script in the page carries no schema.
 */
import { browser } from 'wxt/browser';
import type { SitePolicy } from './site-policy';
import { send } from './send';
import { SETTINGS_KEY } from './settings-key';

export function loadSitePolicy(host: string): Promise<SitePolicy> {
  return send('settings.sitePolicy', { host });
}

/** Calls `onChange` with the host's choice after each settings change; returns how to stop. */
export function watchSitePolicy(host: string, onChange: (policy: SitePolicy) => void): () => void {
  let asked = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const mine = ++asked;
    loadSitePolicy(host)
      .then((policy) => {
        // Answers may cross: only the one to the latest change counts.
        if (mine === asked) onChange(policy);
      })
      .catch((error: unknown) => console.warn('RegLens could not read its settings:', error));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
