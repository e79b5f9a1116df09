/** Where the settings live in storage.local: written by lib/settings-store.ts, watched by lib/level-client.ts. */
export const SETTINGS_KEY = 'settings';
