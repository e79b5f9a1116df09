import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ActorEditor } from '@/components/ActorEditor';
import { ClaimEditor } from '@/components/ClaimEditor';
import { KnowledgeBaseView, type KnowledgeBaseViewProps } from '@/components/KnowledgeBaseView';
import { PopupView } from '@/components/PopupView';
import type { Actor } from '@/lib/kb/schema';
import type { KbSearchResult } from '@/lib/kb/search';
import { actorCardSchema, type ActorCardData } from '@/lib/kb/types';

const pboc: Actor = {
  id: 'pboc',
  kind: 'regulator',
  names: { en: "People's Bank of China", zh: '中国人民银行' },
  aliases: [
    {
      text: 'PBC',
      lang: 'en',
      caseRule: 'sensitive',
      context: { pageMentionsAny: ['central bank'] },
      note: 'Also used by others.',
    },
  ],
  summary: "China's central bank.",
  relations: [],
};

const results: KbSearchResult = {
  actors: [
    {
      id: 'pboc',
      kind: 'regulator',
      name: "People's Bank of China",
      zh: '中国人民银行',
      matched: 'PBC',
      origin: 'bundled',
      userEdited: false,
    },
    {
      id: 'my-unit',
      kind: 'institution',
      name: 'Fintech Unit',
      matched: 'Fintech Unit',
      origin: 'user',
      userEdited: false,
    },
  ],
  claims: [
    {
      claim: {
        id: 'jv',
        statement: 'The central bank plans a credit data joint venture.',
        actors: ['pboc'],
        eventDate: '2021-03',
        sources: [{ outlet: 'bloomberg', attribution: 'anonymous' }],
        status: 'reported',
        developments: [],
        cues: [],
      },
      origin: 'bundled',
      userEdited: false,
    },
  ],
};

// Built through the protocol's schema, so the fixture is a card the background could send.
const card: ActorCardData = actorCardSchema.parse({
  actor: pboc,
  relations: [],
  claims: [],
  outletNames: {},
});

function renderKnowledgeBase(overrides: Partial<KnowledgeBaseViewProps> = {}) {
  const props: KnowledgeBaseViewProps = {
    query: 'bank',
    onQueryChange: vi.fn(),
    results,
    card: null,
    onOpenActor: vi.fn(),
    onLoadRecord: vi.fn(async () => ({
      table: 'actors' as const,
      record: pboc,
      meta: { origin: 'bundled' as const, datasetId: 'reglens-core', userEdited: false },
    })),
    onSaveActor: vi.fn(async (actor: Actor) => ({
      id: actor.id,
      created: true,
      changed: true,
      origin: 'user' as const,
    })),
    onSaveClaim: vi.fn(async () => ({
      id: 'c',
      created: true,
      changed: true,
      origin: 'user' as const,
    })),
    onDeleteRecord: vi.fn(async () => {}),
    onImport: vi.fn(async () => ({ ok: false as const, errors: ['nope'] })),
    onExport: vi.fn(async () => {}),
    maxImportBytes: 1000,
    ...overrides,
  };
  const view = render(<KnowledgeBaseView {...props} />);
  return {
    props,
    rerender: (next: Partial<KnowledgeBaseViewProps>) =>
      view.rerender(<KnowledgeBaseView {...props} {...next} />),
  };
}

const field = (name: string) => screen.getByLabelText(name, { exact: true });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

describe('KnowledgeBaseView search', () => {
  it('lists actor and claim results, with what matched and whose they are', () => {
    renderKnowledgeBase();
    const actors = within(screen.getByRole('region', { name: 'Actors' }));
    const [first, second] = actors.getAllByRole('button');
    expect(first!.textContent).toBe("People's Bank of China中国人民银行Regulatormatched “PBC”");
    expect(second!.textContent).toBe('Fintech UnitInstitutionYours');
    const claims = within(screen.getByRole('region', { name: 'Claims' }));
    expect(claims.getByText('The central bank plans a credit data joint venture.')).toBeTruthy();
    expect(claims.getByText('1 source')).toBeTruthy();
  });

  it('passes typing up and says when nothing matches', () => {
    const { props, rerender } = renderKnowledgeBase();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search actors and claims' }), {
      target: { value: 'ant' },
    });
    expect(props.onQueryChange).toHaveBeenCalledWith('ant');
    rerender({ query: 'zzz', results: { actors: [], claims: [] } });
    expect(screen.getByText('Nothing matches “zzz”.')).toBeTruthy();
  });

  it('opens an actor card through the callback, and its relations open other cards', () => {
    const { props, rerender } = renderKnowledgeBase();
    fireEvent.click(screen.getByRole('button', { name: /People's Bank of China/ }));
    expect(props.onOpenActor).toHaveBeenCalledWith('pboc');
    expect(screen.getByText('Opening…')).toBeTruthy();

    rerender({ card });
    const dialog = screen.getByRole('dialog', { name: "About People's Bank of China" });
    expect(within(dialog).getByText("China's central bank.")).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens a claim result in the claim editor', async () => {
    const { props } = renderKnowledgeBase({
      onLoadRecord: vi.fn(async () => ({
        table: 'claims' as const,
        record: results.claims[0]!.claim,
        meta: { origin: 'bundled' as const, datasetId: 'reglens-core', userEdited: false },
      })),
    });
    fireEvent.click(screen.getByRole('button', { name: /Edit claim: The central bank/ }));
    expect(props.onLoadRecord).toHaveBeenCalledWith('claims', 'jv');
    const form = await screen.findByRole('form', { name: 'Edit claim' });
    expect((within(form).getByLabelText('Statement *') as HTMLTextAreaElement).value).toBe(
      'The central bank plans a credit data joint venture.',
    );
    expect(within(form).getByText(/This record comes with RegLens/)).toBeTruthy();
    // Bundled records can be edited, not deleted.
    expect(within(form).queryByRole('button', { name: 'Delete claim' })).toBeNull();
  });
});

describe('ActorEditor', () => {
  it('names every missing required field and emits nothing', () => {
    const onSave = vi.fn(async () => {});
    render(<ActorEditor initial={null} onSave={onSave} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save actor' }));

    const alert = screen.getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Id: An id is required.',
      'English name: The English name is required.',
      'Summary: A one-line summary is required.',
    ]);
    expect(field('English name *').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('emits a parsed actor: id from the name, aliases one per line, relations by id', async () => {
    const onSave = vi.fn(async () => {});
    render(<ActorEditor initial={null} onSave={onSave} onCancel={vi.fn()} />);
    type('English name *', 'Fintech Unit');
    type('Chinese name', '金融科技部');
    type('Summary *', '  The central bank’s fintech department.  ');
    fireEvent.change(field('Kind'), { target: { value: 'institution' } });
    type('Other names', 'FTU\n\nFintech Dept\nFTU');
    fireEvent.click(screen.getByRole('button', { name: 'Add a relation' }));
    const relation = within(screen.getByRole('group', { name: 'Relation 1' }));
    fireEvent.change(relation.getByLabelText('Kind'), { target: { value: 'partOf' } });
    fireEvent.change(relation.getByLabelText("Other actor's id"), { target: { value: 'pboc' } });
    fireEvent.change(relation.getByLabelText('Since'), { target: { value: '2019' } });
    expect((field('Id *') as HTMLInputElement).value).toBe('fintech-unit');

    fireEvent.click(screen.getByRole('button', { name: 'Save actor' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith({
      id: 'fintech-unit',
      kind: 'institution',
      names: { en: 'Fintech Unit', zh: '金融科技部' },
      summary: 'The central bank’s fintech department.',
      aliases: [
        { text: 'FTU', lang: 'en', caseRule: 'sensitive' },
        { text: 'Fintech Dept', lang: 'en', caseRule: 'insensitive' },
      ],
      relations: [{ kind: 'partOf', target: 'pboc', since: '2019' }],
    });
  });

  it('keeps the rules of aliases it did not change when editing', async () => {
    const onSave = vi.fn(async () => {});
    render(<ActorEditor initial={pboc} onSave={onSave} onCancel={vi.fn()} />);
    expect((field('Id *') as HTMLInputElement).readOnly).toBe(true);
    type('Summary *', 'The central bank of China.');
    fireEvent.click(screen.getByRole('button', { name: 'Save actor' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith({ ...pboc, summary: 'The central bank of China.' });
  });

  it('reports a bad date or id from the schema, and the background’s refusal', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('relations[0]: there is no actor "ghost"');
    });
    render(<ActorEditor initial={null} onSave={onSave} onCancel={vi.fn()} />);
    type('English name *', 'X');
    type('Summary *', 'Y.');
    type('Id *', 'bad id');
    fireEvent.click(screen.getByRole('button', { name: 'Add a relation' }));
    fireEvent.change(screen.getByLabelText("Other actor's id"), { target: { value: 'ghost' } });
    fireEvent.change(screen.getByLabelText('Since'), { target: { value: 'March 2021' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save actor' }));
    expect(screen.getByRole('alert').textContent).toContain(
      'Id: ids use letters, digits, "_", "-" and "." only',
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Relation 1: dates are YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(onSave).not.toHaveBeenCalled();

    type('Id *', 'x');
    fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2021-03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save actor' }));
    const refusal = await screen.findByText('relations[0]: there is no actor "ghost"');
    expect(refusal.closest('[role="alert"]')?.textContent).toContain(
      'The knowledge base refused the actor:',
    );
  });
});

describe('ClaimEditor', () => {
  it('requires a statement, actors and a source, then emits a parsed claim', async () => {
    const onSave = vi.fn(async () => {});
    render(<ClaimEditor initial={null} onSave={onSave} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save claim' }));
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([
      'Id: An id is required.',
      'Statement: The statement is required.',
      'Actors: Name at least one actor by its id.',
      'Sources: Add at least one source.',
    ]);

    type('Statement *', 'Ant shared credit data with the PBoC.');
    type('Actors *', 'ant, pboc');
    type('Date of the event', '2021-03');
    const source = within(screen.getByRole('group', { name: 'Source 1' }));
    fireEvent.change(source.getByLabelText('Outlet'), { target: { value: 'Caixin' } });
    fireEvent.change(source.getByLabelText('Address (URL)'), { target: { value: 'caixin.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save claim' }));
    expect(screen.getByRole('alert').textContent).toContain(
      'Source 1, Address (URL): A full address is needed (https://…).',
    );

    fireEvent.change(source.getByLabelText('Address (URL)'), {
      target: { value: 'https://www.caixin.com/a.html' },
    });
    fireEvent.change(source.getByLabelText('Attribution'), {
      target: { value: 'official-document' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save claim' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith({
      id: 'claim-ant-shared-credit-data-with-the',
      statement: 'Ant shared credit data with the PBoC.',
      actors: ['ant', 'pboc'],
      eventDate: '2021-03',
      status: 'reported',
      sources: [
        {
          outlet: 'Caixin',
          url: 'https://www.caixin.com/a.html',
          attribution: 'official-document',
        },
      ],
      developments: [],
      cues: [],
    });
  });
});

describe('import and export', () => {
  function chooseFile(content: string, name = 'notes.json') {
    const input = screen.getByLabelText('Import a dataset file');
    fireEvent.change(input, {
      target: { files: [new File([content], name, { type: 'application/json' })] },
    });
  }

  it('shows every problem of a refused file', async () => {
    const onImport = vi.fn(async () => ({
      ok: false as const,
      errors: [
        'The file is not valid JSON: line 4, column 15: trailing comma before "}" (JSON allows none)',
        'actors[0] (id "x").names.en: Invalid input: expected string, received undefined',
      ],
    }));
    renderKnowledgeBase({ onImport });
    chooseFile('{"id": "x",}');
    const alert = await screen.findByRole('alert');
    expect(onImport).toHaveBeenCalledWith('{"id": "x",}');
    expect(
      within(alert).getByText('notes.json was not imported, and nothing was changed:'),
    ).toBeTruthy();
    expect(within(alert).getAllByRole('listitem')).toHaveLength(2);
    expect(alert.textContent).toContain('line 4, column 15: trailing comma');
  });

  it('refuses an oversized file without reading it', async () => {
    const onImport = vi.fn();
    renderKnowledgeBase({ onImport, maxImportBytes: 1024 * 1024 });
    chooseFile('x'.repeat(2 * 1024 * 1024), 'huge.json');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The file is 2 MB; a dataset file can be at most 1 MB.',
    );
    expect(onImport).not.toHaveBeenCalled();
  });

  it('shows the counts of a successful import', async () => {
    renderKnowledgeBase({
      onImport: vi.fn(async () => ({
        ok: true as const,
        result: {
          datasetId: 'notes',
          version: '1.0.0',
          title: 'Notes',
          added: 3,
          updated: 1,
          removed: 0,
          unchanged: 0,
          keptUserEdits: 0,
          alreadyImported: false,
          keptExisting: ['pboc'],
          warnings: ['actor "x": names.pinyin "Jinrong" has no tone marks'],
        },
      })),
    });
    chooseFile('{}');
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(
      'Imported “Notes” (notes, version 1.0.0): 3 records added, 1 updated, 0 removed.',
    );
    expect(status.textContent).toContain('already has them: pboc.');
    expect(status.textContent).toContain('has no tone marks');
  });

  it('exports all or only the user’s records', async () => {
    const { props } = renderKnowledgeBase();
    fireEvent.click(screen.getByRole('button', { name: 'Export my records' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(props.onExport).toHaveBeenCalledWith('mine'));
    expect(props.onExport).toHaveBeenCalledTimes(1); // buttons wait while one export runs
  });
});

describe('the popup', () => {
  it('links to the knowledge base', () => {
    const onOpenKnowledgeBase = vi.fn();
    render(
      <PopupView
        host={null}
        globalLevel="names"
        siteLevel={null}
        findings={null}
        onGlobalLevel={vi.fn()}
        onSiteLevel={vi.fn()}
        onOpenKnowledgeBase={onOpenKnowledgeBase}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Knowledge base' }));
    expect(onOpenKnowledgeBase).toHaveBeenCalled();
  });
});
