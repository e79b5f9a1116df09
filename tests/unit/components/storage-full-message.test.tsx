/**
 * The full-disk answer (tests/unit/app/storage-full.test.ts) as the reader meets it: in the
 * library's note form and in the knowledge-base editor, the form stays open with what was typed
 * and says in words that storage is full.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ActorEditor } from '@/components/ActorEditor';
import { SnippetLibraryView } from '@/components/SnippetLibraryView';
import { t } from '@/lib/i18n';
import { MessageError } from '@/lib/send';
import { useLocale } from '../../support/locale';
import { reuters } from '../snippets/make-snippet';

const storageFull = () => new MessageError(t('guard.storageFull'), 'storage-full');

describe('a full disk, as the forms say it', () => {
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

  it('in the library, keeping the note form open with the edit', async () => {
    const onUpdate = vi.fn(async () => {
      throw storageFull();
    });
    render(
      <SnippetLibraryView
        snippets={[reuters]}
        names={{ actor: () => undefined, claim: () => undefined }}
        onUpdate={onUpdate}
        onDelete={vi.fn(async () => {})}
        onRestore={vi.fn(async () => {})}
        onOpenSource={vi.fn()}
        onExport={vi.fn(async () => {})}
        onImport={vi.fn(async () => ({ added: 0, skipped: [] }))}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Edit note and tags/ }));
    const form = screen.getByRole('form', { name: 'Edit note and tags' });
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'Kept text' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(form.textContent).toContain('storage for RegLens is full'));
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Note').value).toBe('Kept text');
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('in the knowledge-base editor, in the reader’s language', async () => {
    useLocale('zh_CN');
    const onSave = vi.fn(async () => {
      throw storageFull();
    });
    render(<ActorEditor initial={null} onSave={onSave} onCancel={vi.fn()} />);
    // The form's own words, in Chinese; a required field's label ends in an asterisk.
    const field = (key: 'editor.englishName' | 'editor.summary') =>
      screen.getByLabelText<HTMLInputElement>(new RegExp(`^${t(key)}`));
    fireEvent.change(field('editor.englishName'), { target: { value: 'Fintech Unit' } });
    fireEvent.change(field('editor.summary'), {
      target: { value: 'The central bank’s fintech department.' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('editor.saveActor') }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('存储空间已满');
    expect(field('editor.englishName').value).toBe('Fintech Unit');
  });
});
