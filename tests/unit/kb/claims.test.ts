/**
 * The claims of the bundled dataset: the source report's ten claims (sr01-sr10) and the other
 * fact-sheet claims (cl04, cl11-cl26), their sources, statuses and later developments.
 */
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Claim } from '../../../lib/kb/schema';
import { gradeClaim } from '../../../lib/sourcing/grade';
import type { SourcingGrade } from '../../../lib/sourcing/types';
import { readCore } from './helpers';

const core = datasetSchema.parse(readCore());
const actorsById = new Map(core.actors.map((actor) => [actor.id, actor]));
const claimsById = new Map(core.claims.map((claim) => [claim.id, claim]));

function claim(id: string): Claim {
  const found = claimsById.get(id);
  if (!found) throw new Error(`claim "${id}" is missing from core.json`);
  return found;
}

/** An outlet written like an id must be an outlet actor; plain names carry capitals or spaces. */
const looksLikeId = (text: string) => /^[a-z0-9][a-z0-9_.-]*$/.test(text);

// The source report's claims in its order, with the fact-sheet claim each maps to and the
// status that follows from the fact sheet's finding.
const sourceReportClaims: [string, string | null, Claim['status']][] = [
  ['sr01', 'CL01', 'reported'],
  ['sr02', 'CL02', 'reported'],
  ['sr03', 'CL03', 'disputed'],
  ['sr04', null, 'reported'],
  ['sr05', 'CL05', 'confirmed'],
  ['sr06', 'CL06', 'confirmed'],
  ['sr07', 'CL07', 'partially-confirmed'],
  ['sr08', 'CL08', 'confirmed'],
  ['sr09', 'CL09', 'partially-confirmed'],
  ['sr10', 'CL10', 'confirmed'],
];

describe("the source report's ten claims", () => {
  it.each(sourceReportClaims)('%s exists with a source, maps to %s and is %s', (id, cl, status) => {
    const found = claim(id);
    expect(found.sources.length).toBeGreaterThan(0);
    expect(found.status).toBe(status);
    if (cl) expect(found.note).toContain(cl);
  });

  it('lists the source report (todaychina) only as a relay that names the outlet it relays', () => {
    const relays = core.claims.flatMap((c) =>
      c.sources
        .filter((source) => source.outlet === 'todaychina')
        .map((source) => [c.id, source] as const),
    );
    expect(relays.length).toBeGreaterThanOrEqual(9);
    for (const [id, source] of relays) {
      expect(source.attribution, id).toBe('citing-outlet');
      // sr03 is the report's own addition: the Bloomberg text found does not carry it.
      if (id === 'sr03') expect(source.cites, id).toBeUndefined();
      else expect(['bloomberg', 'wsj', 'ft'], id).toContain(source.cites);
    }
    // Every claim the report relays from an outlet names the report among its sources.
    for (const [id] of sourceReportClaims.filter(([id]) => id !== 'sr05')) {
      expect(
        claim(id).sources.some((source) => source.outlet === 'todaychina'),
        id,
      ).toBe(true);
    }
  });

  it('relays Bloomberg, the WSJ and the FT as the report does', () => {
    const relayed = (id: string) =>
      claim(id).sources.find((source) => source.outlet === 'todaychina')?.cites;
    for (const id of ['sr01', 'sr02', 'sr04']) expect(relayed(id), id).toBe('bloomberg');
    for (const id of ['sr06', 'sr07']) expect(relayed(id), id).toBe('wsj');
    for (const id of ['sr08', 'sr09', 'sr10']) expect(relayed(id), id).toBe('ft');
  });

  it('records that the PBoC did not respond (claim 4)', () => {
    const sr04 = claim('sr04');
    // The grade reads a source's actorResponse as the response of the claim's first actor.
    expect(sr04.actors[0]).toBe('pboc');
    const silent = sr04.sources.filter((source) => source.actorResponse === 'no-response');
    expect(silent.map((source) => source.outlet)).toContain('bloomberg');
    expect(sr04.cues).toContain('did not immediately comment');
  });

  it('marks the "taking over the data" line (claim 3) disputed, sourced to the report alone', () => {
    const sr03 = claim('sr03');
    expect(sr03.status).toBe('disputed');
    expect(sr03.sources.map((source) => source.outlet)).toEqual(['todaychina']);
    expect(sr03.note).toMatch(/not in the Bloomberg text/i);
  });

  it('keeps the platform guidelines on official documents with both dates', () => {
    const sr05 = claim('sr05');
    expect(sr05.actors).toEqual(expect.arrayContaining(['platform_aml_guidelines', 'samr', 'amc']));
    expect(sr05.sources.some((source) => source.attribution === 'official-document')).toBe(true);
    expect(sr05.developments.map((d) => [d.date, d.effect])).toEqual(
      expect.arrayContaining([
        ['2020-11-10', 'confirms'],
        ['2021-02-07', 'confirms'],
      ]),
    );
  });

  it('names the credit data and the products behind the "debit" and "chant" of claim 10', () => {
    expect(claim('sr10').actors).toEqual(
      expect.arrayContaining(['ant', 'crc', 'jiebei', 'huabei']),
    );
    expect(claim('sr08').cues).toContain('500 million');
    expect(claim('sr10').cues).toContain('step-by-step');
  });
});

describe('every claim', () => {
  it('carries the other fact-sheet claims too', () => {
    const others = ['cl04', ...Array.from({ length: 16 }, (_, i) => `cl${i + 11}`)];
    expect(others.filter((id) => !claimsById.has(id))).toEqual([]);
    expect(core.claims.length).toBe(27);
  });

  it.each(core.claims.map((c) => [c.id, c] as const))(
    '%s names existing actors and outlets',
    (id, c) => {
      for (const actorId of c.actors)
        expect(actorsById.has(actorId), `${id}: ${actorId}`).toBe(true);
      expect(new Set(c.actors).size, `${id}: duplicate actors`).toBe(c.actors.length);
      for (const source of c.sources) {
        for (const outlet of [source.outlet, source.cites]) {
          if (outlet === undefined || !looksLikeId(outlet)) continue;
          expect(actorsById.get(outlet)?.kind, `${id}: outlet ${outlet}`).toBe('outlet');
        }
        // An outlet that is an actor and reported the claim is one of the claim's actors.
        if (looksLikeId(source.outlet)) expect(c.actors, id).toContain(source.outlet);
        if (
          source.attribution === 'citing-outlet' &&
          source.outlet === 'todaychina' &&
          id !== 'sr03'
        ) {
          expect(source.cites, id).toBeDefined();
        }
        if (source.cites) expect(source.attribution, id).toBe('citing-outlet');
      }
    },
  );

  it.each(core.claims.map((c) => [c.id, c] as const))(
    '%s has a plain statement, a date, 2-6 cues and sorted developments',
    (id, c) => {
      expect(c.statement.length, id).toBeLessThan(400);
      expect(c.eventDate, id).toBeDefined();
      expect(c.cues.length, id).toBeGreaterThanOrEqual(2);
      expect(c.cues.length, id).toBeLessThanOrEqual(6);
      expect(new Set(c.cues.map((cue) => cue.toLowerCase())).size, id).toBe(c.cues.length);
      const dates = c.developments.map((d) => d.date);
      expect(dates, id).toEqual([...dates].sort());
    },
  );

  it('gives every claim about Ant Group a dated timeline of what happened later', () => {
    const antClaims = core.claims.filter((c) => c.actors.includes('ant'));
    expect(antClaims.length).toBeGreaterThanOrEqual(10);
    for (const c of antClaims) {
      expect(c.developments.length, c.id).toBeGreaterThan(0);
      for (const d of c.developments) expect(d.date, c.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      const dates = c.developments.map((d) => d.date);
      expect(dates, c.id).toEqual([...dates].sort());
    }
    // The milestones of Ant's story appear on its claims' timelines.
    const dates = new Set(antClaims.flatMap((c) => c.developments.map((d) => d.date)));
    for (const date of [
      '2020-11-03',
      '2021-04-12',
      '2021-09-22',
      '2023-01-07',
      '2023-07-07',
      '2024-11-11',
    ])
      expect(dates, date).toContain(date);
  });

  it('never uses a publisher address the fact sheet could not find', () => {
    // No bloomberg.com, wsj.com or ft.com address was found; copies and relays are cited instead.
    const urls = core.claims.flatMap((c) => [
      ...c.sources.map((source) => source.url),
      ...c.developments.map((d) => d.url),
    ]);
    for (const url of urls) {
      if (!url) continue;
      expect(new URL(url).hostname, url).not.toMatch(/(^|\.)(bloomberg|wsj|ft)\.com$/);
    }
  });

  it('backs every confirmed claim with a document, a statement or a confirming event', () => {
    for (const c of core.claims.filter((c) => c.status === 'confirmed')) {
      const onRecord = c.sources.some((source) =>
        ['official-document', 'named-official', 'company-statement'].includes(source.attribution),
      );
      const confirmedLater = c.developments.some((d) => d.effect === 'confirms');
      expect(onRecord || confirmedLater, c.id).toBe(true);
    }
  });
});

describe('grades that tell claims apart', () => {
  const names = new Map(core.actors.map((a) => [a.id, a.names.en]));
  const gradeOf = (id: string) =>
    gradeClaim(claim(id), { outletNames: (outlet) => names.get(outlet) ?? outlet });

  it('gives sr01, sr02 and sr04 (never confirmed) other levels than sr06, sr08 and sr10', () => {
    const never = ['sr01', 'sr02', 'sr04'].map((id) => gradeOf(id).level);
    const later = ['sr06', 'sr08', 'sr10'].map((id) => gradeOf(id).level);
    expect(later).toEqual(['confirmed', 'confirmed', 'confirmed']);
    for (const level of never) expect(later).not.toContain(level);
  });

  it.each(core.claims.map((c) => [c.id, c.status] as const))(
    '%s: the badge agrees with the status shown beside it (%s)',
    (id, status) => {
      const level = gradeOf(id).level;
      const expected: Record<Claim['status'], SourcingGrade['level'][]> = {
        confirmed: ['confirmed'],
        'partially-confirmed': ['partly-confirmed'],
        reported: ['strong', 'moderate', 'weak'],
        disputed: ['weak'],
        denied: ['unsupported'],
        superseded: ['strong', 'moderate', 'weak', 'unsupported'],
      };
      expect(expected[status], `${id} is ${status} but graded ${level}`).toContain(level);
    },
  );

  it("never counts an outlet's own later report as confirmation (sr07, sr09)", () => {
    const outletNames = (id: string) => {
      const outlet = core.actors.find((a) => a.id === id && a.kind === 'outlet');
      return outlet ? [outlet.names.en, ...outlet.aliases.map((a) => a.text)] : [];
    };
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const c of core.claims) {
      const own = c.sources.filter((s) => s.attribution !== 'citing-outlet').map((s) => s.outlet);
      const names = [...new Set(own.flatMap(outletNames))];
      for (const d of c.developments) {
        // "The WSJ reported ...", "A later FT report ...", "The FT's own follow-up ...".
        const byOwnOutlet = names.some((name) =>
          new RegExp(`(^|\\W)${escape(name)}('s)?( own)? (report|follow-up)`).test(d.event),
        );
        if (byOwnOutlet) expect(d.effect, `${c.id}: ${d.event}`).toBe('context');
      }
    }
    // The two follow-ups, recorded as their outlets' later reports: context in the reasons.
    expect(gradeOf('sr07').reasons).toContain(
      'a follow-up by The Wall Street Journal (23 Jun 2021) is context, not corroboration',
    );
    expect(gradeOf('sr09').reasons).toContain(
      'a follow-up by Financial Times (23 Apr 2021) is context, not corroboration',
    );
    for (const id of ['sr07', 'sr09']) expect(gradeOf(id).independentOutlets, id).toBe(1);
  });
});

describe('data fixes', () => {
  it('sr04: Bloomberg\'s "did not immediately respond" is its own line on record', () => {
    const bloomberg = claim('sr04').sources.find((s) => s.outlet === 'bloomberg')!;
    expect(bloomberg.attribution).not.toBe('anonymous');
    expect(bloomberg.actorResponse).toBe('no-response');
    expect(bloomberg.note).toMatch(/own line, on its own record/);
    expect(bloomberg.note).not.toMatch(/citing people familiar/);
  });

  it("cl04: Pony Ma's earnings-call quote is on record, not from people familiar", () => {
    const bloomberg = claim('cl04').sources.find((s) => s.outlet === 'bloomberg')!;
    expect(bloomberg.attribution).toBe('named-official');
    expect(bloomberg.note).not.toMatch(/people familiar/i);
    expect(bloomberg.note).toMatch(/earnings call/);
  });

  it('cl12: does not call its sourcing mixed as if a company statement were recorded', () => {
    const cl12 = claim('cl12');
    const kinds = new Set(cl12.sources.map((s) => s.attribution));
    if (!kinds.has('company-statement')) {
      expect(cl12.note).not.toMatch(/Sourcing is mixed/);
      expect(cl12.note).toMatch(/no report of Ant's statement was found/);
    }
  });

  it('cl21: gives the WSJ and CNN no date the fact sheet lacks (only Newser is dated)', () => {
    const dated = claim('cl21')
      .sources.filter((s) => s.date)
      .map((s) => [s.outlet, s.date]);
    expect(dated).toEqual([['Newser', '2023-01-07']]);
  });

  it("dates the National Data Administration's inauguration (25 Oct 2023)", () => {
    const nda = actorsById.get('nda')!;
    expect(nda.relations).toContainEqual(
      expect.objectContaining({ kind: 'partOf', target: 'ndrc', since: '2023-10-25' }),
    );
  });
});
