import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { HoverDelaySetting } from '@/components/HoverDelaySetting';
import { useLocale } from '../../support/locale';

afterEach(() => useLocale('en'));

describe('the hover delay setting', () => {
  it('shows the stored delay, saves a valid one as typed and says so', async () => {
    const onChange = vi.fn(async () => {});
    render(<HoverDelaySetting value={500} onChange={onChange} />);
    const field = screen.getByLabelText('Hover delay before a card opens (milliseconds)');
    expect((field as HTMLInputElement).value).toBe('500');
    fireEvent.change(field, { target: { value: '750' } });
    expect(onChange).toHaveBeenCalledWith(750);
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('refuses what is not a whole number in range, and names the range', () => {
    const onChange = vi.fn(async () => {});
    render(<HoverDelaySetting value={500} onChange={onChange} />);
    const field = screen.getByRole('spinbutton');
    for (const value of ['4000', '-5', '12.5', '']) {
      fireEvent.change(field, { target: { value } });
      expect(screen.getByRole('status').textContent).toBe('Enter a whole number from 0 to 3000.');
      expect(field.getAttribute('aria-invalid')).toBe('true');
    }
    expect(onChange).not.toHaveBeenCalled();
  });

  it('goes back to the default', () => {
    const onChange = vi.fn(async () => {});
    render(<HoverDelaySetting value={1200} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the default' }));
    expect(onChange).toHaveBeenCalledWith(null);
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('500');
  });

  it('speaks Chinese to a Chinese reader', () => {
    useLocale('zh_CN');
    render(<HoverDelaySetting value={500} onChange={async () => {}} />);
    expect(screen.getByLabelText('卡片打开前的悬停时间（毫秒）')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '悬停卡片' })).toBeTruthy();
  });
});
