/**
 * The words of a grade's reasons. The grade is computed in pure code, so its wording comes in as
 * a value: `englishReasonWords` by default (for exports, read-outs and tests), or the reader's
 * language built from the message files (lib/grade-words.ts). The English templates here are the
 * `grade.reason.*` messages of locales/en.yml, word for word (a unit test holds them together).
 */
import type { AttributionKind } from '../kb/schema';
import { formatPartialDate } from '../kb/dates';

export const englishReasonTemplates = {
  noSources: 'no sources are recorded',
  relayOne: 'a relay by {names} adds no independent outlet',
  relayMany: 'relays by {names} add no independent outlet',
  followUpOne: 'a follow-up by {names} is context, not corroboration',
  followUpMany: 'follow-ups by {names} are context, not corroboration',
  followUpItem: '{name} ({date})',
  responseConfirmed: '{actor} confirmed it on record',
  responseDenied: '{actor} denied it',
  responseDeniedDisputed: '{actor} denied it, which leaves the claim disputed',
  responseDeclined: '{actor} declined to comment',
  responseNone: '{actor} did not respond',
  laterConfirmed: 'confirmed by a later event: {event} ({date})',
  laterPartly: 'partly confirmed by a later event: {event} ({date})',
  laterContradicted: 'contradicted by a later event: {event} ({date})',
  markedDisputed: 'the claim is marked disputed',
  markedDenied: 'the claim is marked denied',
  onlyRelays: 'only relays that name no original report ({relays})',
  oneOutlet: 'one outlet',
  outlets: '{count} independent outlets',
  uniformOne: '{head} ({names}), citing {attribution}',
  uniformTwo: '{head} ({names}), both citing {attribution}',
  uniformAll: '{head} ({names}), all citing {attribution}',
  mixed: '{head}: {parts}',
  partRelayed: '{name} (known only through a relay, {relays})',
  partCiting: '{name} citing {attribution}',
  listPair: '{first} and {last}',
  listSeparator: ', ',
  reasonSeparator: '; ',
  summary: '{text}.',
  unknownActor: 'the actor concerned',
} as const;

export type ReasonKey = keyof typeof englishReasonTemplates;

/** Everything the grade needs to say its reasons in one language. */
export interface ReasonWords {
  say(key: ReasonKey, values?: Readonly<Record<string, string>>): string;
  /** "two", "两": how many independent outlets. */
  count(n: number): string;
  date(date: string): string;
  /** What a source's attribution means, as it reads after "citing". */
  attribution(kind: AttributionKind): string;
  /** Whether the summary's first letter is raised to a capital. */
  capitalize: boolean;
}

/** Fills `{name}` placeholders; unknown ones stay as written, as the message files do. */
export function fill(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** What a source's attribution means in English, as it reads after "citing". */
export const attributionWords: Record<AttributionKind, string> = {
  'official-document': 'an official document',
  'named-official': 'a named official',
  'company-statement': 'a company statement',
  // "Unnamed sources" rather than "people familiar with the matter": the kind also covers
  // anonymous officials and advisers, and the reason must not misquote the outlet.
  anonymous: 'unnamed sources',
  'citing-outlet': 'another outlet',
};

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export const englishReasonWords: ReasonWords = {
  say: (key, values) => fill(englishReasonTemplates[key], values),
  count: (n) => numberWords[n] ?? String(n),
  date: (date) => formatPartialDate(date, 'en'),
  attribution: (kind) => attributionWords[kind],
  capitalize: true,
};

/** "A", "A and B", "A, B and C", in the words' language. */
export function listWords(words: ReasonWords, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return words.say('listPair', {
    first: items.slice(0, -1).join(words.say('listSeparator')),
    last: items[items.length - 1]!,
  });
}
