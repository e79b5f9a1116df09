import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import core from '../../../assets/datasets/core.json';
import { WelcomeView } from '@/components/WelcomeView';
import { annotateSample, sampleKnowledge, samplePassages } from '@/lib/welcome-sample';
import { useLocale } from '../../support/locale';

const passages = annotateSample(samplePassages, sampleKnowledge(core));
const total = (what: 'names' | 'claims' | 'cues') =>
  passages.reduce((n, p) => n + p[what].length, 0);

/** The marks painted in the sample: happy-dom has no Custom Highlight API, so they are wrappers. */
const marks = (layer: string) =>
  document.querySelectorAll(`reglens-mark[data-reglens-hl^="reglens-${layer}"]`).length;

afterEach(() => useLocale('en'));

describe('WelcomeView', () => {
  it('shows the sample with the marks of the level picked, and what the level means', () => {
    render(<WelcomeView passages={passages} />);
    expect((screen.getByRole('radio', { name: 'Claims' }) as HTMLInputElement).checked).toBe(true);
    expect(marks('actor')).toBeGreaterThanOrEqual(total('names'));
    expect(marks('claim')).toBeGreaterThanOrEqual(total('claims'));
    expect(marks('attribution')).toBe(0);
    // On the right words: the first name marked is the first name found.
    const first = passages[0]!.names[0]!;
    expect(
      document.querySelector('reglens-mark[data-reglens-hl="reglens-actor"]')!.textContent,
    ).toBe(passages[0]!.text.slice(first.start, first.end));
    expect(screen.getByText(/graded by how well the claim is sourced/)).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Full' }));
    expect(marks('attribution')).toBeGreaterThanOrEqual(total('cues'));
    expect(screen.getByText(/where each sentence comes from/)).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Off' }));
    expect(document.querySelectorAll('reglens-mark')).toHaveLength(0);
    // Taken off without a trace: the passages read as they were written.
    for (const passage of passages) {
      expect(document.querySelector(`[data-sample="${passage.lang}"] p`)!.textContent).toBe(
        passage.text,
      );
    }
  });

  it('explains every mark with a swatch of its real style', () => {
    render(<WelcomeView passages={passages} />);
    const legend = screen.getByRole('region', { name: 'What the marks mean' });
    const swatches = within(legend).getAllByText(/./, { selector: '[data-mark-swatch]' });
    // Eight kinds of actor, claims and snippets, seven attribution kinds.
    expect(swatches).toHaveLength(17);
    const regulator = within(legend).getByText('Regulator');
    expect(regulator.style.textDecorationStyle).toBe('solid');
    expect(within(legend).getByText('Institution').style.textDecorationStyle).toBe('double');
  });

  it('speaks Chinese in a Chinese browser', () => {
    useLocale('zh_CN');
    render(<WelcomeView passages={passages} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('欢迎使用 RegLens');
    expect(screen.getByText('监管机构')).toBeTruthy();
  });
});
