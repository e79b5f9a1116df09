import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PageOutline } from '@/components/PageOutline';
import { outlineOf } from '@/components/outline-entries';
import type { Findings } from '@/lib/messaging';

const grade = { level: 'strong', reliability: 'B', credibility: 3 } as const;
const findings: Findings = {
  url: 'https://news.example/a',
  title: 'A story',
  isArticle: true,
  signals: [],
  level: 'full',
  // Reported out of order on purpose: the outline puts them in reading order.
  mentions: [
    {
      actorId: 'pboc',
      name: "People's Bank of China",
      kind: 'regulator',
      text: 'PBoC',
      start: 40,
      end: 44,
    },
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant', start: 90, end: 93 },
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant Group', start: 0, end: 9 },
  ],
  claims: [
    { claimId: 'sr08', text: 'Ant agreed to share its data.', start: 90, end: 119, grade },
    { claimId: 'sr01', text: 'The PBoC pressed\nAnt.', start: 40, end: 60, grade },
  ],
  snippets: [
    { snippetId: 's1', state: 'anchored', text: 'pressed Ant', start: 49, end: 60 },
    { snippetId: 's2', state: 'not-found', text: 'gone now' },
  ],
  attributions: [{ kind: 'anonymous', text: 'People familiar said so.', start: 120, end: 144 }],
};

describe('the outline of a page', () => {
  it('groups by actor (first seen first), by claim, snippet and attribution, each in reading order', () => {
    const groups = outlineOf(findings);
    expect(groups.map((group) => group.id)).toEqual([
      'actors',
      'claims',
      'snippets',
      'attributions',
    ]);
    expect(groups[0]!.entries.map((e) => [e.owner, e.text, e.nth, e.of])).toEqual([
      ['Ant Group', 'Ant Group', 1, 2],
      ['Ant Group', 'Ant', 2, 2],
      ["People's Bank of China", 'PBoC', 1, 1],
    ]);
    expect(groups[1]!.entries.map((e) => e.start)).toEqual([40, 90]);
    // Only snippets standing on the page now have a place to show.
    expect(groups[2]!.entries.map((e) => e.text)).toEqual(['pressed Ant']);
    expect(groups[3]!.entries[0]).toMatchObject({ layer: 'attributions', start: 120, end: 144 });
  });

  it('moves with the arrows and reveals the active entry with Enter, then says it was shown', async () => {
    const onReveal = vi.fn(async () => true);
    render(<PageOutline findings={findings} onReveal={onReveal} />);
    const list = screen.getByRole('listbox', { name: 'Everything marked on this page' });
    expect(within(list).getAllByRole('option')).toHaveLength(7);
    expect(within(list).getByRole('group', { name: 'Claims' })).toBeTruthy();
    const active = () => document.getElementById(list.getAttribute('aria-activedescendant')!)!;
    expect(active().getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(active().textContent).toContain('The PBoC pressed');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(onReveal).toHaveBeenCalledWith(
      expect.objectContaining({ layer: 'claims', start: 40, end: 60 }),
    );
    expect(await screen.findByText('Shown on the page.')).toBeTruthy();
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(active().textContent).toContain('People familiar said so.');
    fireEvent.keyDown(list, { key: 'Home' });
    expect(active().textContent).toContain('Ant Group');
  });

  it('says when the page no longer has the mark', async () => {
    render(<PageOutline findings={findings} onReveal={async () => false} />);
    fireEvent.click(screen.getAllByRole('option')[2]!);
    expect(await screen.findByText('Not found on the page as it is now.')).toBeTruthy();
  });

  it('says when nothing is marked', () => {
    render(
      <PageOutline
        findings={{ ...findings, mentions: [], claims: [], snippets: [], attributions: [] }}
        onReveal={async () => true}
      />,
    );
    expect(screen.getByText('Nothing is marked on this page at this level.')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
