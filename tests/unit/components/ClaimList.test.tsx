import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ClaimList } from '@/components/ClaimList';
import { admiraltyWords } from '@/components/SourcingBadge';
import type { ActorCardData } from '@/lib/kb/types';
import type { SourcingGrade } from '@/lib/sourcing/types';

type GradedClaim = ActorCardData['claims'][number];

const moderateC2: SourcingGrade = {
  level: 'moderate',
  reliability: 'C',
  reliabilityText: 'Fairly reliable',
  credibility: 2,
  credibilityText: 'Probably true',
  independentOutlets: 2,
  bestAttribution: 'anonymous',
  reasons: [
    'two independent outlets (The Wall Street Journal and Financial Times), both citing unnamed sources',
    "the People's Bank of China did not respond",
  ],
  summary:
    'Two independent outlets (The Wall Street Journal and Financial Times), both citing unnamed ' +
    "sources; the People's Bank of China did not respond.",
};

const dataRequest: GradedClaim = {
  claim: {
    id: 'ant-data-request',
    statement: 'Regulators asked Ant Group to share consumer-credit data.',
    actors: ['pboc', 'ant'],
    eventDate: '2021-01',
    sources: [
      {
        outlet: 'wsj',
        date: '2021-01-05',
        headline: 'Chinese Regulators Try to Get Jack Ma’s Ant Group to Share Consumer Data',
        attribution: 'anonymous',
        actorResponse: 'no-response',
      },
      {
        outlet: 'ft',
        date: '2021-03-02',
        headline: 'Jack Ma’s Ant defies pressure from Beijing to share more customer data',
        url: 'https://www.afr.com/world/asia/jack-ma-s-ant-defies-pressure',
        attribution: 'anonymous',
      },
      { outlet: 'todaychina', attribution: 'citing-outlet', cites: 'wsj' },
    ],
    status: 'partially-confirmed',
    // Deliberately out of order: the timeline sorts by date.
    developments: [
      {
        date: '2021-09-22',
        event: 'Huabei says it will report to the PBoC credit database',
        effect: 'partly-confirms',
      },
      { date: '2021-07', event: 'Credit Reference Center notice to platforms', effect: 'context' },
      { date: '2023-07-07', event: 'Ant fined 7.1 bn yuan', effect: 'context' },
    ],
    cues: [],
  },
  grade: moderateC2,
};

const olderReport: GradedClaim = {
  claim: {
    id: 'older',
    statement: 'An older, thinly sourced report.',
    actors: ['pboc'],
    sources: [{ outlet: 'Some Blog', attribution: 'citing-outlet' }],
    status: 'reported',
    developments: [],
    cues: [],
  },
  grade: {
    level: 'weak',
    reliability: 'E',
    reliabilityText: 'Unreliable',
    credibility: 6,
    credibilityText: 'Truth cannot be judged',
    independentOutlets: 0,
    bestAttribution: 'citing-outlet',
    reasons: ['only relays that name no original report (Some Blog)'],
    summary: 'Only relays that name no original report (Some Blog).',
  },
};

const outletNames = {
  wsj: 'The Wall Street Journal',
  ft: 'Financial Times',
  todaychina: 'todaychina.cc',
};

function renderList(claims: GradedClaim[] = [dataRequest, olderReport]) {
  return render(
    <ClaimList claims={claims} actorName="People's Bank of China" outletNames={outletNames} />,
  );
}

describe('ClaimList', () => {
  it('renders nothing for an empty list', () => {
    const { container } = renderList([]);
    expect(container.innerHTML).toBe('');
  });

  it('shows each statement with a badge: level and code, the words in its title and name', () => {
    renderList();
    const region = screen.getByRole('region', { name: "Claims about People's Bank of China" });
    expect(within(region).getByText(/asked Ant Group to share/)).toBeTruthy();
    const badge = within(region).getByText('Moderate · C2');
    expect(badge.getAttribute('title')).toBe('Fairly reliable source, probably true');
    expect(
      within(region).getByRole('img', {
        name: 'Moderate sourcing, C2: Fairly reliable source, probably true',
      }),
    ).toBe(badge);
    expect(within(region).getByText('Weak · E6').getAttribute('title')).toBe(
      'Unreliable source, truth cannot be judged',
    );
  });

  it('opens only the first claim', () => {
    const { container } = renderList();
    const details = [...container.querySelectorAll('details')];
    expect(details.map((d) => d.open)).toEqual([true, false]);
  });

  it('gives the reasons as one sentence, and the status when it is not plain reported', () => {
    renderList();
    expect(screen.getByText(moderateC2.summary)).toBeTruthy();
    expect(screen.getByText('Partly confirmed')).toBeTruthy();
    expect(screen.queryByText('Reported')).toBeNull();
  });

  it('links a source headline only when its url is known', () => {
    renderList([dataRequest]);
    const sources = screen.getByRole('list', { name: 'Sources' });
    const links = within(sources).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]!.textContent).toBe(
      'Jack Ma’s Ant defies pressure from Beijing to share more customer data',
    );
    expect(links[0]!.getAttribute('href')).toBe(
      'https://www.afr.com/world/asia/jack-ma-s-ant-defies-pressure',
    );
    expect(within(sources).getByText(/Try to Get Jack Ma’s Ant Group/).tagName).not.toBe('A');
  });

  it('names outlets, dates and attribution in words', () => {
    renderList([dataRequest]);
    const lines = within(screen.getByRole('list', { name: 'Sources' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      'The Wall Street Journal, 5 Jan 2021: Chinese Regulators Try to Get Jack Ma’s Ant Group to ' +
        'Share Consumer Data — citing unnamed sources; no response to a request for comment',
      'Financial Times, 2 Mar 2021: Jack Ma’s Ant defies pressure from Beijing to share more ' +
        'customer data — citing unnamed sources',
      'todaychina.cc — relaying The Wall Street Journal',
    ]);
  });

  it('shows what happened next as a dated timeline, oldest first', () => {
    renderList([dataRequest]);
    const timeline = screen.getByRole('list', { name: 'What happened next' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Jul 2021 Credit Reference Center notice to platforms',
      '22 Sep 2021 Huabei says it will report to the PBoC credit database (partly confirms the claim)',
      '7 Jul 2023 Ant fined 7.1 bn yuan',
    ]);
  });

  it('has no timeline for a claim without developments', () => {
    renderList([olderReport]);
    expect(screen.queryByRole('list', { name: 'What happened next' })).toBeNull();
    expect(screen.getByText(/relaying another outlet/)).toBeTruthy();
  });
});

describe('admiraltyWords', () => {
  it('reads F without a doubled "cannot be judged" source', () => {
    expect(
      admiraltyWords({
        ...moderateC2,
        reliability: 'F',
        reliabilityText: 'Reliability cannot be judged',
        credibility: 6,
        credibilityText: 'Truth cannot be judged',
      }),
    ).toBe('Source reliability cannot be judged, truth cannot be judged');
  });
});
