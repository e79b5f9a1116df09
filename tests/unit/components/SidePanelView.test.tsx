import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { SidePanelView, type SidePanelViewProps } from '@/components/SidePanelView';
import type { ActorCardData } from '@/lib/kb/types';
import type { Findings } from '@/lib/messaging';

/** Mentions out of page order on purpose: the list must follow `start`, not the array. */
const findings: Findings = {
  url: 'https://news.example/a',
  title: 'PBoC wants a say over Ant’s credit data',
  isArticle: true,
  signals: ['json-ld:NewsArticle'],
  level: 'names',
  mentions: [
    {
      actorId: 'pboc',
      name: "People's Bank of China",
      kind: 'regulator',
      text: 'PBoC',
      start: 40,
      end: 44,
    },
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant Group', start: 10, end: 19 },
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant', start: 60, end: 63 },
    {
      actorId: 'crc',
      name: 'Credit Reference Center',
      kind: 'institution',
      text: 'credit\n  center',
      start: 80,
      end: 93,
    },
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant Group', start: 100, end: 109 },
    {
      actorId: 'pboc',
      name: "People's Bank of China",
      kind: 'regulator',
      text: 'the central bank',
      start: 120,
      end: 136,
    },
  ],
  claims: [],
  snippets: [],
  attributions: [],
};

const antCard: ActorCardData = {
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

function renderPanel(overrides: Partial<SidePanelViewProps> = {}) {
  const props: SidePanelViewProps = {
    findings,
    level: 'names',
    selectedId: null,
    card: null,
    onSelect: vi.fn(),
    onSelectActor: vi.fn(),
    onBack: vi.fn(),
    ...overrides,
  };
  render(<SidePanelView {...props} />);
  return props;
}

/** The list's own entries, not the buttons of a card open inside it. */
function entries(): HTMLButtonElement[] {
  const list = screen.getByRole('list', { name: 'Actors on this page' });
  return [...list.querySelectorAll<HTMLButtonElement>(':scope > li > button')];
}

/** The panel as the side panel page wires it: selection held in state, cards looked up by id. */
function Wired({ cards }: { cards: Record<string, ActorCardData> }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <SidePanelView
      findings={findings}
      level="names"
      selectedId={selectedId}
      card={selectedId ? (cards[selectedId] ?? null) : null}
      onSelect={setSelectedId}
      onSelectActor={setSelectedId}
      onBack={() => setSelectedId(null)}
    />
  );
}

describe('SidePanelView', () => {
  it('heads the panel with the page title', () => {
    renderPanel();
    expect(
      screen.getByRole('heading', { level: 1, name: 'PBoC wants a say over Ant’s credit data' }),
    ).toBeTruthy();
  });

  it('says when nothing has been read on the tab yet', () => {
    renderPanel({ findings: null });
    expect(screen.getByText('Not annotated.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says when annotation is off, by the settings or in the page’s own report', () => {
    renderPanel({ level: 'off' });
    expect(screen.getByText('Annotation is off here.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says when the page reported itself off', () => {
    renderPanel({ findings: { ...findings, level: 'off', mentions: [] } });
    expect(screen.getByText('Annotation is off here.')).toBeTruthy();
  });

  it('says when the page is not an article', () => {
    renderPanel({ findings: { ...findings, isArticle: false, mentions: [] } });
    expect(screen.getByText('This page does not look like a news article.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says when an article names no known actor', () => {
    renderPanel({ findings: { ...findings, mentions: [] } });
    expect(screen.getByText('No known actors in this article.')).toBeTruthy();
  });

  it('groups mentions by actor, in order of first appearance, with counts and matched texts', () => {
    renderPanel();
    expect(entries().map((entry) => entry.textContent)).toEqual([
      'Ant GroupCompany3 mentionsAnt Group, Ant',
      "People's Bank of ChinaRegulator2 mentionsPBoC, the central bank",
      // The text's line break is a space to a reader.
      'Credit Reference CenterInstitution1 mentioncredit center',
    ]);
  });

  it('keeps one entry in the Tab order and moves between entries with the arrow keys', () => {
    renderPanel();
    const [ant, pboc, crc] = entries();
    expect(entries().map((entry) => entry.tabIndex)).toEqual([0, -1, -1]);
    ant!.focus();
    fireEvent.keyDown(ant!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(pboc);
    fireEvent.keyDown(pboc!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(crc);
    // At the end it stays put.
    fireEvent.keyDown(crc!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(crc);
    fireEvent.keyDown(crc!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(pboc);
    fireEvent.keyDown(pboc!, { key: 'Home' });
    expect(document.activeElement).toBe(ant);
    fireEvent.keyDown(ant!, { key: 'End' });
    expect(document.activeElement).toBe(crc);
    // The Tab stop follows focus, so Tab comes back to where the reader left the list.
    expect(entries().map((entry) => entry.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('selects an entry with Enter or Space', () => {
    const props = renderPanel();
    const [ant, pboc] = entries();
    fireEvent.keyDown(ant!, { key: 'Enter' });
    expect(props.onSelect).toHaveBeenCalledWith('ant');
    fireEvent.keyDown(pboc!, { key: ' ' });
    expect(props.onSelect).toHaveBeenLastCalledWith('pboc');
  });

  it('marks the selected entry and shows its card right below it', () => {
    renderPanel({ selectedId: 'ant', card: antCard });
    const [ant, pboc] = entries();
    expect(ant!.getAttribute('aria-expanded')).toBe('true');
    expect(ant!.getAttribute('aria-current')).toBe('true');
    expect(pboc!.getAttribute('aria-expanded')).toBe('false');
    expect(pboc!.hasAttribute('aria-current')).toBe(false);
    const region = document.getElementById(ant!.getAttribute('aria-controls')!)!;
    expect(within(region).getByRole('dialog', { name: 'About Ant Group' })).toBeTruthy();
    expect(within(region).getByText('蚂蚁集团')).toBeTruthy();
    // Below its own entry, inside the same list item.
    expect(ant!.closest('li')!.contains(region)).toBe(true);
  });

  it('waits for the selected actor’s card rather than showing another actor’s', () => {
    renderPanel({ selectedId: 'pboc', card: antCard });
    expect(screen.getByText('Loading the card…')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('goes from the list to a card and back, by keyboard, with focus kept in place', () => {
    render(<Wired cards={{ ant: antCard }} />);
    const ant = entries()[0]!;
    ant.focus();
    fireEvent.keyDown(ant, { key: 'Enter' });
    expect(screen.getByRole('dialog', { name: 'About Ant Group' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(entries()[0]!.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(entries()[0]);

    // Escape from inside the card does the same.
    fireEvent.keyDown(entries()[0]!, { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Back to the list' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(entries()[0]);
  });

  it('calls onBack from the Back control', () => {
    const props = renderPanel({ selectedId: 'ant', card: antCard });
    fireEvent.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(props.onBack).toHaveBeenCalledOnce();
    expect(props.onSelect).not.toHaveBeenCalled();
  });

  it('passes a related actor chosen on the card to onSelectActor', () => {
    const props = renderPanel({ selectedId: 'ant', card: antCard });
    fireEvent.click(screen.getByRole('button', { name: "People's Bank of China" }));
    expect(props.onSelectActor).toHaveBeenCalledWith('pboc');
  });

  it('moves the card to a related actor’s entry and focus with it', () => {
    const pbocCard: ActorCardData = {
      ...antCard,
      actor: {
        ...antCard.actor,
        id: 'pboc',
        kind: 'regulator',
        names: { en: "People's Bank of China", zh: '中国人民银行' },
      },
      relations: [],
    };
    render(<Wired cards={{ ant: antCard, pboc: pbocCard }} />);
    fireEvent.keyDown(entries()[0]!, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: "People's Bank of China" }));
    const [ant, pboc] = entries();
    expect(ant!.getAttribute('aria-expanded')).toBe('false');
    expect(pboc!.getAttribute('aria-expanded')).toBe('true');
    const region = document.getElementById(pboc!.getAttribute('aria-controls')!)!;
    expect(within(region).getByText('中国人民银行')).toBeTruthy();
    expect(document.activeElement).toBe(region);
  });

  it('shows the card of a related actor that is not on the page after the list', () => {
    const yiGang: ActorCardData = {
      ...antCard,
      actor: {
        ...antCard.actor,
        id: 'yi_gang',
        kind: 'person',
        names: { en: 'Yi Gang', zh: '易纲' },
      },
      relations: [],
    };
    renderPanel({ selectedId: 'yi_gang', card: yiGang });
    expect(entries().every((entry) => entry.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(screen.getByRole('dialog', { name: 'About Yi Gang' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Actors on this page' });
    expect(list.contains(screen.getByRole('dialog'))).toBe(false);
  });
});

describe('the page’s claims and snippets in the side panel', () => {
  const withClaims: Findings = {
    ...findings,
    claims: [
      {
        claimId: 'sr08',
        text: 'Ant agreed to share the records of its 500 million borrowers.',
        start: 200,
        end: 262,
        grade: { level: 'confirmed', reliability: 'D', credibility: 1 },
      },
    ],
  };

  it('lists each claim sentence with its grade, and opens the claim’s card when chosen', () => {
    const onSelectClaim = vi.fn();
    renderPanel({ findings: withClaims, onSelectClaim, selectedClaimId: null });
    const region = screen.getByRole('region', { name: 'Claims on this page' });
    const entry = within(region).getByRole('button', { name: /500 million borrowers/ });
    expect(entry.textContent).toContain('Confirmed · D1');
    fireEvent.click(entry);
    expect(onSelectClaim).toHaveBeenCalledWith('sr08');
  });

  it('lists the reader’s snippets and says which are no longer found', () => {
    const base = {
      quote: { exact: 'the central bank asked', prefix: '', suffix: '' },
      citation: {
        url: 'https://n.example/a',
        pageUrl: 'https://n.example/a',
        title: 't',
        site: 'n.example',
        authors: [],
      },
      savedAt: '2024-01-02T03:04:05.000Z',
      updatedAt: '2024-01-02T03:04:05.000Z',
      actors: [],
      claims: [],
      grades: {},
      tags: [],
    };
    renderPanel({
      findings: withClaims,
      snippets: [
        { ...base, id: 'snip-a', note: 'check', state: 'anchored' },
        {
          ...base,
          id: 'snip-b',
          note: '',
          quote: { ...base.quote, exact: 'removed words' },
          state: 'not-found',
        },
      ],
    });
    const region = screen.getByRole('region', { name: 'Your snippets from this page' });
    const items = within(region).getAllByRole('listitem');
    expect(items[0]!.textContent).not.toContain('Not found');
    expect(items[1]!.textContent).toContain('Not found on the page as it is now');
  });
});
