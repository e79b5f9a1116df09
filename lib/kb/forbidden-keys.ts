/**
 * Keys a file may not hold, for every import that reads JSON a person chose (snippet files,
 * dataset files).
 */

/**
 * Keys that mean something to JavaScript objects. JSON.parse keeps them as plain data, but code
 * that later copies or merges objects (a spread, a zod record) can turn `__proto__` into a
 * change of prototype, so a file holding them is refused before anything else reads it.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Paths of every forbidden key in parsed JSON, walked without recursion. */
export function forbiddenKeyPaths(data: unknown, limit: number): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '' }];
  while (stack.length > 0 && found.length <= limit) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: `${path}[${i}]` });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const keyPath = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) found.push(keyPath);
      else stack.push({ value: (value as Record<string, unknown>)[key], path: keyPath });
    }
  }
  return found;
}
