import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PopupView, type PopupViewProps } from '@/components/PopupView';
import type { Findings } from '@/lib/messaging';

const findings: Findings = {
  url: 'https://news.example/a',
  title: 'A story',
  isArticle: true,
  signals: ['json-ld:NewsArticle'],
  level: 'names',
  mentions: [
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant Group', start: 0, end: 9 },
    {
      actorId: 'pboc',
      name: "People's Bank of China",
      kind: 'regulator',
      text: 'PBoC',
      start: 20,
      end: 24,
    },
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant', start: 30, end: 33 },
  ],
  claims: [],
  snippets: [],
  attributions: [],
};

function renderPopup(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    host: 'news.example',
    globalLevel: 'names',
    siteLevel: null,
    findings,
    onGlobalLevel: vi.fn(),
    onSiteLevel: vi.fn(),
    ...overrides,
  };
  render(<PopupView {...props} />);
  return props;
}

describe('PopupView', () => {
  it('lists the actors found, most mentioned first, with counts', () => {
    renderPopup();
    const items = within(screen.getByRole('list', { name: 'Actors in this article' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      'Ant Group2',
      "People's Bank of China1",
    ]);
  });

  it('switches the global level', () => {
    const props = renderPopup();
    const everywhere = screen.getByRole('group', { name: 'Everywhere' });
    fireEvent.click(within(everywhere).getByLabelText('Off'));
    expect(props.onGlobalLevel).toHaveBeenCalledWith('off');
  });

  it('sets and clears a per-site level', () => {
    const props = renderPopup({ siteLevel: 'full' });
    const site = screen.getByRole('group', { name: 'On news.example' });
    expect((within(site).getByLabelText('Full') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(site).getByLabelText('Claims'));
    fireEvent.click(within(site).getByLabelText('As everywhere'));
    expect(props.onSiteLevel).toHaveBeenNthCalledWith(1, 'claims');
    expect(props.onSiteLevel).toHaveBeenNthCalledWith(2, null);
  });

  it('says so when the page is not an article', () => {
    renderPopup({ findings: { ...findings, isArticle: false, mentions: [] } });
    expect(screen.getByText('This page does not look like a news article.')).toBeTruthy();
  });
});

describe('a page detection passed over', () => {
  it('says why, in the words detection gave', () => {
    renderPopup({
      findings: {
        ...findings,
        isArticle: false,
        signals: ['og:type=website', 'reason: too little prose: 94 characters in 2 paragraphs'],
      },
    });
    expect(
      screen.getByText(
        'This page does not look like a news article: too little prose: 94 characters in 2 paragraphs.',
      ),
    ).toBeTruthy();
  });
});
