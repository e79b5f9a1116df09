import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { LevelPicker } from '@/components/LevelPicker';
import { SiteControls } from '@/components/SiteControls';
import type { Level } from '@/lib/levels';

/** A write that settles only when the test says so, as storage does a task or more later. */
function deferredWrite() {
  let settle = { resolve: () => {}, reject: (_error: Error) => {} };
  const write = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return { write, settle: () => settle };
}

function checkedLevel(): string | undefined {
  const radios = screen.getAllByRole('radio') as HTMLInputElement[];
  return radios.find((radio) => radio.checked)?.labels?.[0]?.textContent ?? undefined;
}

function renderLevels(value: Level, onChange: (level: Level | null) => Promise<unknown> | void) {
  const view = render(<LevelPicker legend="Everywhere" value={value} onChange={onChange} />);
  return (next: Level) =>
    view.rerender(<LevelPicker legend="Everywhere" value={next} onChange={onChange} />);
}

describe('a stored choice in a radio group', () => {
  it('shows the reader’s choice at once, before storage reports it', () => {
    const { write } = deferredWrite();
    renderLevels('names', write);
    fireEvent.click(screen.getByLabelText('Full'));
    expect(write).toHaveBeenCalledWith('full');
    expect(checkedLevel()).toBe('Full');
  });

  it('keeps the latest choice while earlier writes arrive, then follows storage again', () => {
    const { write } = deferredWrite();
    const storageReports = renderLevels('names', write);
    fireEvent.click(screen.getByLabelText('Claims'));
    fireEvent.click(screen.getByLabelText('Full'));
    // The first write's change event arrives: the reader has moved on since.
    storageReports('claims');
    expect(checkedLevel()).toBe('Full');
    storageReports('full');
    expect(checkedLevel()).toBe('Full');
    // Another page changes it afterwards: that shows, nothing pending holds it back.
    storageReports('off');
    expect(checkedLevel()).toBe('Off');
  });

  it('shows the stored choice again when the write fails', async () => {
    const { write, settle } = deferredWrite();
    renderLevels('names', write);
    fireEvent.click(screen.getByLabelText('Full'));
    expect(checkedLevel()).toBe('Full');
    settle().reject(new Error('storage-full'));
    await waitFor(() => expect(checkedLevel()).toBe('Names'));
  });

  it("holds the site's choice and its hint the same way", () => {
    const { write } = deferredWrite();
    render(
      <SiteControls
        host="news.example"
        globalLevel="claims"
        siteLevel={null}
        findings={null}
        policy="detect"
        onPolicy={write}
      />,
    );
    const group = screen.getByRole('group', { name: 'Pages of news.example' });
    fireEvent.click(within(group).getByLabelText('Never annotate'));
    expect((within(group).getByLabelText('Never annotate') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('No page of this site is annotated.')).toBeTruthy();
  });
});
