import { describe, expect, it } from 'vitest';
import { rejectionWords } from '@/components/rejection-words';
import { detectArticle } from '@/lib/page/detect';
import { useLocale } from '../../support/locale';

function parse(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

/** Detection's own reason for passing a page over, without the "reason: " prefix. */
function reasonFor(doc: Document, url: string): string {
  const result = detectArticle(doc, { url });
  expect(result.isArticle).toBe(false);
  return result.signals.at(-1)!.replace(/^reason: /, '');
}

const notice = () =>
  parse(
    '<title>Note</title>',
    '<div><p>The office is closed on Friday for the public holiday.</p>' +
      '<p>Orders placed this week will be sent out on Monday morning.</p></div>',
  );

const frontPage = () => {
  const teaser = (i: number) =>
    `<article class="card"><h2><a href="/s/${i}">Story ${i} headline about the review</a></h2>` +
    `<p>${'Regulators reviewed the platform’s data practices again this week. '.repeat(2)}</p></article>`;
  const cards = Array.from({ length: 8 }, (_, i) => teaser(i)).join('');
  return parse('<meta property="og:type" content="website">', `<main>${cards}</main>`);
};

describe('why a page was passed over, in the reader’s words', () => {
  it('says detection’s reasons word for word in English', () => {
    for (const reason of [
      reasonFor(notice(), 'https://shop.example/notice'),
      reasonFor(frontPage(), 'https://policy.example/'),
    ]) {
      expect(rejectionWords(reason)).toBe(reason);
    }
  });

  it('says them in Chinese, leaving no English of detection’s own', () => {
    const little = reasonFor(notice(), 'https://shop.example/notice');
    const front = reasonFor(frontPage(), 'https://policy.example/');
    useLocale('zh_CN');
    expect(rejectionWords(little)).toBe('正文太少：2 个段落共 94 个字符');
    const words = rejectionWords(front);
    expect(words).toMatch(/^新闻报道的特征不足（-?\d+ 分，需要 \d+ 分）：/);
    expect(words).toContain('页面包含 8 张报道卡片，像是首页');
    // Only the page's own words (its og:type) may stay in English.
    expect(words.replace(/website/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
