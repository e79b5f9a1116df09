import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { stripDynamicCode } from './scripts/build/strip-dynamic-code';
import { adaptManifestForFirefox } from './scripts/build/firefox-manifest';

export default defineConfig({
  // Explicit imports everywhere: the pure rooms must not see extension globals by accident.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'sidePanel', 'scripting'],
    options_page: 'knowledge-base.html',
    // The page script (lib/background/page-script.ts) is registered for every http(s) page, and
    // the annotator and the card are injected into pages only when needed: both need these hosts.
    host_permissions: ['http://*/*', 'https://*/*'],
    // Scripts only from the extension's own files: no eval, no remote code (README: Permissions).
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'self'",
    },
    commands: {
      'cycle-level': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commands_cycleLevel__',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commands_openSidePanel__',
      },
      'save-snippet': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commands_saveSnippet__',
      },
      // Chrome takes at most four suggested keys: one starts the walk, and while it runs plain
      // keys move (N/P, arrows), Enter pins the card and Escape ends it (content/mark-walker.ts).
      'walk-marks': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Walk the marks on the page (N/P move, Enter opens the card, Escape ends)',
      },
    },
  },
  vite: (env) => {
    // Vite reads production-ness from NODE_ENV, and WXT's first config load sets it to
    // "development" for every later build: React's JSX would then call jsxDEV from a
    // production react build, where it is undefined. The mode decides it instead.
    process.env.NODE_ENV = env.mode === 'production' ? 'production' : 'development';
    return { plugins: [tailwindcss(), stripDynamicCode()] };
  },
  // WXT looks for these before the hook below adds them (scripts/build/firefox-manifest.ts).
  suppressWarnings: { firefoxDataCollection: true, firefoxId: true },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') adaptManifestForFirefox(manifest);
    },
  },
});
