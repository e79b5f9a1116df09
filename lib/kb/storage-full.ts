/**
 * Telling a full disk from other write failures. IndexedDB reports an exhausted quota as a
 * DOMException named QuotaExceededError, which Dexie passes on as it is, wraps in an AbortError
 * of the transaction (`inner`), or lists among a bulk write's failures; a reader should hear
 * "storage is full" in every case, not the name of a browser exception.
 */

const QUOTA = 'QuotaExceededError';

/** Whether `error`, or anything it wraps, is the browser saying its storage quota is used up. */
export function isStorageFull(error: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [error];
  while (stack.length > 0) {
    const at = stack.pop();
    if (typeof at !== 'object' || at === null || seen.has(at)) continue;
    seen.add(at);
    const { name, inner, cause, failures } = at as {
      name?: unknown;
      inner?: unknown;
      cause?: unknown;
      failures?: unknown;
    };
    if (name === QUOTA) return true;
    stack.push(inner, cause);
    if (Array.isArray(failures)) stack.push(...failures);
  }
  return false;
}
