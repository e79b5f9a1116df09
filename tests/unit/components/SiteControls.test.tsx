import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SiteControls, type SiteControlsProps } from '@/components/SiteControls';
import { PopupView } from '@/components/PopupView';
import { ActorCard } from '@/components/ActorCard';
import { NeverAnnotateSite } from '@/components/NeverAnnotateSite';
import type { ActorCardData } from '@/lib/kb/types';
import type { Findings } from '@/lib/messaging';
import { useLocale } from '../../support/locale';

const findings: Findings = {
  url: 'https://news.example/a',
  title: 'A story',
  isArticle: true,
  signals: ['json-ld:NewsArticle'],
  level: 'full',
  mentions: [
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant Group', start: 0, end: 9 },
    { actorId: 'pboc', name: 'PBoC', kind: 'regulator', text: 'PBoC', start: 20, end: 24 },
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant', start: 30, end: 33 },
  ],
  claims: [
    {
      claimId: 'c1',
      text: 'A claim.',
      start: 0,
      end: 8,
      grade: { level: 'moderate', reliability: 'B', credibility: 3 },
    },
  ],
  attributions: [
    { kind: 'anonymous', text: 'One.', start: 0, end: 4 },
    { kind: 'vague', text: 'Two.', start: 5, end: 9 },
  ],
  snippets: [],
};

function renderControls(overrides: Partial<SiteControlsProps> = {}) {
  const props: SiteControlsProps = {
    host: 'news.example',
    globalLevel: 'claims',
    siteLevel: null,
    findings,
    policy: 'detect',
    onPolicy: vi.fn(),
    onAnnotate: vi.fn(async () => 'annotated' as const),
    ...overrides,
  };
  render(<SiteControls {...props} />);
  return props;
}

describe('the level in force and what was found', () => {
  it('says which level is in force and where it comes from', () => {
    renderControls();
    expect(screen.getByText('Level here: Claims')).toBeTruthy();
    expect(screen.getByText('(as everywhere)')).toBeTruthy();
  });

  it('names this site as the origin when the site has a level of its own', () => {
    renderControls({ siteLevel: 'full' });
    expect(screen.getByText('Level here: Full')).toBeTruthy();
    expect(screen.getByText('(set for this site)')).toBeTruthy();
  });

  it('counts actors (each once), claims, attributions and snippets', () => {
    renderControls();
    expect(screen.getByLabelText('Found here').textContent).toBe(
      '2 actors · 1 claim · 2 attributed sentences · 0 saved snippets',
    );
  });

  it('counts nothing on a page that was not annotated', () => {
    renderControls({ findings: { ...findings, isArticle: false } });
    expect(screen.queryByLabelText('Found here')).toBeNull();
  });
});

describe("the site's choice over detection", () => {
  it('is a named radio group showing the choice in force, and reports a new one', () => {
    const props = renderControls({ policy: 'always' });
    const group = screen.getByRole('group', { name: 'Pages of news.example' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      'Follow detection',
      'Always annotate',
      'Never annotate',
    ]);
    expect(radios.map((radio) => radio.checked)).toEqual([false, true, false]);
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Every page of this site is annotated, article or not.')).toBeTruthy();
    fireEvent.click(within(group).getByLabelText('Never annotate'));
    expect(props.onPolicy).toHaveBeenCalledWith('never');
  });

  it('is operable from the keyboard: one group of focusable radios, buttons of type button', () => {
    renderControls();
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    // One name: the browser moves the choice with the arrow keys inside it.
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    for (const control of [...radios, ...screen.getAllByRole('button')]) {
      expect((control as HTMLElement).tabIndex).toBe(0);
      (control as HTMLElement).focus();
      expect(document.activeElement).toBe(control);
    }
    for (const button of screen.getAllByRole('button')) {
      expect(button.getAttribute('type')).toBe('button');
    }
  });
});

describe('"Annotate this page"', () => {
  it('asks for the whole page or the selection, and says how it went', async () => {
    const onAnnotate = vi.fn(async (scope: string) =>
      scope === 'page' ? ('annotated' as const) : ('no-selection' as const),
    );
    renderControls({ onAnnotate });
    const group = screen.getByRole('group', { name: 'Annotate this page' });
    fireEvent.click(within(group).getByRole('button', { name: 'Annotate this page' }));
    expect(onAnnotate).toHaveBeenLastCalledWith('page');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Annotated at your request.'),
    );
    fireEvent.click(within(group).getByRole('button', { name: 'Only the selected passage' }));
    expect(onAnnotate).toHaveBeenLastCalledWith('selection');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Select a passage on the page first.'),
    );
  });

  it('says when the page could not be annotated', async () => {
    renderControls({ onAnnotate: vi.fn(async () => Promise.reject(new Error('no tab'))) });
    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('This page cannot be annotated.'),
    );
  });

  it('cannot be pressed while the level here is off, and says why', () => {
    const props = renderControls({ siteLevel: 'off' });
    const button = screen.getByRole('button', { name: 'Annotate this page' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(props.onAnnotate).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe(
      'Annotation is off here; choose a level first.',
    );
  });

  it('shows no site controls on a page that is not a web page', () => {
    renderControls({ host: null });
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});

describe('in the popup', () => {
  it('says the reader chose never to annotate the site, rather than blame detection', () => {
    render(
      <PopupView
        host="news.example"
        globalLevel="names"
        siteLevel={null}
        findings={{ ...findings, isArticle: false, signals: ['reader:never-annotate'] }}
        onGlobalLevel={vi.fn()}
        onSiteLevel={vi.fn()}
        site={{ policy: 'never', onPolicy: vi.fn(), onAnnotate: vi.fn() }}
      />,
    );
    expect(
      screen.getByText('Not annotated: you chose never to annotate news.example.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Never annotate') as HTMLInputElement).checked).toBe(true);
  });

  it('speaks Chinese to a Chinese reader', () => {
    useLocale('zh_CN');
    renderControls({ siteLevel: 'names' });
    expect(screen.getByText('本站级别：名称')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'news.example 的页面' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '标注本页' })).toBeTruthy();
    expect(screen.getByLabelText('本页发现').textContent).toBe(
      '2 个主体 · 1 条说法 · 2 句有出处的句子 · 0 条已存摘录',
    );
  });
});

describe('the card\'s "Not an article?" action', () => {
  const card: ActorCardData = {
    actor: {
      id: 'ant',
      kind: 'company',
      names: { en: 'Ant Group', zh: '蚂蚁集团' },
      aliases: [],
      relations: [],
    },
    relations: [],
    claims: [],
  } as unknown as ActorCardData;

  it("sits at the foot of the page's card, names the site and switches it off", () => {
    const onNever = vi.fn();
    render(
      <ActorCard
        data={card}
        footer={<NeverAnnotateSite host="front.example" onNever={onNever} />}
      />,
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/Not an article\?/)).toBeTruthy();
    const action = within(dialog).getByRole('button', { name: 'Never annotate front.example' });
    fireEvent.click(action);
    expect(onNever).toHaveBeenCalledTimes(1);
  });

  it('is not on a card shown without it (the side panel)', () => {
    render(<ActorCard data={card} />);
    expect(screen.queryByText(/Not an article\?/)).toBeNull();
  });
});
