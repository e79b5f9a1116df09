/**
 * Finds a browser to drive: the path in `envVar` when set (and null when that path is wrong, since
 * quietly using another browser would hide the mistake), else the first candidate installed.
 */
import { accessSync, constants } from 'node:fs';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser(envVar: string, candidates: readonly string[]): string | null {
  const fromEnv = process.env[envVar];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return candidates.find(isExecutable) ?? null;
}
