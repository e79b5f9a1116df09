import { describe, expect, it } from 'vitest';
import { claimSchema, type Claim, type ClaimInput } from '../../../lib/kb/schema';
import { gradeClaim, type GradeOptions } from '../../../lib/sourcing/grade';
import { sourcingGradeSchema } from '../../../lib/sourcing/types';

type SourceInput = ClaimInput['sources'][number];

const names: Record<string, string> = {
  bloomberg: 'Bloomberg News',
  wsj: 'The Wall Street Journal',
  ft: 'Financial Times',
  reuters: 'Reuters',
  todaychina: 'todaychina.cc',
  epoch_times: 'The Epoch Times',
  pboc: "People's Bank of China",
};

const options: GradeOptions = {
  outletNames: (id) => names[id] ?? id,
  actorName: (id) => (id === 'pboc' ? "the People's Bank of China" : (names[id] ?? id)),
};

/** A claim parsed by the real schema, so defaults (developments, cues) apply as in the app. */
function claim(sources: SourceInput[], extra: Partial<ClaimInput> = {}): Claim {
  return claimSchema.parse({
    id: 'c1',
    statement: 'The PBoC proposed a data joint venture.',
    actors: ['pboc'],
    sources,
    status: 'reported',
    ...extra,
  });
}

function grade(sources: SourceInput[], extra: Partial<ClaimInput> = {}) {
  return sourcingGradeSchema.parse(gradeClaim(claim(sources, extra), options));
}

const anon = (outlet: string, extra: Partial<SourceInput> = {}): SourceInput => ({
  outlet,
  attribution: 'anonymous',
  ...extra,
});
const relay = (outlet: string, cites?: string): SourceInput => ({
  outlet,
  attribution: 'citing-outlet',
  ...(cites ? { cites } : {}),
});

describe('gradeClaim: independent outlets', () => {
  it('does not count a relay of an outlet already listed', () => {
    const g = grade([anon('bloomberg'), relay('todaychina', 'bloomberg')]);
    expect(g.independentOutlets).toBe(1);
    expect(g.bestAttribution).toBe('anonymous');
    expect(`${g.reliability}${g.credibility}`).toBe('D3');
    expect(g.reasons).toContain('a relay by todaychina.cc adds no independent outlet');
  });

  it('counts an original seen only through relays once, and says so', () => {
    const g = grade([relay('todaychina', 'bloomberg'), relay('epoch_times', 'bloomberg')]);
    expect(g.independentOutlets).toBe(1);
    expect(g.bestAttribution).toBe('citing-outlet');
    expect(g.reliability).toBe('D');
    expect(g.reasons[0]).toBe(
      'one outlet: Bloomberg News (known only through a relay, todaychina.cc and The Epoch Times)',
    );
  });

  it('adds the unseen original to the outlets reported directly', () => {
    const g = grade([anon('wsj'), relay('todaychina', 'bloomberg')]);
    expect(g.independentOutlets).toBe(2);
    expect(`${g.reliability}${g.credibility}`).toBe('C2');
    expect(g.reasons[0]).toContain('Bloomberg News (known only through a relay, todaychina.cc)');
  });

  it('matches a cited outlet by name as well as by id', () => {
    const g = grade([anon('bloomberg'), relay('todaychina', 'Bloomberg News')]);
    expect(g.independentOutlets).toBe(1);
  });

  it('grades relays that name no original as untraceable (E6)', () => {
    const g = grade([relay('todaychina')]);
    expect(g.independentOutlets).toBe(0);
    expect(`${g.reliability}${g.credibility}`).toBe('E6');
    expect(g.level).toBe('weak');
    expect(g.reasons[0]).toBe('only relays that name no original report (todaychina.cc)');
  });

  it('rates two independent anonymous outlets above one (C2 strong vs D3 moderate)', () => {
    const two = grade([anon('bloomberg'), anon('reuters'), anon('bloomberg')]);
    expect(two).toMatchObject({
      independentOutlets: 2,
      reliability: 'C',
      reliabilityText: 'Fairly reliable',
      credibility: 2,
      credibilityText: 'Probably true',
      level: 'strong',
    });
    expect(two.reasons[0]).toBe(
      'two independent outlets (Bloomberg News and Reuters), both citing unnamed sources',
    );

    const one = grade([anon('bloomberg')]);
    expect(one).toMatchObject({
      independentOutlets: 1,
      reliability: 'D',
      reliabilityText: 'Not usually reliable',
      credibility: 3,
      credibilityText: 'Possibly true',
      level: 'moderate',
    });
    expect(one.reasons[0]).toBe('one outlet (Bloomberg News), citing unnamed sources');
  });
});

describe('gradeClaim: attribution', () => {
  it('grades an official document A1, strong', () => {
    const g = grade([{ outlet: 'xinhua', attribution: 'official-document' }], {
      status: 'confirmed',
    });
    expect(g).toMatchObject({
      reliability: 'A',
      reliabilityText: 'Completely reliable',
      credibility: 1,
      credibilityText: 'Confirmed by other sources',
      bestAttribution: 'official-document',
      level: 'strong',
    });
  });

  it('grades a named official or a company statement B2', () => {
    const named = grade([anon('reuters'), { outlet: 'caixin', attribution: 'named-official' }]);
    expect(`${named.reliability}${named.credibility}`).toBe('B2');
    expect(named.bestAttribution).toBe('named-official');
    expect(named.reliabilityText).toBe('Usually reliable');
    expect(named.reasons[0]).toBe(
      'two independent outlets: Reuters citing unnamed sources and caixin citing a named official',
    );

    const company = grade([{ outlet: 'reuters', attribution: 'company-statement' }]);
    expect(`${company.reliability}${company.credibility}`).toBe('B2');
  });
});

describe("gradeClaim: the actor's response", () => {
  it('reports no response and a declined comment neutrally', () => {
    const silent = grade([anon('bloomberg', { actorResponse: 'no-response' })]);
    expect(silent.reasons).toContain("the People's Bank of China did not respond");
    expect(`${silent.reliability}${silent.credibility}`).toBe('D3');

    const declined = grade([anon('bloomberg', { actorResponse: 'declined' })]);
    expect(declined.reasons).toContain("the People's Bank of China declined to comment");
    expect(declined.credibility).toBe(3);
  });

  it('lets a confirmation raise credibility to probably true', () => {
    const g = grade([anon('bloomberg', { actorResponse: 'confirmed' })]);
    expect(g.credibility).toBe(2);
    expect(g.reasons).toContain("the People's Bank of China confirmed it");
  });

  it('lowers a denied claim and marks it disputed', () => {
    const g = grade([anon('bloomberg', { actorResponse: 'denied' }), anon('reuters')]);
    expect(g.credibility).toBe(4);
    expect(g.credibilityText).toBe('Doubtful');
    expect(g.level).toBe('weak');
    expect(g.reasons).toContain(
      "the People's Bank of China denied it, which leaves the claim disputed",
    );
  });

  it('stops calling a denied claim disputed once a later event settles it', () => {
    const g = grade([anon('bloomberg', { actorResponse: 'denied' })], {
      developments: [{ date: '2022-01-04', event: 'The rules were issued', effect: 'confirms' }],
    });
    expect(g.credibility).toBe(1);
    expect(g.summary).toBe(
      "One outlet (Bloomberg News), citing unnamed sources; the People's Bank of China denied it; " +
        'confirmed by a later event: The rules were issued (4 Jan 2022).',
    );
  });

  it('takes a confirmation over a denial recorded elsewhere', () => {
    const g = grade([
      anon('bloomberg', { actorResponse: 'denied' }),
      anon('reuters', { actorResponse: 'confirmed' }),
    ]);
    expect(g.credibility).toBe(2);
  });
});

describe('gradeClaim: status and later developments', () => {
  it('raises credibility to 1 when a later event confirms the claim', () => {
    const g = grade([anon('bloomberg')], {
      developments: [
        { date: '2021-05', event: 'Unrelated context' },
        { date: '2021-09', event: 'The PBoC issued a notice.', effect: 'confirms' },
      ],
    });
    expect(g.credibility).toBe(1);
    expect(g.level).toBe('moderate');
    expect(g.reasons).toContain('confirmed by a later event: The PBoC issued a notice (Sep 2021)');
  });

  it('raises to 2 on a partial confirmation, and never lowers a confirmation', () => {
    const partly = grade([anon('bloomberg')], {
      developments: [{ date: '2021-07-16', event: 'A notice', effect: 'partly-confirms' }],
    });
    expect(partly.credibility).toBe(2);
    expect(partly.reasons).toContain('partly confirmed by a later event: A notice (16 Jul 2021)');

    const both = grade([anon('bloomberg')], {
      developments: [
        { date: '2022', event: 'Partial', effect: 'partly-confirms' },
        { date: '2021', event: 'Full', effect: 'confirms' },
      ],
    });
    expect(both.credibility).toBe(1);
  });

  it('drops a contradicted claim to 5, unsupported', () => {
    const g = grade([anon('bloomberg'), anon('reuters')], {
      developments: [{ date: '2022-01', event: 'The plan was dropped', effect: 'contradicts' }],
    });
    expect(g.credibility).toBe(5);
    expect(g.credibilityText).toBe('Improbable');
    expect(g.level).toBe('unsupported');
    expect(g.reasons).toContain('contradicted by a later event: The plan was dropped (Jan 2022)');
  });

  it('lowers for a disputed or denied status, never raises for a confirmed one', () => {
    const disputed = grade([anon('bloomberg'), anon('reuters')], { status: 'disputed' });
    expect(disputed.credibility).toBe(4);
    expect(disputed.reasons).toContain('the claim is marked disputed');

    const denied = grade([anon('bloomberg')], { status: 'denied' });
    expect(denied.credibility).toBe(5);
    expect(denied.level).toBe('unsupported');

    const confirmed = grade([anon('bloomberg')], { status: 'confirmed' });
    expect(confirmed.credibility).toBe(3);
  });
});

describe('gradeClaim: no sources, and the summary', () => {
  it('grades a claim without sources F6, unsupported', () => {
    // The schema requires a source, so this case can only come from code that bypasses it.
    const bare: Claim = { ...claim([anon('bloomberg')]), sources: [] };
    const g = sourcingGradeSchema.parse(gradeClaim(bare, options));
    expect(g).toMatchObject({
      reliability: 'F',
      reliabilityText: 'Reliability cannot be judged',
      credibility: 6,
      credibilityText: 'Truth cannot be judged',
      independentOutlets: 0,
      bestAttribution: null,
      level: 'unsupported',
      summary: 'No sources are recorded.',
    });
  });

  it('names outlets by id when no names are given', () => {
    const g = gradeClaim(claim([anon('bloomberg', { actorResponse: 'no-response' })]));
    expect(g.summary).toBe(
      'One outlet (bloomberg), citing unnamed sources; the actor concerned did not respond.',
    );
  });

  it('writes one readable sentence for a realistic claim', () => {
    const g = grade(
      [
        anon('wsj', { date: '2021-01-05', actorResponse: 'no-response' }),
        anon('ft', { date: '2021-03-02' }),
        relay('todaychina', 'wsj'),
      ],
      {
        statement: 'Regulators asked Ant Group to share consumer-credit data.',
        actors: ['pboc', 'ant'],
        developments: [
          {
            date: '2021-09-22',
            event: "Huabei said it would report users' credit data to the PBoC credit database.",
            effect: 'partly-confirms',
          },
        ],
      },
    );
    expect(g.summary).toBe(
      'Two independent outlets (The Wall Street Journal and Financial Times), both citing unnamed ' +
        "sources; a relay by todaychina.cc adds no independent outlet; the People's Bank of China " +
        "did not respond; partly confirmed by a later event: Huabei said it would report users' " +
        'credit data to the PBoC credit database (22 Sep 2021).',
    );
    expect(`${g.level} ${g.reliability}${g.credibility}`).toBe('strong C2');
  });
});
