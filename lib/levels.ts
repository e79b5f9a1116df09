/**
 * How much annotation a reader sees, from nothing to everything, without the settings schema:
 * the annotator in every article page needs the order of levels, not zod.
 */
export const levels = ['off', 'names', 'claims', 'full'] as const;
/** Order matters: each level includes the ones before it. */
export type Level = (typeof levels)[number];

export function levelIncludes(level: Level, wanted: Level): boolean {
  return levels.indexOf(level) >= levels.indexOf(wanted) && wanted !== 'off';
}

export function nextLevel(level: Level): Level {
  return levels[(levels.indexOf(level) + 1) % levels.length]!;
}
