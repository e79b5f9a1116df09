import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ClaimCard } from '@/components/ClaimCard';
import { AttributionLegend } from '@/components/AttributionLegend';
import type { ClaimCardData } from '@/lib/kb/types';
import { claimSchema } from '@/lib/kb/schema';
import { gradeClaim } from '@/lib/sourcing/grade';

const claim = claimSchema.parse({
  id: 'share',
  statement: 'Ant agreed to share its consumer credit data with the central bank’s credit bureau.',
  actors: ['ant', 'pboc'],
  eventDate: '2021-09',
  status: 'confirmed',
  sources: [
    {
      outlet: 'wire',
      date: '2021-09-16',
      headline: 'Ant to hand credit data to state-backed bureau',
      attribution: 'anonymous',
    },
    { outlet: 'Other Paper', date: '2021-09-17', attribution: 'citing-outlet', cites: 'wire' },
  ],
  developments: [
    { date: '2021-09-22', event: 'The bureau confirmed the link-up.', effect: 'confirms' },
  ],
});
const grade = gradeClaim(claim);
const data: ClaimCardData = {
  claim,
  grade,
  actors: [
    { id: 'ant', kind: 'company', name: 'Ant Group' },
    { id: 'pboc', kind: 'regulator', name: "People's Bank of China" },
  ],
  related: [{ id: 'older', statement: 'Regulators pressed Ant to share data.', grade }],
  outletNames: { wire: 'Wire Daily' },
};

describe('ClaimCard', () => {
  it('shows the claim, its grade in words, sources, what happened next, actors and related claims', () => {
    render(<ClaimCard data={data} />);
    const card = screen.getByRole('dialog', { name: 'About this claim' });
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(claim.statement);
    expect(card.textContent).toContain('Claim · Sep 2021');
    expect(card.textContent).toContain(grade.summary);
    const sources = within(card).getByRole('list', { name: 'Sources' });
    expect(
      within(sources)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Wire Daily'),
      expect.stringContaining('relaying Wire Daily'),
    ]);
    expect(within(card).getByRole('list', { name: 'What happened next' }).textContent).toContain(
      'The bureau confirmed the link-up.',
    );
    expect(within(card).getByRole('list', { name: 'Actors in this claim' }).textContent).toBe(
      "Ant GroupPeople's Bank of China",
    );
    expect(within(card).getByRole('list', { name: 'Related claims' }).textContent).toContain(
      'Regulators pressed Ant to share data.',
    );
  });

  it('opens an actor or a related claim when chosen', () => {
    const onSelectActor = vi.fn();
    const onSelectClaim = vi.fn();
    render(<ClaimCard data={data} onSelectActor={onSelectActor} onSelectClaim={onSelectClaim} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ant Group' }));
    fireEvent.click(screen.getByRole('button', { name: 'Regulators pressed Ant to share data.' }));
    expect(onSelectActor).toHaveBeenCalledWith('ant');
    expect(onSelectClaim).toHaveBeenCalledWith('older');
  });
});

describe('AttributionLegend', () => {
  it('says what the mark means, quotes the cue, and lists every kind with the current one marked', () => {
    const onClose = vi.fn();
    render(<AttributionLegend kind="no-comment" cue="did not respond" onClose={onClose} />);
    const card = screen.getByRole('dialog', { name: 'How this sentence is sourced' });
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('No comment');
    expect(card.textContent).toContain('did not respond');
    const items = within(card).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items.filter((item) => item.getAttribute('aria-current') === 'true')).toHaveLength(1);
    fireEvent.click(within(card).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('an actor card’s claims', () => {
  it('open the claim’s own card', async () => {
    const { ClaimList } = await import('@/components/ClaimList');
    const onSelectClaim = vi.fn();
    render(
      <ClaimList claims={[{ claim, grade }]} actorName="Ant Group" onSelectClaim={onSelectClaim} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open the claim’s card' }));
    expect(onSelectClaim).toHaveBeenCalledWith('share');
  });
});
