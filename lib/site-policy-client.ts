/**
 * The reader's choice for a site, for the annotator. Like the level (lib/level-client.ts), the
 * background reads and checks the settings and the page only hears that they changed and asks
 * again, so the script in the page carries no schema.
 */
import type { SitePolicy } from './site-policy';
import { send } from './send';
import { askOnSettingsChange } from './settings-watch';

export function loadSitePolicy(host: string): Promise<SitePolicy> {
  return send('settings.sitePolicy', { host });
}

/** Calls `onChange` with the host's choice after each settings change; returns how to stop. */
export function watchSitePolicy(host: string, onChange: (policy: SitePolicy) => void): () => void {
  return askOnSettingsChange(() => loadSitePolicy(host), onChange);
}
