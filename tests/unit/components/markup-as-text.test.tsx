/**
 * Knowledge-base and snippet text that holds markup is shown as text everywhere it is shown:
 * actor and claim cards, the side panel's lists, the library's rows. A hostile import must not
 * get an element, an event handler or a script into an extension page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ActorCard } from '@/components/ActorCard';
import { ClaimCard } from '@/components/ClaimCard';
import { KnowledgeBaseView } from '@/components/KnowledgeBaseView';
import { SidePanelView } from '@/components/SidePanelView';
import { SnippetLibraryView } from '@/components/SnippetLibraryView';
import { actorSchema, claimSchema } from '@/lib/kb/schema';
import type { ActorCardData, ClaimCardData } from '@/lib/kb/types';
import type { Findings } from '@/lib/messaging';
import { gradeClaim } from '@/lib/sourcing/grade';
import { snippet } from '../snippets/make-snippet';

const IMG = '<img src=x onerror="globalThis.hacked=1">';
const SCRIPT = '<script>globalThis.hacked=2</script>';
const BOTH = `${IMG}${SCRIPT}`;
/** A string that says which field it is, so a test can find the field's text on screen. */
const evil = (field: string) => `${field} ${BOTH}`;

const actor = actorSchema.parse({
  id: 'evil-actor',
  kind: 'company',
  names: { en: evil('name'), zh: `名称${IMG}`, zhHant: `名稱${SCRIPT}`, pinyin: evil('pinyin') },
  aliases: [{ text: evil('alias'), lang: 'en' }],
  summary: evil('summary'),
  cautions: [evil('caution')],
});

const claim = claimSchema.parse({
  id: 'evil-claim',
  statement: evil('statement'),
  actors: ['evil-actor'],
  eventDate: '2021-09',
  status: 'reported',
  sources: [
    {
      outlet: 'evil-outlet',
      date: '2021-09-16',
      headline: evil('headline'),
      attribution: 'anonymous',
    },
  ],
  developments: [{ date: '2021-09-22', event: evil('development'), effect: 'confirms' }],
});
const grade = gradeClaim(claim);

const actorCard: ActorCardData = {
  actor,
  relations: [
    {
      kind: 'owns',
      inverse: false,
      note: evil('relation note'),
      other: { id: 'x', kind: 'company', name: evil('relation') },
    },
  ],
  claims: [{ claim, grade }],
  outletNames: { 'evil-outlet': evil('outlet') },
};

const claimCard: ClaimCardData = {
  claim,
  grade,
  actors: [{ id: actor.id, kind: 'company', name: evil('claim actor') }],
  related: [{ id: 'other', statement: evil('related'), grade }],
  outletNames: { 'evil-outlet': evil('outlet') },
};

const evilSnippet = snippet('snip-evil-1', {
  exact: evil('quote'),
  note: evil('note'),
  tags: [evil('tag')],
  citation: { title: evil('title'), siteName: evil('site'), authors: [evil('author')] },
  actors: ['evil-actor'],
  claims: ['evil-claim'],
});

const findings: Findings = {
  url: 'https://news.example/a',
  title: evil('page title'),
  isArticle: true,
  signals: [evil('signal')],
  level: 'full',
  mentions: [
    {
      actorId: actor.id,
      name: actor.names.en,
      kind: 'company',
      text: evil('mention'),
      start: 0,
      end: 10,
    },
  ],
  claims: [
    {
      claimId: claim.id,
      text: evil('claim sentence'),
      start: 20,
      end: 40,
      grade: { level: grade.level, reliability: grade.reliability, credibility: grade.credibility },
    },
  ],
  attributions: [],
  snippets: [],
};

/** No element, handler or script came from the strings, and their text is on screen. */
function expectTextOnly(container: HTMLElement, fields: readonly string[]): void {
  expect(container.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  expect(container.querySelectorAll('[onerror], [onload], [onclick], [src="x"]')).toHaveLength(0);
  const text = container.textContent ?? '';
  for (const field of fields) expect(text, field).toContain(evil(field));
  expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).hacked;
});

describe('markup in the knowledge base renders as text', () => {
  it('on an actor card: names, summary, cautions, relations and claims', () => {
    const { container } = render(<ActorCard data={actorCard} onSelectClaim={vi.fn()} />);
    expectTextOnly(container, ['name', 'summary', 'caution', 'relation', 'statement']);
    expect(container.textContent).toContain(`名称${IMG}`);
  });

  it('on a claim card: statement, sources, outlets, what happened next, actors, related claims', () => {
    const { container } = render(<ClaimCard data={claimCard} />);
    expectTextOnly(container, ['statement', 'outlet', 'development', 'claim actor', 'related']);
  });

  it("in the side panel: the page's title, its actors, its claims and its snippets", () => {
    const { container } = render(
      <SidePanelView
        findings={findings}
        level="full"
        selectedId={null}
        card={null}
        onSelect={vi.fn()}
        onSelectActor={vi.fn()}
        onBack={vi.fn()}
        snippets={[{ ...evilSnippet, state: 'not-found' }]}
        selectedClaimId={null}
        claimCard={null}
        onSelectClaim={vi.fn()}
      />,
    );
    expectTextOnly(container, ['page title', 'name', 'quote']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(evil('page title'));
  });

  it('in the side panel with a card open', () => {
    const { container } = render(
      <SidePanelView
        findings={findings}
        level="full"
        selectedId={actor.id}
        card={actorCard}
        onSelect={vi.fn()}
        onSelectActor={vi.fn()}
        onBack={vi.fn()}
      />,
    );
    expectTextOnly(container, ['name', 'summary']);
  });
});

describe('markup in the knowledge-base page renders as text', () => {
  it('in the search results', () => {
    const { container } = render(
      <KnowledgeBaseView
        query="evil"
        onQueryChange={vi.fn()}
        results={{
          actors: [
            {
              id: actor.id,
              kind: 'company',
              name: actor.names.en,
              zh: actor.names.zh,
              matched: evil('alias'),
              origin: 'imported',
              userEdited: false,
            },
          ],
          claims: [{ claim, origin: 'imported', userEdited: false }],
        }}
        card={actorCard}
        onOpenActor={vi.fn()}
        onLoadRecord={vi.fn(async () => ({
          table: 'actors' as const,
          record: actor,
          meta: { origin: 'imported' as const, datasetId: 'evil-set', userEdited: false },
        }))}
        onSaveActor={vi.fn()}
        onSaveClaim={vi.fn()}
        onDeleteRecord={vi.fn(async () => {})}
        onImport={vi.fn()}
        onExport={vi.fn(async () => {})}
        maxImportBytes={1000}
      />,
    );
    expectTextOnly(container, ['name', 'alias', 'statement']);
  });
});

describe('markup in snippets renders as text', () => {
  // happy-dom lays nothing out: the list's scrolling box is given the height a page would give it.
  let clientHeight: PropertyDescriptor | undefined;
  beforeAll(() => {
    clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.hasAttribute('data-snippet-scroller') ? 600 : 0;
      },
    });
  });
  afterAll(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  });

  it("in the library's rows and filters: quote, note, tags, title, site, names", () => {
    const { container } = render(
      <SnippetLibraryView
        snippets={[evilSnippet]}
        names={{
          actor: (id) => (id === 'evil-actor' ? evil('actor name') : undefined),
          claim: (id) => (id === 'evil-claim' ? evil('claim name') : undefined),
        }}
        onUpdate={vi.fn(async () => {})}
        onDelete={vi.fn(async () => {})}
        onRestore={vi.fn(async () => {})}
        onOpenSource={vi.fn()}
        onExport={vi.fn(async () => {})}
        onImport={vi.fn(async () => ({ added: 0, skipped: [] }))}
      />,
    );
    expectTextOnly(container, ['quote', 'note', 'tag', 'title']);
  });
});
