import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SnippetLibraryView, type SnippetLibraryViewProps } from '@/components/SnippetLibraryView';
import { ant, reuters, snippet } from '../snippets/make-snippet';

const bloomberg = snippet('snip-bloomberg', {
  exact: 'Regulators summoned the company’s executives over its lending practices.',
  note: '<img src=x onerror="alert(1)"> Ask about the <b>timing</b> of the summons.',
  citation: {
    title: 'Ant executives summoned again',
    site: 'www.bloomberg.com',
    published: '2020-11-02',
  },
  actors: ['ant-group'],
  tags: ['enforcement'],
  savedAt: '2024-01-15T12:00:00Z',
});

const all = [ant, reuters, bloomberg];

const names: SnippetLibraryViewProps['names'] = {
  actor: (id) =>
    ({ 'ant-group': 'Ant Group', pboc: "People's Bank of China", caixin: 'Caixin' })[id],
  claim: (id) =>
    id === 'ant-credit-jv' ? 'Ant’s credit business moves to a joint venture' : undefined,
};

function setup(overrides: Partial<SnippetLibraryViewProps> = {}) {
  const props = {
    snippets: all,
    names,
    onUpdate: vi.fn<SnippetLibraryViewProps['onUpdate']>(async () => {}),
    onDelete: vi.fn<SnippetLibraryViewProps['onDelete']>(async () => {}),
    onRestore: vi.fn<SnippetLibraryViewProps['onRestore']>(async () => {}),
    onOpenSource: vi.fn<SnippetLibraryViewProps['onOpenSource']>(),
    onExport: vi.fn<SnippetLibraryViewProps['onExport']>(async () => {}),
    onImport: vi.fn<SnippetLibraryViewProps['onImport']>(async () => ({ added: 0, skipped: [] })),
    ...overrides,
  } satisfies SnippetLibraryViewProps;
  const view = render(<SnippetLibraryView {...props} />);
  return { props, ...view };
}

// happy-dom lays nothing out: the list's scrolling box is given the height a page would give it.
const scrollerHeight = 600;
let clientHeight: PropertyDescriptor | undefined;
beforeAll(() => {
  clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-snippet-scroller') ? scrollerHeight : 0;
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

function list() {
  return screen.getByRole('list', { name: 'Saved snippets' });
}

/** The rows in the DOM (not the tags lists inside them). */
function rows(): HTMLElement[] {
  return Array.from(list().querySelectorAll<HTMLElement>(':scope > li'));
}

function shownIds(): string[] {
  return rows().map((row) => {
    const quote = row.querySelector('blockquote')!.textContent;
    return all.find((s) => s.quote.exact === quote)?.id ?? quote!;
  });
}

function search(text: string) {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search snippets' }), {
    target: { value: text },
  });
}

function choose(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function row(id: string): HTMLElement {
  const quote = all.find((s) => s.id === id)!.quote.exact;
  return rows().find((r) => r.querySelector('blockquote')!.textContent === quote)!;
}

describe('SnippetLibraryView: search and filters', () => {
  it('lists every snippet, newest first, with a labelled list and its count', () => {
    setup();
    expect(shownIds()).toEqual(['snip-ant', 'snip-reuters', 'snip-bloomberg']);
    expect(screen.getByText('3 snippets')).toBeTruthy();
    expect(list().getAttribute('aria-describedby')).toBe(screen.getByText('3 snippets').id);
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe('3');
  });

  it('finds a snippet by a word of its note', async () => {
    setup();
    search('caixin');
    await waitFor(() => expect(shownIds()).toEqual(['snip-reuters']));
    expect(screen.getByText('1 of 3 snippets')).toBeTruthy();
  });

  it('finds Chinese text by a word written without spaces', async () => {
    setup();
    search('征信');
    await waitFor(() => expect(shownIds()).toEqual(['snip-ant']));
    search('蚂蚁');
    await waitFor(() => expect(shownIds()).toEqual(['snip-ant']));
  });

  it('says when nothing matches, and clears the search and filters', async () => {
    setup();
    search('zzzqx');
    await screen.findByText('No snippets match “zzzqx”.');
    expect(screen.queryByRole('list', { name: 'Saved snippets' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(shownIds()).toHaveLength(3));
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('');
  });

  it('filters by actor, with the actors named', () => {
    setup();
    const actor = screen.getByLabelText<HTMLSelectElement>('Actor');
    expect(within(actor).getByRole('option', { name: "People's Bank of China (2)" })).toBeTruthy();
    choose('Actor', 'pboc');
    expect(shownIds()).toEqual(['snip-ant', 'snip-reuters']);
    expect(screen.getByText('2 of 3 snippets')).toBeTruthy();
  });

  it('filters by claim', () => {
    setup();
    choose('Claim', 'ant-credit-jv');
    expect(shownIds()).toEqual(['snip-ant']);
  });

  it('filters by outlet or by site', () => {
    setup();
    const source = screen.getByLabelText<HTMLSelectElement>('Outlet or site');
    expect(within(source).getByRole('option', { name: 'Caixin (1)' })).toBeTruthy();
    choose('Outlet or site', 'outlet:caixin');
    expect(shownIds()).toEqual(['snip-ant']);
    choose('Outlet or site', 'site:www.bloomberg.com');
    expect(shownIds()).toEqual(['snip-bloomberg']);
    choose('Outlet or site', '');
    expect(shownIds()).toHaveLength(3);
  });

  it('filters by tag, and clears the filters', () => {
    setup();
    choose('Tag', 'credit');
    expect(shownIds()).toEqual(['snip-ant', 'snip-reuters']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shownIds()).toHaveLength(3);
  });

  it('filters by the days saved', () => {
    setup();
    choose('Saved from', '2024-03-01');
    expect(shownIds()).toEqual(['snip-ant', 'snip-reuters']);
    choose('Saved to', '2024-04-30');
    expect(shownIds()).toEqual(['snip-reuters']);
  });

  it('sorts by saved date, published date, title and site', () => {
    setup();
    choose('Sort by', 'oldest');
    expect(shownIds()).toEqual(['snip-bloomberg', 'snip-reuters', 'snip-ant']);
    choose('Sort by', 'published');
    expect(shownIds()).toEqual(['snip-reuters', 'snip-bloomberg', 'snip-ant']);
    choose('Sort by', 'title');
    expect(shownIds()).toEqual(['snip-bloomberg', 'snip-reuters', 'snip-ant']);
    choose('Sort by', 'site');
    expect(shownIds()).toEqual(['snip-bloomberg', 'snip-reuters', 'snip-ant']);
  });
});

describe('SnippetLibraryView: rows', () => {
  it('shows the quote, title, site, date saved, tags and note, in the page’s language', () => {
    setup();
    const first = row('snip-ant');
    const quote = first.querySelector('blockquote')!;
    expect(quote.getAttribute('lang')).toBe('zh-CN');
    expect(within(first).getByText('蚂蚁集团整改').getAttribute('lang')).toBe('zh-CN');
    expect(within(first).getByText('财新')).toBeTruthy();
    expect(within(first).getByText('May 10, 2024').getAttribute('datetime')).toBe(
      '2024-05-10T12:00:00Z',
    );
    expect(
      within(within(first).getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['credit', 'fintech']);
    expect(within(row('snip-reuters')).getByText(/Compare with the Caixin account/)).toBeTruthy();
  });

  it('shows markup in a note as text', () => {
    setup();
    const shown = row('snip-bloomberg');
    expect(shown.textContent).toContain(
      '<img src=x onerror="alert(1)"> Ask about the <b>timing</b>',
    );
    expect(shown.querySelector('img')).toBeNull();
    expect(shown.querySelector('b')).toBeNull();
  });

  it('opens the source', () => {
    const { props } = setup();
    fireEvent.click(within(row('snip-reuters')).getByRole('button', { name: /^Open source/ }));
    expect(props.onOpenSource).toHaveBeenCalledWith(reuters);
  });

  it('names every button of a row after its quote', () => {
    setup();
    const buttons = within(row('snip-reuters')).getAllByRole('button');
    const excerpt = "“China's central bank said the platforms must hand over…”";
    expect(buttons.map((b) => b.textContent)).toEqual([
      `Open source of ${excerpt}`,
      `Edit note and tags of ${excerpt}`,
      `Delete ${excerpt}`,
    ]);
    expect(within(row('snip-ant')).getByRole('checkbox').getAttribute('aria-label')).toBe(
      'Select “蚂蚁集团的征信业务将由一家新的个人征信机构承接。”',
    );
    expect(screen.getByRole('button', { name: `Delete ${excerpt}` })).toBe(buttons[2]);
  });
});

describe('SnippetLibraryView: select and export', () => {
  it('exports the selected snippets in the chosen format', async () => {
    const { props } = setup();
    const exportSelection = () => screen.getByRole('button', { name: /^Export selection/ });
    expect(exportSelection()).toHaveProperty('disabled', true);
    fireEvent.click(within(row('snip-bloomberg')).getByRole('checkbox'));
    fireEvent.click(within(row('snip-ant')).getByRole('checkbox'));
    expect(screen.getByText('2 selected')).toBeTruthy();
    choose('Export format', 'ris');
    fireEvent.click(screen.getByRole('button', { name: 'Export selection (2)' }));
    await waitFor(() =>
      expect(props.onExport).toHaveBeenCalledWith('ris', ['snip-ant', 'snip-bloomberg']),
    );
  });

  it('selects every snippet shown, keeps the selection while filtering, and clears it', async () => {
    const { props } = setup();
    choose('Tag', 'credit');
    fireEvent.click(screen.getByRole('button', { name: 'Select all 2 shown' }));
    choose('Tag', '');
    expect(screen.getByText('2 selected')).toBeTruthy();
    choose('Actor', 'ant-group');
    expect(screen.getByText('2 selected (1 not shown)')).toBeTruthy();
    choose('Export format', 'csv');
    fireEvent.click(screen.getByRole('button', { name: 'Export selection (2)' }));
    await waitFor(() =>
      expect(props.onExport).toHaveBeenCalledWith('csv', ['snip-ant', 'snip-reuters']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByText(/selected/)).toBeNull();
  });

  it('exports everything, and shows why an export failed', async () => {
    const onExport = vi.fn<SnippetLibraryViewProps['onExport']>(async () => {
      throw new Error('The disk is full.');
    });
    setup({ onExport });
    choose('Export format', 'web-annotation');
    fireEvent.click(screen.getByRole('button', { name: 'Export all' }));
    expect(onExport).toHaveBeenCalledWith('web-annotation', null);
    expect((await screen.findByRole('alert')).textContent).toContain('The disk is full.');
  });
});

describe('SnippetLibraryView: edit', () => {
  function openEditor(id: string) {
    fireEvent.click(within(row(id)).getByRole('button', { name: /^Edit note and tags/ }));
    return screen.getByRole('form', { name: 'Edit note and tags' });
  }

  it('edits the note and tags in place', async () => {
    const { props } = setup();
    const form = openEditor('snip-reuters');
    const note = within(form).getByLabelText<HTMLTextAreaElement>('Note');
    expect(note.value).toBe(reuters.note);
    expect(within(form).getByLabelText<HTMLInputElement>('Tags').value).toBe('credit');
    fireEvent.change(note, { target: { value: 'Check against the PBoC statement.' } });
    fireEvent.change(within(form).getByLabelText('Tags'), {
      target: { value: 'credit, data sharing，征信 , credit' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(props.onUpdate).toHaveBeenCalledWith('snip-reuters', {
        note: 'Check against the PBoC statement.',
        tags: ['credit', 'data sharing', '征信'],
      }),
    );
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(screen.getByText('Saved the note and tags.')).toBeTruthy();
  });

  it('leaves the note as it was on Escape and gives the focus back', () => {
    const { props } = setup();
    const form = openEditor('snip-ant');
    const note = within(form).getByLabelText('Note');
    fireEvent.change(note, { target: { value: 'changed my mind' } });
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(props.onUpdate).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(
      within(row('snip-ant')).getByRole('button', { name: /^Edit note and tags/ }),
    );
  });

  it('refuses a tag too long for the schema, and shows a failed save', async () => {
    const onUpdate = vi.fn<SnippetLibraryViewProps['onUpdate']>(async () => {
      throw new Error('The library is closed.');
    });
    setup({ onUpdate });
    const form = openEditor('snip-ant');
    fireEvent.change(within(form).getByLabelText('Tags'), { target: { value: 'x'.repeat(101) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/^Not saved:Tags: /);
    expect(onUpdate).not.toHaveBeenCalled();
    fireEvent.change(within(form).getByLabelText('Tags'), { target: { value: 'ok' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(form).getByRole('alert').textContent).toContain('The library is closed.'),
    );
  });
});

describe('SnippetLibraryView: delete and undo', () => {
  it('deletes one snippet and puts it back on Undo', async () => {
    const { props, rerender } = setup();
    fireEvent.click(within(row('snip-reuters')).getByRole('button', { name: /^Delete/ }));
    expect(props.onDelete).toHaveBeenCalledWith(['snip-reuters']);
    // The page answers with the library without it.
    rerender(<SnippetLibraryView {...props} snippets={[ant, bloomberg]} />);
    await screen.findByText('Deleted 1 snippet.');
    expect(shownIds()).toEqual(['snip-ant', 'snip-bloomberg']);
    const undo = screen.getByRole('button', { name: 'Undo' });
    // The deleted row had the focus; it moves to Undo rather than to the top of the page.
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(props.onRestore).toHaveBeenCalledWith([reuters]));
    rerender(<SnippetLibraryView {...props} snippets={all} />);
    expect(await screen.findByText('Restored 1 snippet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(shownIds()).toHaveLength(3);
  });

  it('deletes the selection, and the offer to undo lapses unless it has the focus', async () => {
    const { props } = setup({ undoMs: 80 });
    fireEvent.click(within(row('snip-ant')).getByRole('checkbox'));
    fireEvent.click(within(row('snip-bloomberg')).getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    expect(props.onDelete).toHaveBeenCalledWith(['snip-ant', 'snip-bloomberg']);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByText('Deleted 2 snippets.')).toBeTruthy();
    expect(screen.queryByText(/selected/)).toBeNull();
    act(() => undo.focus());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('button', { name: 'Undo' })).toBe(undo);
    act(() => undo.blur());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(props.onRestore).not.toHaveBeenCalled();
  });

  it('says when a delete failed and offers no undo', async () => {
    setup({
      onDelete: async () => {
        throw new Error('Storage is locked.');
      },
    });
    fireEvent.click(within(row('snip-ant')).getByRole('button', { name: /^Delete/ }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The snippet was not deleted:Storage is locked.',
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('SnippetLibraryView: import and empty library', () => {
  it('says how to save a snippet when there is none', () => {
    setup({ snippets: [] });
    expect(screen.getByRole('heading', { name: 'No snippets yet' })).toBeTruthy();
    const help = screen.getByRole('region', { name: 'No snippets yet' }).textContent!;
    expect(help).toContain('“Save snippet” button');
    expect(help).toContain('right-click menu');
    expect(help).toContain('Alt+Shift+S');
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('imports a file and says what it added and skipped', async () => {
    const onImport = vi.fn<SnippetLibraryViewProps['onImport']>(async () => ({
      added: 2,
      skipped: [{ id: 'snip-ant', reason: 'already in the library' }],
    }));
    setup({ snippets: [], onImport });
    const file = new File(['{"snippets":[]}'], 'mine.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import snippets (RegLens JSON)'), {
      target: { files: [file] },
    });
    await screen.findByText('Imported 2 snippets from mine.json; skipped 1 snippet:');
    expect(onImport).toHaveBeenCalledWith('{"snippets":[]}');
    expect(screen.getByText('snip-ant').parentElement!.textContent).toBe(
      'snip-ant: already in the library',
    );
  });

  it('lists the problems of a refused file', async () => {
    setup({ onImport: async () => ({ problems: ['snippets.0.quote: required'] }) });
    const file = new File(['{}'], 'bad.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import snippets (RegLens JSON)'), {
      target: { files: [file] },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'bad.json was not imported:snippets.0.quote: required',
    );
  });
});

describe('SnippetLibraryView: a library of 10,000 snippets', () => {
  const words = ['credit', 'platform', 'antitrust', 'fintech', 'data', 'security', 'lending'];
  const library = Array.from({ length: 10_000 }, (_, i) =>
    snippet(`bulk-${String(i).padStart(5, '0')}`, {
      exact: `Passage ${i} about ${words[i % words.length]} regulation.`,
      note: i % 100 === 0 ? `needle ${i}` : '',
      savedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    }),
  );

  it('renders only the rows near the viewport, scrolls, and narrows on search', async () => {
    const start = performance.now();
    setup({ snippets: library });
    const firstRender = performance.now() - start;
    expect(screen.getByText('10,000 snippets')).toBeTruthy();
    const first = rows();
    console.info(
      `10,000 snippets: first render ${firstRender.toFixed(0)} ms, ${first.length} rows in the DOM`,
    );
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(100);
    expect(first[0]!.querySelector('blockquote')!.textContent).toBe(
      'Passage 9999 about fintech regulation.',
    );
    expect(first[0]!.getAttribute('aria-setsize')).toBe('10000');

    // Scrolled halfway, the rows there are rendered and the first ones are gone.
    const scroller = list().parentElement!;
    act(() => {
      scroller.scrollTop = 5000 * 152;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => {
      const positions = rows().map((r) => Number(r.getAttribute('aria-posinset')));
      expect(positions).toContain(5001);
      expect(positions).not.toContain(1);
    });
    expect(rows().length).toBeLessThan(100);

    // happy-dom has no idle callback, so the first search builds the text index itself.
    let searchStart = performance.now();
    search('needle');
    await waitFor(() => expect(screen.getByText('100 of 10,000 snippets')).toBeTruthy());
    const firstSearch = performance.now() - searchStart;
    searchStart = performance.now();
    search('needle 99');
    await waitFor(() => expect(screen.getByText('1 of 10,000 snippets')).toBeTruthy());
    const secondSearch = performance.now() - searchStart;
    console.info(
      `10,000 snippets: first search shown in ${firstSearch.toFixed(0)} ms (text index built then), ` +
        `the next in ${secondSearch.toFixed(0)} ms`,
    );
    search('needle');
    await waitFor(() => expect(screen.getByText('100 of 10,000 snippets')).toBeTruthy());
    const found = rows();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(100);
    expect(found[0]!.textContent).toContain('needle 9900');
    expect(found.every((r) => /needle \d+/.test(r.textContent!))).toBe(true);
  });
});
