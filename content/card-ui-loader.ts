/**
 * The card's code (React, the card components, their CSS) stays out of the script every page
 * gets: the background injects it into the page's isolated world, next to the content script,
 * the first time a reader dwells on a name. It then hands its factory over on a global of that
 * world, which the page's own scripts cannot see.
 */
import { send } from '@/lib/send';
import type { createCardPopover } from './card-popover';

export interface CardUi {
  createCardPopover: typeof createCardPopover;
}

const globalKey = '__reglensCardUi';

type WithCardUi = typeof globalThis & { [globalKey]?: CardUi };

export function registerCardUi(ui: CardUi): void {
  (globalThis as WithCardUi)[globalKey] = ui;
}

let loading: Promise<CardUi> | null = null;

export function loadCardUi(): Promise<CardUi> {
  const present = (globalThis as WithCardUi)[globalKey];
  if (present) return Promise.resolve(present);
  loading ??= send('ui.injectCard', {})
    .then(() => {
      const injected = (globalThis as WithCardUi)[globalKey];
      if (!injected) throw new Error('The card script ran but did not register');
      return injected;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}
