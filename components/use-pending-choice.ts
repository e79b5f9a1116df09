import { useState } from 'react';

/**
 * A choice kept in extension storage, shown at once when the reader makes it.
 *
 * The stored value reaches a page only through storage's change event, a task or more after the
 * write. Shown straight from storage, a radio the reader just checked would fall back to the old
 * choice until then, and a second arrow key pressed meanwhile would move from the wrong place.
 * The reader's choice stays shown until storage holds it (earlier writes arriving in between do
 * not take it back) or its write fails.
 */
export function usePendingChoice<T>(
  stored: T,
  write: (choice: T) => Promise<unknown> | void,
): [shown: T, choose: (choice: T) => void] {
  const [pending, setPending] = useState<{ choice: T } | null>(null);
  // Adjusted while rendering, as React advises for state that follows a prop: no extra paint.
  if (pending && Object.is(pending.choice, stored)) setPending(null);
  const choose = (choice: T) => {
    const entry = { choice };
    setPending(entry);
    const written = write(choice);
    if (written) written.catch(() => setPending((current) => (current === entry ? null : current)));
  };
  return [pending && !Object.is(pending.choice, stored) ? pending.choice : stored, choose];
}
