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
import { englishReasonWords, listWords as listIn, type ReasonWords } from './reason-words';

export interface GradeOptions {
  /** Turns an outlet id ("bloomberg") into its name ("Bloomberg News"); plain names pass through. */
  outletNames?: (id: string) => string;
  /**
   * How the claim's actor reads inside a sentence ("the People's Bank of China"). Defaults to
   * `outletNames`, which usually holds every actor's name, then to "the actor concerned".
   */
  actorName?: (id: string) => string;
  /**
   * How an outlet reads in the reasons when not as `outletNames` says: its name in the reader's
   * language. Outlets are told apart by `outletNames` alone, so the grade is the same in every
   * language.
   */
  shownNames?: (id: string) => string;
  /** The language of the reasons; English unless given. */
  words?: ReasonWords;
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
  const words = options.words ?? englishReasonWords;
  const listWords = (items: string[]) => listIn(words, items);
  const outletName = options.outletNames ?? ((id: string) => id);
  const shown = options.shownNames ?? outletName;
  const actorId = claim.actors[0];
  const actorName =
    actorId === undefined
      ? words.say('unknownActor')
      : ((options.actorName ?? options.outletNames)?.(actorId) ?? words.say('unknownActor'));
  const sources = claim.sources;
  const reasons: string[] = [];

  if (sources.length === 0) {
    reasons.push(words.say('noSources'));
    return finish(claim, 'F', 6, 0, null, reasons, words);
  }

  const followUp = followUpTest(sources, outletName);
  const counted = sources.filter((source) => !followUp(source));
  const followUps: FollowUp[] = sources.filter(followUp).map((source) => ({
    name: shown(source.outlet),
    date: source.date!,
  }));
  const { entries, redundantRelays, unnamedRelays } = independentOutlets(
    counted,
    outletName,
    shown,
  );
  const best = bestAttribution(counted);

  reasons.push(describeOutlets(entries, unnamedRelays, words));
  if (followUps.length > 0) reasons.push(describeFollowUps(followUps, words));
  if (redundantRelays.length > 0) {
    const relays = unique(redundantRelays);
    const names = listWords(relays);
    reasons.push(words.say(relays.length === 1 ? 'relayOne' : 'relayMany', { names }));
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
  if (response) reasons.push(describeResponse(response, actorName, disputedByDenial, words));
  if (settled.decider) reasons.push(describeDevelopment(settled.decider, words));

  // A hand-set status only ever lowers the grade: raising needs evidence the reasons can name
  // (a document, a confirmation, a later event), while caution costs nothing.
  if (claim.status === 'disputed') {
    credibility = Math.max(credibility, 4) as Credibility;
    if (!disputedByDenial) reasons.push(words.say('markedDisputed'));
  } else if (claim.status === 'denied') {
    credibility = Math.max(credibility, 5) as Credibility;
    reasons.push(words.say('markedDenied'));
  }

  const partly = settled.decider?.effect === 'partly-confirms';
  return finish(claim, reliability, credibility, independent, best, reasons, words, partly);
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
function independentOutlets(
  sources: Source[],
  outletName: (id: string) => string,
  shown: (id: string) => string,
) {
  const entries = new Map<string, OutletEntry>();
  const key = (outlet: string) => outletName(outlet).trim().toLowerCase();

  for (const source of sources) {
    if (source.attribution === 'citing-outlet') continue;
    const k = key(source.outlet);
    const entry = entries.get(k);
    if (!entry) {
      entries.set(k, {
        key: k,
        name: shown(source.outlet),
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
    const relay = shown(source.outlet);
    if (!source.cites) {
      unnamedRelays.push(relay);
      continue;
    }
    const k = key(source.cites);
    const entry = entries.get(k);
    if (!entry) {
      entries.set(k, {
        key: k,
        name: shown(source.cites),
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

function describeFollowUps(followUps: FollowUp[], words: ReasonWords): string {
  const parts = followUps.map((f) =>
    words.say('followUpItem', { name: f.name, date: words.date(f.date) }),
  );
  return followUps.length === 1
    ? words.say('followUpOne', { names: parts[0]! })
    : words.say('followUpMany', { names: listIn(words, parts) });
}

function describeResponse(
  response: ActorResponse,
  actor: string,
  disputed: boolean,
  words: ReasonWords,
): string {
  switch (response) {
    case 'confirmed':
      return words.say('responseConfirmed', { actor });
    case 'denied':
      return words.say(disputed ? 'responseDeniedDisputed' : 'responseDenied', { actor });
    case 'declined':
      return words.say('responseDeclined', { actor });
    case 'no-response':
      return words.say('responseNone', { actor });
  }
}

function describeDevelopment(development: Development, words: ReasonWords): string {
  const key =
    development.effect === 'confirms'
      ? 'laterConfirmed'
      : development.effect === 'partly-confirms'
        ? 'laterPartly'
        : 'laterContradicted';
  const event = development.event.trim().replace(/[.;]+$/, '');
  return words.say(key, { event, date: words.date(development.date) });
}

/** The first reason: how many independent outlets, and on what each of them relied. */
function describeOutlets(
  entries: OutletEntry[],
  unnamedRelays: string[],
  words: ReasonWords,
): string {
  const listWords = (items: string[]) => listIn(words, items);
  if (entries.length === 0) {
    return words.say('onlyRelays', { relays: listWords(unique(unnamedRelays)) });
  }
  const count = entries.length;
  const head =
    count === 1 ? words.say('oneOutlet') : words.say('outlets', { count: words.count(count) });
  const first = entries[0]!.attribution;
  const uniform = first !== null && entries.every((entry) => entry.attribution === first);

  if (uniform) {
    const names = listWords(entries.map((entry) => entry.name));
    const key = count === 1 ? 'uniformOne' : count === 2 ? 'uniformTwo' : 'uniformAll';
    return words.say(key, { head, names, attribution: words.attribution(first) });
  }
  const parts = entries.map((entry) =>
    entry.attribution === null
      ? words.say('partRelayed', {
          name: entry.name,
          relays: listWords(unique(entry.relayedBy)),
        })
      : words.say('partCiting', {
          name: entry.name,
          attribution: words.attribution(entry.attribution),
        }),
  );
  return words.say('mixed', { head, parts: listWords(parts) });
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
  words: ReasonWords,
  partlyConfirmed = false,
): SourcingGrade {
  const sentence = reasons.join(words.say('reasonSeparator'));
  const text = words.capitalize
    ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`
    : sentence;
  return {
    level: levelOf(claim.sources.length > 0, reliability, credibility, partlyConfirmed),
    reliability,
    reliabilityText: reliabilityTexts[reliability],
    credibility,
    credibilityText: credibilityTexts[credibility],
    independentOutlets,
    bestAttribution: best,
    reasons,
    summary: words.say('summary', { text }),
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
