/**
 * The keyboard inside a pinned card: focus moves onto the card (a dialog, so a screen reader
 * names it), Tab and Shift+Tab cycle through its controls without falling back into the page, and
 * letting go puts focus back where it was before.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element with focus, looking into shadow roots (the page's own widgets may use them). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The card's controls in Tab order (document order: the card sets no positive tabindex). */
function controlsOf(card: HTMLElement): HTMLElement[] {
  return [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
}

/**
 * Holds the keyboard in `card` until the returned function is called, which gives focus back to
 * `previous` (by default the element that had it; nothing in particular when that was the page's
 * body or is gone), unless told not to (the card is being replaced by another that takes over).
 */
export function holdFocus(
  card: HTMLElement,
  previous: Element | null = deepActiveElement(card.ownerDocument),
): (restore?: boolean) => void {
  const doc = card.ownerDocument;
  const root = card.getRootNode() as Document | ShadowRoot;
  card.tabIndex = -1;
  card.focus({ preventScroll: true });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const controls = controlsOf(card);
    if (controls.length === 0) return;
    const at = controls.indexOf(root.activeElement as HTMLElement);
    const next = event.shiftKey
      ? at <= 0
        ? controls.length - 1
        : at - 1
      : at < 0 || at === controls.length - 1
        ? 0
        : at + 1;
    controls[next]!.focus();
  };
  card.addEventListener('keydown', onKeyDown);

  return (restore = true) => {
    card.removeEventListener('keydown', onKeyDown);
    if (!restore) return;
    const back = previous as HTMLElement | null;
    if (back && back.isConnected && back !== doc.body && typeof back.focus === 'function') {
      back.focus({ preventScroll: true });
    } else if (root.activeElement instanceof HTMLElement) {
      root.activeElement.blur();
    }
  };
}
