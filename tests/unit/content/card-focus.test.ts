import { describe, expect, it } from 'vitest';
import { deepActiveElement, holdFocus } from '@/content/card-focus';
import { createWalkOverlay } from '@/content/walk-overlay';

function cardInShadow() {
  document.body.innerHTML = '<button id="page-control">On the page</button>';
  const host = document.createElement('reglens-card');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<section role="dialog" aria-labelledby="t"><h2 id="t">Ant Group</h2>
    <button id="close">Close</button><a id="link" href="#x">Alipay</a><button id="more">More</button></section>`;
  document.body.append(host);
  return { shadow, card: shadow.querySelector('section')! };
}

const tab = (card: HTMLElement, shiftKey = false) =>
  card.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }),
  );

describe('focus in a pinned card', () => {
  it('moves onto the card, cycles Tab inside it both ways, and gives focus back on release', () => {
    const { shadow, card } = cardInShadow();
    const control = document.getElementById('page-control')!;
    control.focus();
    const release = holdFocus(card);
    expect(deepActiveElement(document)).toBe(card);
    const order: string[] = [];
    for (let press = 0; press < 4; press++) {
      expect(tab(card)).toBe(false); // the browser's own move is prevented
      order.push(shadow.activeElement!.id);
    }
    expect(order).toEqual(['close', 'link', 'more', 'close']);
    tab(card, true);
    expect(shadow.activeElement!.id).toBe('more');
    release();
    expect(document.activeElement).toBe(control);
  });

  it('leaves focus with the replacing card when told not to restore it', () => {
    const { card } = cardInShadow();
    document.getElementById('page-control')!.focus();
    const release = holdFocus(card);
    release(false);
    expect(deepActiveElement(document)).toBe(card);
  });
});

describe('the walk overlay', () => {
  it('rings a range and says each new thing once', async () => {
    document.body.innerHTML = '<p>Ant Group met the PBoC.</p>';
    const controller = new AbortController();
    const overlay = createWalkOverlay(document, controller.signal);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    overlay.ring(range);
    const root = document.querySelector('reglens-walk')!.shadowRoot!;
    const live = root.querySelector('[aria-live="polite"]')!;
    overlay.announce('Ant Group, Company, 1 of 2');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(live.textContent).toBe('Ant Group, Company, 1 of 2');
    overlay.announce('PBoC, Regulator, 2 of 2');
    expect(live.textContent).toBe('PBoC, Regulator, 2 of 2');
    live.textContent = '';
    overlay.announce('PBoC, Regulator, 2 of 2');
    expect(live.textContent).toBe('');
    overlay.clearRing();
    expect(root.querySelectorAll('.ring')).toHaveLength(0);
    controller.abort();
    expect(document.querySelector('reglens-walk')).toBeNull();
  });
});
