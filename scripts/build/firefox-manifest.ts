/**
 * What the Firefox build's manifest needs beyond the shared one (wxt.config.ts). WXT already turns
 * the side panel entrypoint into Firefox's `sidebar_action`; the `sidePanel` permission is
 * Chrome's and means nothing there.
 */
import type { Browser } from 'wxt/browser';

/** The add-on's ID: Firefox requires one for Manifest V3, and keeps its storage under it. */
export const FIREFOX_ADDON_ID = 'reglens@reglens';

/**
 * 140 is the first Firefox that reads `data_collection_permissions` (and an ESR); the APIs the
 * extension uses (storage.session, scripting.registerContentScripts that persist, MV3 host
 * permissions) are older.
 */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads `data_collection_permissions` from 142 on. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

type GeckoManifest = Browser.runtime.Manifest & {
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required: string[]; optional?: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
};

/** Adjusts a generated manifest in place for Firefox. */
export function adaptManifestForFirefox(manifest: GeckoManifest): void {
  manifest.permissions = manifest.permissions?.filter((permission) => permission !== 'sidePanel');
  manifest.browser_specific_settings = {
    ...manifest.browser_specific_settings,
    gecko: {
      ...manifest.browser_specific_settings?.gecko,
      id: FIREFOX_ADDON_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // RegLens collects and sends nothing (README: Privacy).
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: {
      ...manifest.browser_specific_settings?.gecko_android,
      strict_min_version: FIREFOX_ANDROID_MIN_VERSION,
    },
  };
}
