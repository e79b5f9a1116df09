/**
 * When a hover card should open and close. Pointer events arrive in bursts and in no reliable
 * order (leaving a highlight for the card fires "over nothing" before "over the card"), so the
 * decision is made from the current picture, never from single events: where the pointer is
 * (over which highlight, over the card or not), which card is open, and one pending timer.
 *
 * Pure: no DOM. The caller reports where the pointer is; timers are injectable so tests can
 * step through time.
 */

export type TimerHandle = unknown;

export interface HoverIntentOptions {
  /** How long the pointer must rest on a highlight before its card opens. */
  openDelay?: number;
  /** Grace after the pointer leaves both highlight and card, so it can cross the gap between. */
  closeDelay?: number;
  setTimer?: (callback: () => void, ms: number) => TimerHandle;
  clearTimer?: (handle: TimerHandle) => void;
  /** Open the card for highlight `id`; called again with another id to switch cards. */
  onOpen: (id: string) => void;
  onClose: () => void;
  /**
   * A dwell began on highlight `id` (its card opens when it ends, through onOpen), or, with
   * `null`, the dwell under way was dropped and nothing opens for it: the pointer left, Escape,
   * the keyboard opened a card. Not called when a dwell ends in onOpen, nor after dispose().
   */
  onDwell?: (id: string | null) => void;
}

export interface HoverIntent {
  /** The pointer is now over highlight `id`, or over no highlight (`null`). */
  pointerOverTarget(id: string | null): void;
  /** The pointer entered (`true`) or left (`false`) the open card. */
  pointerOverCard(inside: boolean): void;
  /** Closes at once (Escape, the card's close button); the same highlight does not reopen. */
  escape(): void;
  /**
   * Opens highlight `id` at once, with no dwell: the keyboard and the side panel open cards this
   * way. The pointer then counts from where it is; over nothing, the card stays until it moves.
   */
  open(id: string): void;
  /** The dwell for cards opened from now on (the reader's setting). */
  setOpenDelay(ms: number): void;
  /** The dwell in force. */
  openDelay(): number;
  /** The highlight whose card is open, if any. */
  current(): string | null;
  /** Cancels pending timers and ignores everything after; does not call onClose. */
  dispose(): void;
}

export function createHoverIntent(options: HoverIntentOptions): HoverIntent {
  let { openDelay = 300 } = options;
  const {
    closeDelay = 250,
    setTimer = (callback, ms) => setTimeout(callback, ms),
    clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onOpen,
    onClose,
    onDwell,
  } = options;

  let overTarget: string | null = null;
  let overCard = false;
  let openId: string | null = null;
  /** Dismissed with Escape while the pointer rests on it: stays shut until the pointer leaves. */
  let suppressed: string | null = null;
  // Timer handles are wrapped: a handle may be any value, 0 and undefined included.
  let pending: { id: string; handle: TimerHandle } | null = null;
  let closing: { handle: TimerHandle } | null = null;
  let disposed = false;

  const cancelOpen = () => {
    if (!pending) return;
    clearTimer(pending.handle);
    pending = null;
    if (!disposed) onDwell?.(null);
  };
  const cancelClose = () => {
    if (closing) clearTimer(closing.handle);
    closing = null;
  };

  const close = () => {
    cancelOpen();
    cancelClose();
    overCard = false;
    if (openId === null) return;
    openId = null;
    onClose();
  };

  const reconcile = () => {
    if (disposed) return;
    const open = openId !== null;
    // On the open card: the reader is using it, so nothing else may open or close it.
    if (open && overCard) {
      cancelOpen();
      cancelClose();
      return;
    }
    const wanted = overTarget !== null && overTarget !== suppressed ? overTarget : null;
    if (wanted !== null && wanted !== openId) {
      // Resting on another highlight keeps the current card until the new one takes over.
      cancelClose();
      if (pending?.id === wanted) return;
      cancelOpen();
      // A timer that was cleared may still fire (a lax timer source): it only acts while it is
      // the pending one.
      const mine: { id: string; handle: TimerHandle } = { id: wanted, handle: undefined };
      mine.handle = setTimer(() => {
        if (pending !== mine || disposed) return;
        pending = null;
        openId = wanted;
        onOpen(wanted);
      }, openDelay);
      pending = mine;
      onDwell?.(wanted);
      return;
    }
    // A quick pass over a highlight opens nothing.
    cancelOpen();
    if (!open || overTarget === openId) {
      cancelClose();
      return;
    }
    // Open, and the pointer has left both its highlight and the card: close after the grace.
    if (closing) return;
    const mine: { handle: TimerHandle } = { handle: undefined };
    mine.handle = setTimer(() => {
      if (closing !== mine || disposed) return;
      closing = null;
      close();
    }, closeDelay);
    closing = mine;
  };

  return {
    pointerOverTarget(id) {
      if (id !== suppressed) suppressed = null;
      overTarget = id;
      reconcile();
    },
    pointerOverCard(inside) {
      overCard = inside && openId !== null;
      reconcile();
    },
    escape() {
      if (disposed) return;
      suppressed = overTarget;
      close();
    },
    open(id) {
      if (disposed) return;
      cancelOpen();
      cancelClose();
      suppressed = null;
      // Whatever the pointer rests on now is where it started: only a move elsewhere counts.
      overTarget = id;
      if (openId === id) return;
      openId = id;
      onOpen(id);
    },
    setOpenDelay(ms) {
      openDelay = ms;
    },
    openDelay: () => openDelay,
    current: () => openId,
    dispose() {
      // Disposed first: nothing is reported from here on.
      disposed = true;
      cancelOpen();
      cancelClose();
    },
  };
}
