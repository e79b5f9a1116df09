/**
 * Grades how strongly a claim is sourced, from its sources, the actor's response and later
 * developments only, and says why in words. Pure: no browser, no database, so the same grade is
 * computed wherever a claim is shown and can be tested on hand-made claims.
 *
 * The two axes follow the NATO Admiralty Code (source reliability A-F, information credibility
 * 1-6) because readers who research sourcing know it; `level` folds them into the one word a
 * badge can carry.
 */
import type { AttributionKind, Claim, Development, Source } from '../kb/schema';
import type { SourcingGrade } from './types';
import { formatPartialDate } from '../kb/dates';

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

/** What a source's attribution means, as it reads after "citing". */
export const attributionWords: Record<AttributionKind, string> = {
  'official-document': 'an official document',
  'named-official': 'a named official',
  'company-statement': 'a company statement',
  // "Unnamed sources" rather than "people familiar with the matter": the kind also covers
  // anonymous officials and advisers, and the reason must not misquote the outlet.
  anonymous: 'unnamed sources',
  'citing-outlet': 'another outlet',
};

/**
 * When several sources record the actor's response, the most telling one speaks for the claim:
 * an on-record confirmation outweighs an earlier denial, and any answer outweighs silence.
 */
const responseRank: ActorResponse[] = ['confirmed', 'denied', 'declined', 'no-response'];

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

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

  const { entries, redundantRelays, unnamedRelays } = independentOutlets(sources, outletName);
  const best = bestAttribution(sources);

  reasons.push(describeOutlets(entries, unnamedRelays));
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

  // ... then the actor's own answer ...
  const response = actorResponse(sources);
  if (response === 'confirmed') {
    // The actor's word as an outlet reports it makes the claim probably true; only documents
    // and later events count as confirmation (1).
    credibility = Math.min(credibility, 2) as Credibility;
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

  return finish(claim, reliability, credibility, independent, best, reasons);
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

function describeResponse(response: ActorResponse, actor: string, disputed: boolean): string {
  switch (response) {
    case 'confirmed':
      return `${actor} confirmed it`;
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
 * `level` thresholds, chosen so a badge word never overstates what the two axes say:
 * - unsupported: no sources at all, or credibility 5 (contradicted, or marked denied);
 * - strong: credibility 1-2 from a source rated A-C;
 * - moderate: credibility 1-3 from a source rated A-D, or any claim confirmed by later events
 *   (credibility 1), whatever its first source;
 * - weak: everything else (doubtful or unjudgeable credibility, or only untraceable relays).
 */
function levelOf(
  hasSources: boolean,
  reliability: Reliability,
  credibility: Credibility,
): SourcingGrade['level'] {
  if (!hasSources || credibility === 5) return 'unsupported';
  const reliable = 'ABCD'.indexOf(reliability);
  if (credibility <= 2 && reliable !== -1 && reliable <= 2) return 'strong';
  if ((credibility <= 3 && reliable !== -1) || credibility === 1) return 'moderate';
  return 'weak';
}

function finish(
  claim: Claim,
  reliability: Reliability,
  credibility: Credibility,
  independentOutlets: number,
  best: AttributionKind | null,
  reasons: string[],
): SourcingGrade {
  const sentence = reasons.join('; ');
  return {
    level: levelOf(claim.sources.length > 0, reliability, credibility),
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
