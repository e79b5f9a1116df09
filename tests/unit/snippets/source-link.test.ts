import { describe, expect, it } from 'vitest';
import { sourceLink } from '@/lib/snippets/source-link';
import { snippet } from './make-snippet';

function linked(exact: string, prefix = '', suffix = '', pageUrl = 'https://news.example/a?x=1') {
  return snippet('snip-link', {
    quote: { exact, prefix, suffix },
    citation: { url: pageUrl, pageUrl },
  });
}

describe('the link that opens a snippet at its passage', () => {
  it('names a short quote whole, with a few words of context either side', () => {
    expect(
      sourceLink(linked('the central bank, in a statement', 'On Monday ', ' said it would act.')),
    ).toBe(
      'https://news.example/a?x=1#:~:text=On%20Monday-,the%20central%20bank%2C%20in%20a%20statement,-said%20it%20would',
    );
  });

  it('names a long quote by its first and last words', () => {
    const long =
      'Ant Group agreed to hand a state-backed database the credit records of its roughly 500 million borrowers, including how much they borrow.';
    const link = sourceLink(linked(long));
    expect(link).toBe(
      'https://news.example/a?x=1#:~:text=Ant%20Group%20agreed%20to%20hand,including%20how%20much%20they%20borrow.',
    );
  });

  it('keeps a route the page keeps in its fragment, and Chinese quotes whole', () => {
    const link = sourceLink(
      linked('蚂蚁集团同意分享数据', '据报道，', '。', 'https://app.example/#/news/7'),
    );
    expect(link).toBe(
      `https://app.example/#/news/7:~:text=${encodeURIComponent('蚂蚁集团同意分享数据')}`,
    );
  });
});
