/**
 * The claims and attribution analysers, timed the way names matching is timed (bench/in-page.ts,
 * `matchText`): on each page's text-map text (blocks separated by U+2029), in one page where
 * everything is built once. They run in the background after names matching, on the same text:
 * - names: the bundled knowledge base's matcher, as the background's `mentions()` runs it;
 * - claims: `createClaimMatcher(claims).match(text, mentions)`, the names found handed in, as
 *   lib/background/analyzers/claims.ts does (the names are found once and shared);
 * - attributions: `splitSentences(text)` then the compiled cue file's `find`, as
 *   lib/background/analyzers/attributions.ts does.
 */
import core from '../assets/datasets/core.json';
import cueFile from '../assets/datasets/attribution-cues.json';
import { parseAttributionCues } from '../lib/kb/attribution-cues-schema';
import type { Mention } from '../lib/kb/types';
import { datasetSchema } from '../lib/kb/schema';
import { compileAttributionCues, type AttributionClassifier } from '../lib/match/attribution';
import { createClaimMatcher, type ClaimMatcher } from '../lib/match/claims';
import { splitSentences } from '../lib/match/sentences';
import { piecesOf } from '../lib/background/pieces';
import { measureTogether, nameSet, type MeasureOptions, type Measurement } from './in-page';

interface Analysers {
  claims: ClaimMatcher;
  cues: AttributionClassifier;
  /** What building them took once, in this page, ms. */
  build: AnalyserBuild;
}

export interface AnalyserBuild {
  /** Parsing the bundled dataset with its schema (claims come out of the database parsed). */
  parseClaimsMs: number;
  claimMatcherMs: number;
  /** Checking the cue file with its schema and compiling it. */
  cuesMs: number;
  namesMs: number;
  claims: number;
}

let analysers: Analysers | null = null;

/** Builds the claim matcher, the cue classifier and the bundled name matcher once. */
export function prepareAnalysers(): AnalyserBuild {
  if (analysers) return analysers.build;
  const names = nameSet('kb');
  const t0 = performance.now();
  const dataset = datasetSchema.parse(core);
  const t1 = performance.now();
  const claims = createClaimMatcher(dataset.claims);
  const t2 = performance.now();
  const cues = compileAttributionCues(parseAttributionCues(cueFile));
  const t3 = performance.now();
  analysers = {
    claims,
    cues,
    build: {
      parseClaimsMs: t1 - t0,
      claimMatcherMs: t2 - t1,
      cuesMs: t3 - t2,
      namesMs: names.buildMs,
      claims: dataset.claims.length,
    },
  };
  return analysers.build;
}

function ready(): Analysers {
  prepareAnalysers();
  return analysers!;
}

let texts: string[] = [];
/** Keeps the optimiser from dropping calls whose results are otherwise unused. */
let sink = 0;

export function analyserChecksum(): number {
  return sink;
}

/** Every page's text, in the order the phase numbers them. */
export function setAnalyserTexts(list: string[]): number {
  texts = list;
  return list.length;
}

function textAt(index: number): string {
  const text = texts[index];
  if (text === undefined) throw new Error(`No text ${index}`);
  return text;
}

const findNames = (text: string): Mention[] =>
  nameSet('kb').matcher.match(text, { host: location.hostname });

/** The three analysers once each on `text`: what each found. */
function runAll(text: string, mentions: readonly Mention[]) {
  const { claims, cues } = ready();
  return {
    claims: claims.match(text, mentions).length,
    attributions: cues.find(text, splitSentences(text)).length,
  };
}

export interface AnalyserFigures {
  chars: number;
  /** Sentences splitSentences finds (what the attribution analyser classifies). */
  sentences: number;
  mentions: number;
  claims: number;
  attributions: number;
  names: Measurement;
  claimsTime: Measurement;
  attributionsTime: Measurement;
}

/**
 * Names, claims and attributions on one text, timed in turns (measureTogether), so a busy moment
 * of the machine falls on all three alike and their ratio holds.
 */
export function analyseText(index: number, options?: MeasureOptions): AnalyserFigures {
  const text = textAt(index);
  const { claims, cues } = ready();
  const mentions = findNames(text);
  const found = runAll(text, mentions);
  const [names, claimsTime, attributionsTime] = measureTogether(
    [
      { run: () => void (sink ^= findNames(text).length) },
      { run: () => void (sink ^= claims.match(text, mentions).length) },
      { run: () => void (sink ^= cues.find(text, splitSentences(text)).length) },
    ],
    options,
  );
  return {
    chars: text.length,
    sentences: splitSentences(text).length,
    mentions: mentions.length,
    ...found,
    names: names!,
    claimsTime: claimsTime!,
    attributionsTime: attributionsTime!,
  };
}

export interface AnalyserCalls {
  chars: number;
  /** Every call's time, ms, in the order made; the first of each is the first in this page. */
  names: number[];
  claims: number[];
  attributions: number[];
  /** Of the attribution calls, the sentence splitting alone. */
  sentences: number[];
  mentions: number;
  claimHits: number;
  attributionHits: number;
}

/**
 * Each analyser called `runs` times on one text, every call timed on its own: the question is
 * whether any single call is long, so nothing is batched or averaged, and the first calls (code
 * not yet optimised, as after the background starts) count like the rest. Claims and
 * attributions are called piece by piece, as the background runs them.
 */
export function analyserCalls(index: number, runs: number): AnalyserCalls {
  const text = textAt(index);
  const { claims, cues } = ready();
  const out: AnalyserCalls = {
    chars: text.length,
    names: [],
    claims: [],
    attributions: [],
    sentences: [],
    mentions: 0,
    claimHits: 0,
    attributionHits: 0,
  };
  // The analysers work through a long text in pieces and give the worker back between them
  // (lib/background/pieces.ts): each piece is one task, and each is timed as one call.
  const pieces = piecesOf(text);
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const mentions = findNames(text);
    const t1 = performance.now();
    out.names.push(t1 - t0);
    out.mentions = mentions.length;
    out.claimHits = 0;
    out.attributionHits = 0;
    for (const { start, end } of pieces) {
      const part = text.slice(start, end);
      const here = mentions
        .filter((m) => m.start >= start && m.end <= end)
        .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
      const a = performance.now();
      out.claimHits += claims.match(part, here).length;
      const b = performance.now();
      const spans = splitSentences(part);
      const c = performance.now();
      out.attributionHits += cues.find(part, spans).length;
      const d = performance.now();
      out.claims.push(b - a);
      out.sentences.push(c - b);
      out.attributions.push(d - b);
    }
  }
  return out;
}
