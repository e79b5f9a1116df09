import { z } from './zod';

/** How much annotation a reader sees, from nothing to everything. Order matters: each includes the last. */
export const levelSchema = z.enum(['off', 'names', 'claims', 'full']);
export type Level = z.infer<typeof levelSchema>;
export const levels = levelSchema.options;

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

export function levelIncludes(level: Level, wanted: Level): boolean {
  return levels.indexOf(level) >= levels.indexOf(wanted) && wanted !== 'off';
}

export function nextLevel(level: Level): Level {
  return levels[(levels.indexOf(level) + 1) % levels.length]!;
}
