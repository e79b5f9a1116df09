import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ActorCard } from '@/components/ActorCard';
import { groupRelations, relationSpan } from '@/components/relation-labels';
import { formatPartialDate } from '@/lib/kb/dates';
import type { ActorCardData } from '@/lib/kb/types';

const pboc: ActorCardData = {
  actor: {
    id: 'pboc',
    kind: 'regulator',
    names: { en: "People's Bank of China", zh: '中国人民银行', pinyin: 'Zhōngguó Rénmín Yínháng' },
    aliases: [
      { text: 'PBoC', lang: 'en', caseRule: 'sensitive' },
      { text: 'central bank', lang: 'en', caseRule: 'insensitive' },
    ],
    summary:
      "China's central bank: sets monetary policy and oversees payments and personal credit reporting.",
    relations: [
      { kind: 'operates', target: 'crc' },
      { kind: 'supervises', target: 'ant' },
      { kind: 'ledBy', target: 'yi-gang', since: '2018' },
    ],
    cautions: ['Not the Bank of China, which is a state-owned commercial bank.'],
  },
  relations: [
    {
      kind: 'operates',
      inverse: false,
      other: { id: 'crc', kind: 'institution', name: 'Credit Reference Center', zh: '征信中心' },
    },
    {
      kind: 'supervises',
      inverse: false,
      other: { id: 'ant', kind: 'company', name: 'Ant Group', zh: '蚂蚁集团' },
    },
    {
      kind: 'ledBy',
      inverse: false,
      since: '2018',
      other: { id: 'yi-gang', kind: 'person', name: 'Yi Gang', zh: '易纲' },
    },
    // The same fact recorded on Yi Gang's side: must not list him twice.
    {
      kind: 'leads',
      inverse: true,
      since: '2018',
      other: { id: 'yi-gang', kind: 'person', name: 'Yi Gang', zh: '易纲' },
    },
    // Recorded only on the predecessor's side, so it reaches this card as an inverse relation.
    {
      kind: 'leads',
      inverse: true,
      since: '2002-12',
      until: '2018-03',
      other: { id: 'zhou-xiaochuan', kind: 'person', name: 'Zhou Xiaochuan', zh: '周小川' },
    },
    {
      kind: 'partOf',
      inverse: true,
      other: { id: 'safe', kind: 'regulator', name: 'State Administration of Foreign Exchange' },
      note: 'administered by the central bank',
    },
  ],
  claims: [],
  outletNames: {},
};

function relationLines(): string[] {
  const list = screen.getByRole('list', { name: 'Relations' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('ActorCard', () => {
  it('names the actor in English, Chinese and pinyin, with its kind', () => {
    render(<ActorCard data={pboc} />);
    const dialog = screen.getByRole('dialog', { name: "About People's Bank of China" });
    expect(within(dialog).getByRole('heading', { name: "People's Bank of China" })).toBeTruthy();
    expect(screen.getByText('中国人民银行').getAttribute('lang')).toBe('zh');
    expect(screen.getByText('Zhōngguó Rénmín Yínháng')).toBeTruthy();
    expect(screen.getByText('Regulator')).toBeTruthy();
    expect(screen.getByText(/sets monetary policy/)).toBeTruthy();
  });

  it('reads relations from this actor’s side, grouped by label', () => {
    render(<ActorCard data={pboc} />);
    expect(relationLines()).toEqual([
      'Includes: State Administration of Foreign Exchange — administered by the central bank',
      'Operates: Credit Reference Center',
      'Led by: Yi Gang (since 2018), Zhou Xiaochuan (Dec 2002–Mar 2018)',
      'Supervises: Ant Group',
    ]);
  });

  it('phrases an inverse relation from the card’s actor (Ant: supervised by the PBoC)', () => {
    const ant: ActorCardData = {
      actor: {
        id: 'ant',
        kind: 'company',
        names: { en: 'Ant Group', zh: '蚂蚁集团', pinyin: 'Mǎyǐ Jítuán' },
        aliases: [],
        summary: 'Alibaba’s fintech affiliate, operator of Alipay.',
        relations: [],
      },
      relations: [
        {
          kind: 'supervises',
          inverse: true,
          other: { id: 'pboc', kind: 'regulator', name: "People's Bank of China" },
        },
      ],
      claims: [],
      outletNames: {},
    };
    render(<ActorCard data={ant} />);
    expect(relationLines()).toEqual(["Supervised by: People's Bank of China"]);
    expect(screen.getByText('Company')).toBeTruthy();
  });

  it('calls onSelectActor with the id of a clicked related actor', () => {
    const onSelectActor = vi.fn();
    render(<ActorCard data={pboc} onSelectActor={onSelectActor} />);
    fireEvent.click(screen.getByRole('button', { name: 'Credit Reference Center' }));
    expect(onSelectActor).toHaveBeenCalledWith('crc');
    fireEvent.click(screen.getByRole('button', { name: 'Zhou Xiaochuan' }));
    expect(onSelectActor).toHaveBeenLastCalledWith('zhou-xiaochuan');
  });

  it('shows related actors as plain text when nothing listens for a selection', () => {
    render(<ActorCard data={pboc} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Credit Reference Center')).toBeTruthy();
  });

  it('has a close button only when onClose is given', () => {
    const onClose = vi.fn();
    const { unmount } = render(<ActorCard data={pboc} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
    unmount();
    render(<ActorCard data={pboc} />);
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
  });

  it('shows cautions', () => {
    render(<ActorCard data={pboc} />);
    expect(screen.getByText(/Not the Bank of China/)).toBeTruthy();
  });

  it('renders no claims section when there are no claims', () => {
    render(<ActorCard data={pboc} />);
    expect(screen.queryByRole('region', { name: /Claims/ })).toBeNull();
    expect(screen.queryByText('Claims')).toBeNull();
  });

  it('lists claims with their sourcing badge and status when there are some', () => {
    const data: ActorCardData = {
      ...pboc,
      claims: [
        {
          claim: {
            id: 'pboc-data-jv',
            statement:
              'The PBoC proposed a joint venture with tech platforms to oversee their consumer data.',
            actors: ['pboc', 'ant'],
            eventDate: '2021-03',
            sources: [{ outlet: 'bloomberg', date: '2021-03-02', attribution: 'anonymous' }],
            status: 'partially-confirmed',
            developments: [],
            cues: [],
          },
          grade: {
            level: 'moderate',
            reliability: 'D',
            reliabilityText: 'Not usually reliable',
            credibility: 3,
            credibilityText: 'Possibly true',
            independentOutlets: 1,
            bestAttribution: 'anonymous',
            reasons: ['one outlet (bloomberg), citing unnamed sources'],
            summary: 'One outlet (bloomberg), citing unnamed sources.',
          },
        },
      ],
    };
    render(<ActorCard data={{ ...data, outletNames: { bloomberg: 'Bloomberg News' } }} />);
    const claims = screen.getByRole('region', { name: "Claims about People's Bank of China" });
    expect(within(claims).getByText(/proposed a joint venture/)).toBeTruthy();
    // Sources name the outlet, not its id.
    expect(within(claims).getByText('Bloomberg News')).toBeTruthy();
    expect(within(claims).getByText('Moderate · D3')).toBeTruthy();
    expect(within(claims).getByText('Partly confirmed')).toBeTruthy();
  });

  it('works without Chinese names or relations', () => {
    const data: ActorCardData = {
      actor: {
        id: 'reuters',
        kind: 'outlet',
        names: { en: 'Reuters' },
        aliases: [],
        summary: 'International news agency.',
        relations: [],
      },
      relations: [],
      claims: [],
      outletNames: {},
    };
    render(<ActorCard data={data} />);
    expect(screen.getByRole('heading', { name: 'Reuters' })).toBeTruthy();
    expect(screen.getByText('News outlet')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Relations' })).toBeNull();
  });
});

describe('relation labels', () => {
  it('merges both records of one fact and orders lines by kind', () => {
    const groups = groupRelations(pboc.relations);
    expect(groups.map((g) => g.label)).toEqual(['Includes', 'Operates', 'Led by', 'Supervises']);
    expect(groups[2]!.items.map((r) => r.other.id)).toEqual(['yi-gang', 'zhou-xiaochuan']);
  });

  it('formats partial dates and spans', () => {
    expect(formatPartialDate('2018')).toBe('2018');
    expect(formatPartialDate('2021-03')).toBe('Mar 2021');
    expect(formatPartialDate('2021-03-05')).toBe('5 Mar 2021');
    expect(formatPartialDate('spring 2021')).toBe('spring 2021');
    expect(relationSpan({ since: '2018' })).toBe('since 2018');
    expect(relationSpan({ until: '2023' })).toBe('until 2023');
    expect(relationSpan({ since: '2018', until: '2023-07' })).toBe('2018–Jul 2023');
    expect(relationSpan({})).toBeNull();
  });

  it('keeps a long list of relations short, with the rest behind "More relations"', () => {
    const kinds = ['operates', 'licensed', 'fined', 'summoned', 'issued', 'ledBy'] as const;
    const data: ActorCardData = {
      ...pboc,
      relations: kinds.map((kind, i) => ({
        kind,
        inverse: false,
        other: { id: `a${i}`, kind: 'company', name: `Actor ${i}` },
      })),
    };
    render(<ActorCard data={data} />);
    const [shown, more] = screen.getAllByRole('list', { name: 'Relations' });
    expect(shown!.querySelectorAll(':scope > li')).toHaveLength(4);
    expect(more!.querySelectorAll(':scope > li')).toHaveLength(2);
    expect(more!.closest('details')?.querySelector('summary')?.textContent).toBe(
      'More relations (2)',
    );
    expect(more!.closest('details')?.open).toBe(false);
  });

  it('runs relation notes into the line without a stray full stop before the comma', () => {
    const data: ActorCardData = {
      ...pboc,
      relations: [
        {
          kind: 'ledBy',
          inverse: false,
          note: 'Governor.',
          other: { id: 'a', kind: 'person', name: 'A' },
        },
        {
          kind: 'ledBy',
          inverse: false,
          note: 'Party secretary.',
          other: { id: 'b', kind: 'person', name: 'B' },
        },
      ],
    };
    render(<ActorCard data={data} />);
    const list = screen.getByRole('list', { name: 'Relations' });
    expect(list.textContent).toBe('Led by: A — Governor, B — Party secretary');
  });
});
