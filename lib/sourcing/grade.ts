/**
 * Grades how strongly a claim is sourced, from its sources, the actor's response and later
 * developments only, and says why in words. Pure: no browser, no database, so the same grade is
 * computed wherever a claim is shown and can be tested on hand-made claims.
 *
 * The two axes follow the NATO Admiralty Code (source reliability A-F, information credibility
 * 1-6) because readers who research sourcing know it; `level` folds them into the one word a
 * badge can carry, and that word says first whether the claim was confirmed: a claim borne out
 * by later events must never read like one that never was.
 */
import type { AttributionKind, Claim, Development, Source } from '../kb/schema';
import type { SourcingGrade } from './types';
import { formatPartialDate } from '../kb/dates';
import { attributionWords } from './labels';

export interface GradeOptions {
  /** Turns an outlet id ("bloomberg") into its name ("Bloomberg News"); plain names pass through. */
  outletNames?: (id: string) => string;
  /**
   * How the claim's actor reads inside a sentence ("the People's Bank of China"). Defaults to
   * `outletNames`, which usually holds every actor's name, then to "the actor concerned".
   */
  actorName?: (id: string) => string;
}

type Reliability = SourcingGrade['reliability'];
type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
type ActorResponse = NonNullable<Source['actorResponse']>;

/** The Admiralty Code's standard wording for each letter. */
export const reliabilityTexts: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

/** The Admiralty Code's standard wording for each number. */
export const credibilityTexts: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** Strongest first: an on-record document outranks a person on record, who outranks hearsay. */
const attributionRank: AttributionKind[] = [
  'official-document',
  'named-official',
  'company-statement',
  'anonymous',
  'citing-outlet',
];

/**
 * When several sources record the actor's response, the most telling one speaks for the claim:
 * an on-record confirmation outweighs an earlier denial, and any answer outweighs silence.
 */
const responseRank: ActorResponse[] = ['confirmed', 'denied', 'declined', 'no-response'];

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** An outlet's later report on a claim it had already reported: context, not corroboration. */
interface FollowUp {
  name: string;
  date: string;
}

/** One outlet counted as independent, with the best attribution it gave. */
interface OutletEntry {
  key: string;
  name: string;
  /** null when the outlet's report is known only through relays. */
  attribution: AttributionKind | null;
  relayedBy: string[];
}

export function gradeClaim(claim: Claim, options: GradeOptions = {}): SourcingGrade {
  const outletName = options.outletNames ?? ((id: string) => id);
  const actorId = claim.actors[0];
  const actorName =
    actorId === undefined
      ? 'the actor concerned'
      : ((options.actorName ?? options.outletNames)?.(actorId) ?? 'the actor concerned');
  const sources = claim.sources;
  const reasons: string[] = [];

  if (sources.length === 0) {
    reasons.push('no sources are recorded');
    return finish(claim, 'F', 6, 0, null, reasons);
  }

  const followUp = followUpTest(sources, outletName);
  const counted = sources.filter((source) => !followUp(source));
  const followUps: FollowUp[] = sources.filter(followUp).map((source) => ({
    name: outletName(source.outlet),
    date: source.date!,
  }));
  const { entries, redundantRelays, unnamedRelays } = independentOutlets(counted, outletName);
  const best = bestAttribution(counted);

  reasons.push(describeOutlets(entries, unnamedRelays));
  if (followUps.length > 0) reasons.push(describeFollowUps(followUps));
  if (redundantRelays.length > 0) {
    const relays = unique(redundantRelays);
    const names = listWords(relays);
    reasons.push(
      relays.length === 1
        ? `a relay by ${names} adds no independent outlet`
        : `relays by ${names} add no independent outlet`,
    );
  }

  // Reliability: how far the best source can be trusted, before anything later is known.
  const independent = entries.length;
  let reliability: Reliability;
  if (best === 'official-document') reliability = 'A';
  else if (best === 'named-official' || best === 'company-statement') reliability = 'B';
  else if (best === 'anonymous') reliability = independent >= 2 ? 'C' : 'D';
  // Only relays: a named original at least exists; a relay that names none cannot be traced.
  else reliability = independent >= 1 ? 'D' : 'E';

  // Credibility starts from what the sources themselves establish ...
  let credibility: Credibility;
  if (best === 'official-document') credibility = 1;
  else if (best === 'named-official' || best === 'company-statement') credibility = 2;
  else if (independent >= 2) credibility = 2;
  else if (independent === 1) credibility = 3;
  else credibility = 6;

  // ... then the actor's own answer. A follow-up may bring the actor's denial or silence, which
  // can only lower the grade, but not a confirmation the outlet alone vouches for a second time.
  const response = actorResponse([
    ...counted,
    ...sources.filter((source) => followUp(source) && source.actorResponse !== 'confirmed'),
  ]);
  if (response === 'confirmed') {
    // The actor on record is a source independent of the outlet's own: official confirmation.
    credibility = 1;
  } else if (response === 'denied') {
    credibility = Math.max(credibility, 4) as Credibility;
  }

  // ... then what happened later, in date order, so the latest decisive event has the last word.
  const settled = settleDevelopments(claim.developments, credibility);
  credibility = settled.credibility;

  // A denial leaves the claim disputed only until a later event settles it one way or the other.
  const disputedByDenial = response === 'denied' && !settled.decider;
  if (response) reasons.push(describeResponse(response, actorName, disputedByDenial));
  if (settled.decider) reasons.push(describeDevelopment(settled.decider));

  // A hand-set status only ever lowers the grade: raising needs evidence the reasons can name
  // (a document, a confirmation, a later event), while caution costs nothing.
  if (claim.status === 'disputed') {
    credibility = Math.max(credibility, 4) as Credibility;
    if (!disputedByDenial) reasons.push('the claim is marked disputed');
  } else if (claim.status === 'denied') {
    credibility = Math.max(credibility, 5) as Credibility;
    reasons.push('the claim is marked denied');
  }

  const partly = settled.decider?.effect === 'partly-confirms';
  return finish(claim, reliability, credibility, independent, best, reasons, partly);
}

/**
 * Which sources are an outlet's follow-ups: reports dated after that outlet's first report of the
 * claim. They repeat the outlet's own reporting (often its own unnamed sources), so they add
 * neither an independent outlet nor confirmation. Relays are judged elsewhere; undated reports,
 * and dates too coarse to compare ("2021-03" against "2021-03-02"), count as first reports.
 */
function followUpTest(
  sources: Source[],
  outletName: (id: string) => string,
): (source: Source) => boolean {
  const key = (outlet: string) => outletName(outlet).trim().toLowerCase();
  const first = new Map<string, string>();
  for (const source of sources) {
    if (source.attribution === 'citing-outlet' || !source.date) continue;
    const k = key(source.outlet);
    const known = first.get(k);
    if (known === undefined || source.date < known) first.set(k, source.date);
  }
  return (source) => {
    if (source.attribution === 'citing-outlet' || !source.date) return false;
    const earliest = first.get(key(source.outlet));
    return earliest !== undefined && laterDate(source.date, earliest);
  };
}

/** Whether partial date `a` is surely later than `b`: "2021-04-23" > "2021-03", not "2021-03-15". */
function laterDate(a: string, b: string): boolean {
  return a > b && !a.startsWith(b);
}

/**
 * Distinct outlets that reported the claim themselves, plus the outlets that relays cite but that
 * have no source entry of their own: the original report exists even if only a relay was seen,
 * so it counts once, however many relays carry it.
 */
function independentOutlets(sources: Source[], outletName: (id: string) => string) {
  const entries = new Map<string, OutletEntry>();
  const key = (outlet: string) => outletName(outlet).trim().toLowerCase();

  for (const source of sources) {
    if (source.attribution === 'citing-outlet') continue;
    const k = key(source.outlet);
    const entry = entries.get(k);
    if (!entry) {
      entries.set(k, {
        key: k,
        name: outletName(source.outlet),
        attribution: source.attribution,
        relayedBy: [],
      });
    } else if (stronger(source.attribution, entry.attribution)) {
      entry.attribution = source.attribution;
    }
  }

  const redundantRelays: string[] = [];
  const unnamedRelays: string[] = [];
  for (const source of sources) {
    if (source.attribution !== 'citing-outlet') continue;
    const relay = outletName(source.outlet);
    if (!source.cites) {
      unnamedRelays.push(relay);
      continue;
    }
    const k = key(source.cites);
    const entry = entries.get(k);
    if (!entry) {
      entries.set(k, {
        key: k,
        name: outletName(source.cites),
        attribution: null,
        relayedBy: [relay],
      });
    } else if (entry.attribution === null) {
      entry.relayedBy.push(relay);
    } else {
      redundantRelays.push(relay);
    }
  }
  // A relay that names no original adds nothing when other outlets are known; said alongside the
  // other redundant relays so the reader still sees it was read.
  if (entries.size > 0) redundantRelays.push(...unnamedRelays);

  return {
    entries: [...entries.values()],
    redundantRelays,
    unnamedRelays: entries.size === 0 ? unnamedRelays : [],
  };
}

function stronger(a: AttributionKind, b: AttributionKind | null): boolean {
  return b === null || attributionRank.indexOf(a) < attributionRank.indexOf(b);
}

function bestAttribution(sources: Source[]): AttributionKind | null {
  let best: AttributionKind | null = null;
  for (const source of sources) if (stronger(source.attribution, best)) best = source.attribution;
  return best;
}

function actorResponse(sources: Source[]): ActorResponse | null {
  let found: ActorResponse | null = null;
  for (const source of sources) {
    const response = source.actorResponse;
    if (
      response &&
      (found === null || responseRank.indexOf(response) < responseRank.indexOf(found))
    )
      found = response;
  }
  return found;
}

/**
 * Applies the decisive developments in date order: a confirmation sets 1, a contradiction 5, a
 * partial confirmation at most 2 (it adds nothing after a full confirmation, but reopens a
 * contradicted claim). The development that last moved or held the grade is the one named.
 */
function settleDevelopments(developments: Development[], start: Credibility) {
  const decisive = developments
    .filter((d) => d.effect !== 'context')
    .sort((a, b) => a.date.localeCompare(b.date));
  let credibility = start;
  let decider: Development | null = null;
  for (const development of decisive) {
    if (development.effect === 'confirms') {
      credibility = 1;
      decider = development;
    } else if (development.effect === 'contradicts') {
      credibility = 5;
      decider = development;
    } else if (decider?.effect !== 'confirms') {
      credibility = Math.min(credibility, 2) as Credibility;
      decider = development;
    }
  }
  return { credibility, decider };
}

function describeFollowUps(followUps: FollowUp[]): string {
  const parts = followUps.map((f) => `${f.name} (${formatPartialDate(f.date)})`);
  return followUps.length === 1
    ? `a follow-up by ${parts[0]} is context, not corroboration`
    : `follow-ups by ${listWords(parts)} are context, not corroboration`;
}

function describeResponse(response: ActorResponse, actor: string, disputed: boolean): string {
  switch (response) {
    case 'confirmed':
      return `${actor} confirmed it on record`;
    case 'denied':
      return disputed
        ? `${actor} denied it, which leaves the claim disputed`
        : `${actor} denied it`;
    case 'declined':
      return `${actor} declined to comment`;
    case 'no-response':
      return `${actor} did not respond`;
  }
}

function describeDevelopment(development: Development): string {
  const verb =
    development.effect === 'confirms'
      ? 'confirmed'
      : development.effect === 'partly-confirms'
        ? 'partly confirmed'
        : 'contradicted';
  const event = development.event.trim().replace(/[.;]+$/, '');
  return `${verb} by a later event: ${event} (${formatPartialDate(development.date)})`;
}

/** The first reason: how many independent outlets, and on what each of them relied. */
function describeOutlets(entries: OutletEntry[], unnamedRelays: string[]): string {
  if (entries.length === 0) {
    const relays = listWords(unique(unnamedRelays));
    return `only relays that name no original report (${relays})`;
  }
  const count = entries.length;
  const head = count === 1 ? 'one outlet' : `${countWord(count)} independent outlets`;
  const first = entries[0]!.attribution;
  const uniform = first !== null && entries.every((entry) => entry.attribution === first);

  if (uniform) {
    const names = listWords(entries.map((entry) => entry.name));
    const quantifier = count === 1 ? '' : count === 2 ? 'both ' : 'all ';
    return `${head} (${names}), ${quantifier}citing ${attributionWords[first]}`;
  }
  const parts = entries.map((entry) =>
    entry.attribution === null
      ? `${entry.name} (known only through a relay, ${listWords(unique(entry.relayedBy))})`
      : `${entry.name} citing ${attributionWords[entry.attribution]}`,
  );
  return `${head}: ${listWords(parts)}`;
}

/**
 * `level`, the badge's word. Whether the claim was confirmed comes first, so a claim later borne
 * out never shares a word with one that never was; the rest says how far unconfirmed reporting
 * can be trusted, and never more than the two axes do:
 * - unsupported: no sources at all, or credibility 5 (contradicted, or marked denied);
 * - confirmed: credibility 1, from an official document, the actor's own confirmation or a later
 *   event, whatever the first source was;
 * - partly-confirmed: a later event bore out part of it (credibility 2, the last event partial);
 * - strong: not confirmed, but probably true on the record: a named official or a company
 *   statement (reliability A-B, credibility 2). Unnamed sources alone never reach it, however
 *   many outlets carry them: they may all be the same people;
 * - moderate: not confirmed, credibility 2-3 from traceable reporting (reliability C-D);
 * - weak: everything else (doubtful or unjudgeable credibility, or only untraceable relays).
 */
function levelOf(
  hasSources: boolean,
  reliability: Reliability,
  credibility: Credibility,
  partlyConfirmed: boolean,
): SourcingGrade['level'] {
  if (!hasSources || credibility === 5) return 'unsupported';
  if (credibility === 1) return 'confirmed';
  if (credibility === 2 && partlyConfirmed) return 'partly-confirmed';
  if (credibility === 2 && (reliability === 'A' || reliability === 'B')) return 'strong';
  if (credibility <= 3 && 'ABCD'.includes(reliability)) return 'moderate';
  return 'weak';
}

function finish(
  claim: Claim,
  reliability: Reliability,
  credibility: Credibility,
  independentOutlets: number,
  best: AttributionKind | null,
  reasons: string[],
  partlyConfirmed = false,
): SourcingGrade {
  const sentence = reasons.join('; ');
  return {
    level: levelOf(claim.sources.length > 0, reliability, credibility, partlyConfirmed),
    reliability,
    reliabilityText: reliabilityTexts[reliability],
    credibility,
    credibilityText: credibilityTexts[credibility],
    independentOutlets,
    bestAttribution: best,
    reasons,
    summary: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`,
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** "A", "A and B", "A, B and C". */
function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function countWord(n: number): string {
  return numberWords[n] ?? String(n);
}
