import { z } from './zod';
import { levels, type Level } from './levels';

export { levelIncludes, levels, nextLevel, type Level } from './levels';

/** How much annotation a reader sees (lib/levels.ts holds the order). */
export const levelSchema = z.enum(levels);

export const settingsSchema = z.object({
  level: levelSchema.default('names'),
  /** Per-site override, keyed by host name. */
  sites: z.record(z.string(), levelSchema).default({}),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** The level in force on a host: its own override, else the global default. */
export function levelForHost(settings: Settings, host: string): Level {
  return settings.sites[host] ?? settings.level;
}
