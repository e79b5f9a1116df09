import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  // Explicit imports everywhere: the pure rooms must not see extension globals by accident.
  imports: false,
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'RegLens',
    description:
      'Highlights the regulators, companies, people and laws of China tech regulation in news articles, with sourced context on hover. Works offline; sends nothing.',
    permissions: ['storage', 'contextMenus', 'sidePanel', 'scripting'],
    options_page: 'library.html',
    // The card's code is injected into a page only when first needed (see layers/card-ui-loader.ts);
    // the content script already runs on every http(s) page, so this asks for nothing more.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'cycle-level': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Cycle the annotation level (off, names, claims, full)',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the RegLens side panel (the list of actors found on this page)',
      },
    },
  },
  vite: (env) => {
    // Vite reads production-ness from NODE_ENV, and WXT's first config load sets it to
    // "development" for every later build: React's JSX would then call jsxDEV from a
    // production react build, where it is undefined. The mode decides it instead.
    process.env.NODE_ENV = env.mode === 'production' ? 'production' : 'development';
    return { plugins: [tailwindcss()] };
  },
});
