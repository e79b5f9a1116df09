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
    permissions: ['storage', 'contextMenus', 'sidePanel'],
    commands: {
      'cycle-level': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Cycle the annotation level (off, names, claims, full)',
      },
    },
  },
  vite: () => ({
    plugins: [tailwindcss()],
  }),
});
