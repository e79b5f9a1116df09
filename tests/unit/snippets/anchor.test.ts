import { afterEach, describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote, editDistance } from '../../../lib/snippets/anchor';
import { spanOfRange } from '../../../lib/page/text-map';
import { loadArticle, remap, type LoadedArticle } from '../../fixtures/snippets/articles';

/** Where a phrase is in the article text, any run of white space standing for one space. */
function spanOf(text: string, phrase: string): { start: number; end: number } {
  const pattern = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const match = new RegExp(pattern).exec(text);
  if (match === null) throw new Error(`not in the text: ${phrase}`);
  return { start: match.index, end: match.index + match[0].length };
}

function capture(text: string, phrase: string) {
  const { start, end } = spanOf(text, phrase);
  return describeQuote(text, start, end);
}

/** The text with `from` (found as a phrase) replaced by `to`. */
function edit(text: string, from: string, to: string): string {
  const { start, end } = spanOf(text, from);
  return text.slice(0, start) + to + text.slice(end);
}

/** The paragraph holding `phrase`, in the article's DOM. */
function paragraphWith(article: LoadedArticle, phrase: string): HTMLParagraphElement {
  const words = phrase.split(' ');
  const found = [...article.root.querySelectorAll('p')].find((p) =>
    words.every((w) => p.textContent!.includes(w)),
  );
  if (found === undefined) throw new Error(`no paragraph with: ${phrase}`);
  return found;
}

function insertParagraphBefore(article: LoadedArticle, before: Element, text: string): void {
  const p = article.doc.createElement('p');
  p.textContent = text;
  before.before(p);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('describeQuote', () => {
  const text = 'Regulators met on Monday. Ant Group said it would comply with the new rules soon.';

  it('keeps the exact text, 32 characters either side, and the position', () => {
    const start = text.indexOf('it would');
    const end = start + 'it would comply'.length;
    const { quote, position } = describeQuote(text, start, end);
    expect(quote.exact).toBe('it would comply');
    expect(quote.prefix).toBe(text.slice(start - 32, start));
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toBe(' with the new rules soon.');
    expect(position).toEqual({ start, end });
  });

  it('keeps fewer characters of context at the edges of the text', () => {
    const { quote } = describeQuote(text, 0, 'Regulators'.length);
    expect(quote.prefix).toBe('');
    expect(quote.suffix).toBe(' met on Monday. Ant Group said i');
  });

  it('leaves white space at the ends of a selection out', () => {
    const page = 'First paragraph.\n          Second paragraph here.\n';
    const { quote, position } = describeQuote(page, 16, page.length);
    expect(quote.exact).toBe('Second paragraph here.');
    expect(position).toEqual({ start: page.indexOf('Second'), end: page.length - 1 });
    expect(() => describeQuote(page, 16, 27)).toThrow(RangeError);
  });

  it('never splits a surrogate pair', () => {
    // "𠮷" is one character in two UTF-16 units.
    const page = '𠮷' + 'a'.repeat(31) + 'QUOTE' + 'b'.repeat(31) + '𠮷 tail';
    const start = page.indexOf('QUOTE');
    const { quote } = describeQuote(page, start, start + 5);
    // 32 units back would take the low half of 𠮷 alone: the prefix stops after it instead.
    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.suffix).toBe('b'.repeat(31));
    const inside = describeQuote(page, 1, 5);
    expect(inside.quote.exact).toBe('𠮷aaa');
    expect(inside.position.start).toBe(0);
  });

  it('refuses offsets outside the text', () => {
    expect(() => describeQuote(text, -1, 3)).toThrow(RangeError);
    expect(() => describeQuote(text, 3, 3)).toThrow(RangeError);
    expect(() => describeQuote(text, 0, text.length + 1)).toThrow(RangeError);
    expect(() => describeQuote(text, 0.5, 3)).toThrow(RangeError);
  });
});

describe('anchorQuote on edited copies of the source report', () => {
  const sentence =
    'Bloomberg noted that this is the latest move by Chinese authorities to further control the online industry';

  it('finds an unchanged quote at its position', () => {
    const { map } = loadArticle('source-report.html');
    const { quote, position } = capture(map.text, sentence);
    expect(anchorQuote(map.text, quote, position)).toEqual({
      ...position,
      method: 'position',
      score: expect.closeTo(1, 5),
    });
  });

  it('finds the quote by its text when words were inserted before it', () => {
    const article = loadArticle('source-report.html');
    const { quote, position } = capture(article.map.text, sentence);
    const added = 'Editor’s note: this story was updated with comment from the central bank.';
    insertParagraphBefore(article, paragraphWith(article, 'Recently, sources familiar'), added);
    const text = remap(article).text;
    const anchor = anchorQuote(text, quote, position)!;
    expect(anchor.method).toBe('exact');
    expect(anchor.start).toBe(position.start + added.length + 1);
    expect(text.slice(anchor.start, anchor.end)).toBe(quote.exact);
  });

  it('finds the quote when words were inserted right before it, changing its prefix', () => {
    const { map } = loadArticle('source-report.html');
    const { quote, position } = capture(map.text, sentence);
    const text = edit(map.text, 'Bloomberg noted that', 'Separately, Bloomberg noted that');
    const anchor = anchorQuote(text, quote, position)!;
    expect(anchor.method).toBe('exact');
    expect(anchor.start).toBe(position.start + 'Separately, '.length);
  });

  it('finds a lightly edited quote: a word changed', () => {
    const { map } = loadArticle('source-report.html');
    const { quote, position } = capture(
      map.text,
      'The authorities do not rule out the possibility of taking over the data of the people.',
    );
    const text = edit(map.text, 'possibility of taking over', 'possibility of seizing');
    const anchor = anchorQuote(text, quote, position)!;
    expect(anchor.method).toBe('fuzzy');
    const edited = spanOf(
      text,
      'The authorities do not rule out the possibility of seizing the data of the people.',
    );
    expect(anchor).toMatchObject(edited);
    expect(anchor.score).toBeGreaterThan(0.9);
  });

  it('finds a lightly edited quote: punctuation changed, and words added before it', () => {
    const { map } = loadArticle('source-report.html');
    const { quote, position } = capture(
      map.text,
      'formally released the “Anti-Monopoly Guidelines for the Platform Economy” in February',
    );
    let text = edit(
      map.text,
      '“Anti-Monopoly Guidelines for the Platform Economy”',
      '"Anti-Monopoly Guidelines for the Platform Economy,"',
    );
    text = edit(text, 'Recently, sources', 'Recently, and not for the first time, sources');
    const anchor = anchorQuote(text, quote, position)!;
    expect(anchor.method).toBe('fuzzy');
    expect(text.slice(anchor.start, anchor.end)).toBe(
      text.slice(
        ...startEnd(
          spanOf(
            text,
            'formally released the "Anti-Monopoly Guidelines for the Platform Economy," in February',
          ),
        ),
      ),
    );
  });

  it('chooses the occurrence whose context agrees over a nearer copy', () => {
    const article = loadArticle('source-report.html');
    const phrase = 'The People’s Bank of China did not immediately comment on this.';
    const { quote, position } = capture(article.map.text, phrase);
    // The same sentence, in another paragraph, now sits nearer the saved position than the
    // original, which a long paragraph pushed down.
    const holder = paragraphWith(article, 'Bloomberg 25, citing');
    insertParagraphBefore(
      article,
      holder,
      'The People’s Bank of China did not immediately comment on this.',
    );
    insertParagraphBefore(
      article,
      holder,
      'Filler sentence about something else entirely. '.repeat(25),
    );
    const text = remap(article).text;
    const copies = [
      ...text.matchAll(/The People’s Bank of China\s+did not immediately comment on this\./g),
    ];
    expect(copies).toHaveLength(2);
    const [copy, original] = copies.map((m) => m.index);
    expect(Math.abs(copy! - position.start)).toBeLessThan(Math.abs(original! - position.start));
    const anchor = anchorQuote(text, quote, position)!;
    expect(anchor.start).toBe(original);
    expect(anchor.method).toBe('exact');
  });

  it('says "not found" when the quote was removed, even with a reworded sibling left', () => {
    const { map } = loadArticle('source-report.html');
    const phrase =
      'Ant Group has agreed to share its consumer credit data with the credit center in a “step-by-step” manner.';
    const { quote, position } = capture(map.text, phrase);
    const text = edit(map.text, 'The sources said ' + phrase, '');
    // The sentence before it, about the same thing, stays.
    expect(text).toMatch(/Ant Group has agreed to share its “debit” and “chant”/);
    expect(anchorQuote(text, quote, position)).toBeNull();
  });

  it('says "not found" when the quote was removed and a look-alike sentence is elsewhere', () => {
    const article = loadArticle('source-report.html');
    const phrase = 'The People’s Bank of China did not immediately comment on this.';
    const { quote, position } = capture(article.map.text, phrase);
    const look = 'The People’s Bank of Japan did not immediately comment on this.';
    const holder = paragraphWith(article, 'Bloomberg 25, citing');
    holder.textContent = holder.textContent!.replace(
      /The People’s Bank of China\s+did not[^.]*\./,
      '',
    );
    insertParagraphBefore(article, paragraphWith(article, 'Earlier, the Wall Street'), look);
    const text = remap(article).text;
    expect(text).not.toMatch(/Bank of China\s+did not/);
    // Close enough by edit count alone: only its context tells it apart.
    expect(editDistance(quote.exact, look)).toBeLessThanOrEqual(quote.exact.length / 4);
    expect(anchorQuote(text, quote, position)).toBeNull();
    // Even where the sentence stood: a quote about one bank is never pinned to another's.
    const edited = edit(article.map.text, 'Bank of China did not', 'Bank of Japan did not');
    expect(anchorQuote(edited, quote, position)).toBeNull();
    // A light edit that keeps who the sentence names is found there.
    const light = edit(article.map.text, 'did not immediately comment', 'did not comment');
    expect(anchorQuote(light, quote, position)?.method).toBe('fuzzy');
  });

  it('says "not found" when the quote now says the opposite', () => {
    const { map } = loadArticle('source-report.html');
    const phrase = 'Ant Group has agreed to provide a government-backed database';
    const { quote, position } = capture(map.text, phrase);
    const text = edit(
      map.text,
      'Ant Group has agreed to provide',
      'Ant Group has not agreed to provide',
    );
    expect(anchorQuote(text, quote, position)).toBeNull();
    const { quote: negative, position: at } = capture(
      map.text,
      'The People’s Bank of China did not immediately comment on this.',
    );
    const commented = edit(map.text, 'did not immediately comment', 'did immediately comment');
    expect(anchorQuote(commented, negative, at)).toBeNull();
  });

  it('says "not found" when a number in the quote changed', () => {
    const { map } = loadArticle('source-report.html');
    const { quote, position } = capture(
      map.text,
      'some of its 500 million loan customers’ information',
    );
    const text = edit(map.text, 'its 500 million', 'its 600 million');
    expect(anchorQuote(text, quote, position)).toBeNull();
    // The same edit elsewhere leaves the quote found.
    const elsewhere = edit(map.text, 'Bloomberg 25,', 'Bloomberg 26,');
    expect(anchorQuote(elsewhere, quote, position)?.method).toBe('position');
  });

  it('anchors a quote across a link and a bold word, captured from a DOM selection', () => {
    const article = loadArticle('source-report.html');
    const link = article.root.querySelector('a')!;
    expect(link.innerHTML).toBe('<b>Ant</b> Group');
    const before = link.previousSibling as Text;
    const after = link.nextSibling as Text;
    const range = article.doc.createRange();
    range.setStart(before, before.data.indexOf('reported that'));
    range.setEnd(after, after.data.indexOf(' government-backed'));
    const span = spanOfRange(article.map, range)!;
    const { quote, position } = describeQuote(article.map.text, span.start, span.end);
    expect(quote.exact).toBe('reported that Ant Group has agreed to\n          provide a');
    expect(anchorQuote(article.map.text, quote, position)?.method).toBe('position');

    // The site later drops the link and adds a paragraph above.
    link.replaceWith(article.doc.createTextNode('Ant Group'));
    insertParagraphBefore(
      article,
      paragraphWith(article, 'Recently, sources'),
      'Updated at 10:00.',
    );
    const map = remap(article);
    const anchor = anchorQuote(map.text, quote, position)!;
    expect(anchor.method).toBe('exact');
    expect(map.rangeFor(anchor.start, anchor.end)!.toString()).toBe(quote.exact);
  });
});

describe('anchorQuote among repeated passages (the long article)', () => {
  it('chooses by closeness to the old position when contexts are equal', () => {
    const article = loadArticle('long-article.html');
    const text = article.map.text;
    // Exactly 32 characters of context each side are the same in all 400 paragraphs.
    const week = (n: number) => spanOf(text, `In week ${n} of the review,`).start;
    const quoteIn = (n: number) => {
      const start = text.indexOf('the data of the people', week(n));
      return describeQuote(text, start, start + 'the data of the people'.length);
    };
    const saved = [3, 200, 399].map(quoteIn);
    expect(new Set(saved.map((s) => s.quote.prefix + '|' + s.quote.suffix)).size).toBe(1);

    const first = article.root.querySelector('p[data-week="0"]')!;
    insertParagraphBefore(article, first, 'A note on method: each week two firms were asked.');
    const edited = remap(article).text;
    const shift = 'A note on method: each week two firms were asked.\n'.length;
    for (const { quote, position } of saved) {
      const anchor = anchorQuote(edited, quote, position)!;
      expect(anchor.method).toBe('exact');
      expect(anchor.start).toBe(position.start + shift);
    }
  });

  it('says "not found" for a removed paragraph though others differ only by the number', () => {
    const article = loadArticle('long-article.html');
    const phrase =
      'In week 17 of the review, Meituan and Ant Group were asked again how they store the data';
    const { quote, position } = capture(article.map.text, phrase);
    article.root.querySelector('p[data-week="17"]')!.remove();
    const text = remap(article).text;
    // Week 117 names the same firms: one character away from the quote.
    expect(text).toContain(phrase.replace('17', '117'));
    expect(anchorQuote(text, quote, position)).toBeNull();
    expect(anchorQuote(text, quote)).toBeNull();
  });

  it('finds the edited paragraph when look-alikes with fewer edits exist', () => {
    const article = loadArticle('long-article.html');
    const phrase =
      'In week 17 of the review, Meituan and Ant Group were asked again how they store the data';
    const { quote, position } = capture(article.map.text, phrase);
    const p = article.root.querySelector('p[data-week="17"]')!;
    p.textContent = p.textContent!.replace('were asked again', 'were once more asked');
    const text = remap(article).text;
    const anchor = anchorQuote(text, quote, position)!;
    expect(anchor.method).toBe('fuzzy');
    expect(text.slice(anchor.start, anchor.end)).toContain('week 17 of');
    // Without the saved position, the whole text is searched window by window.
    const blind = anchorQuote(text, quote)!;
    expect(blind.start).toBe(anchor.start);
  });
});

describe('anchorQuote in Chinese', () => {
  it('finds a quote after text was inserted before it', () => {
    const article = loadArticle('zh-article.html');
    const { quote, position } = capture(
      article.map.text,
      '监管部门希望蚂蚁集团把更多消费信贷数据交给由央行主导的体系',
    );
    insertParagraphBefore(
      article,
      paragraphWith(article, '据公司公告和知情人士介绍'),
      '（本报讯）更新：补充了监管部门的表态。',
    );
    const text = remap(article).text;
    const anchor = anchorQuote(text, quote, position)!;
    expect(anchor.method).toBe('exact');
    expect(anchor.start).toBeGreaterThan(position.start);
    expect(text.slice(anchor.start, anchor.end)).toBe(quote.exact);
  });

  it('finds a lightly edited quote: a word and a punctuation mark changed', () => {
    const { map } = loadArticle('zh-article.html');
    const { quote, position } = capture(
      map.text,
      '要求其回归支付本源、依法持牌经营个人征信业务，并严格保护个人信息',
    );
    const text = edit(map.text, '要求其回归支付本源、依法持牌', '要求其回到支付本源，依法持牌');
    const anchor = anchorQuote(text, quote, position)!;
    expect(anchor.method).toBe('fuzzy');
    expect(text.slice(anchor.start, anchor.end)).toBe(
      '要求其回到支付本源，依法持牌经营个人征信业务，并严格保护个人信息',
    );
  });

  it('picks the right one of many occurrences of a short name by its context', () => {
    const { map } = loadArticle('zh-article.html');
    const occurrences = [...map.text.matchAll(/蚂蚁集团/g)].map((m) => m.index);
    expect(occurrences.length).toBeGreaterThan(4);
    const start = map.text.indexOf('蚂蚁集团把更多');
    const { quote, position } = describeQuote(map.text, start, start + 4);
    const text = edit(map.text, '据公司公告和知情人士介绍，', '据公司公告和多位知情人士介绍，');
    const anchor = anchorQuote(text, quote, position)!;
    expect(anchor.start).toBe(text.indexOf('蚂蚁集团把更多'));
    // Once its sentence is gone, another 蚂蚁集团 is not this snippet.
    const gone = edit(map.text, '监管部门希望蚂蚁集团把更多消费信贷数据交给由央行主导的体系', '');
    expect(anchorQuote(gone, quote, position)).toBeNull();
  });

  it('says "not found" for a negation dropped or a number changed', () => {
    const { map } = loadArticle('zh-article.html');
    const negated = capture(map.text, '征信中心相关负责人未回应本报的置评请求');
    const answered = edit(map.text, '负责人未回应本报', '负责人回应了本报');
    expect(anchorQuote(answered, negated.quote, negated.position)).toBeNull();
    const fine = capture(map.text, '对其处以182.28亿元罚款');
    const changed = edit(map.text, '182.28亿元', '18.228亿元');
    expect(anchorQuote(changed, fine.quote, fine.position)).toBeNull();
    // A dropped 的 elsewhere in the sentence is a light edit, found.
    const light = edit(map.text, '负责人未回应本报的置评', '负责人未回应本报置评');
    expect(anchorQuote(light, negated.quote, negated.position)?.method).toBe('fuzzy');
  });
});

function startEnd(span: { start: number; end: number }): [number, number] {
  return [span.start, span.end];
}

describe('re-anchoring many snippets on a long article', () => {
  /** A small seeded generator, so every run edits the same places. */
  function seeded(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** The long article's weekly paragraphs, 1,300 weeks of them, with the real reports' paragraphs every tenth. */
  function longArticle(): string[] {
    const real = (['source-report.html', 'zh-article.html'] as const).flatMap((name) => {
      const { root } = loadArticle(name);
      return [...root.querySelectorAll('p')]
        .map((p) => p.textContent!.replace(/\s+/g, ' ').trim())
        .filter((p) => p.length > 60);
    });
    const firms = [
      ['Tencent', 'Alibaba'],
      ['Meituan', 'Ant Group'],
      ['ByteDance', 'Pinduoduo'],
      ['JD.com', 'Baidu'],
    ];
    const paragraphs: string[] = [];
    for (let i = 0; i < 1300; i++) {
      const [a, b] = firms[i % firms.length]!;
      paragraphs.push(
        i % 10 === 5
          ? real[((i / 10) % real.length) | 0]!
          : `In week ${i} of the review, ${a} and ${b} were asked again how they store the data of the people who use their services, and how long they keep it.`,
      );
    }
    return paragraphs;
  }

  it('re-anchors 1,000 snippets after the page changed, and reports the time', () => {
    const random = seeded(10);
    const paragraphs = longArticle();
    const text = paragraphs.join('\n');
    expect(text.length).toBeGreaterThan(200_000);

    const saved = Array.from({ length: 1000 }, () => {
      const length = 20 + Math.floor(random() * 280);
      const start = Math.floor(random() * (text.length - length));
      return describeQuote(text, start, start + length);
    });

    // The revisit: a note added at the top, 50 quotes lightly edited (a comma added inside),
    // 20 paragraphs removed. Edits are applied from the end so earlier offsets stay valid.
    type Edit = { at: number; removed: number; added: string };
    const edits: Edit[] = [{ at: 0, removed: 0, added: 'Editor’s note: updated.\n' }];
    for (const { position } of saved.slice(0, 50)) {
      const at = text.indexOf(
        ' ',
        position.start + Math.floor((position.end - position.start) / 2),
      );
      if (at > 0 && at < position.end - 1) edits.push({ at, removed: 0, added: ',' });
    }
    const removedParagraphs = new Set<number>();
    while (removedParagraphs.size < 20)
      removedParagraphs.add(Math.floor(random() * paragraphs.length));
    let offset = 0;
    paragraphs.forEach((p, i) => {
      if (removedParagraphs.has(i)) edits.push({ at: offset, removed: p.length + 1, added: '' });
      offset += p.length + 1;
    });
    edits.sort((a, b) => b.at - a.at);
    let edited = text;
    for (const e of edits)
      edited = edited.slice(0, e.at) + e.added + edited.slice(e.at + e.removed);

    /** Where an unedited span of the old text is in the new one. */
    const moved = (start: number): number =>
      edits.reduce((at, e) => (e.at <= start ? at + e.added.length - e.removed : at), start);
    /** Whether an edit other than the note at the top falls in [start, end). */
    const editedIn = (start: number, end: number, kind?: 'comma' | 'removal'): boolean =>
      edits.some(
        (e) =>
          e.at > 0 &&
          e.at < end &&
          e.at + Math.max(e.removed, 1) > start &&
          (kind === undefined || (kind === 'comma') === (e.added === ',')),
      );

    const began = performance.now();
    const anchors = saved.map(({ quote, position }) => anchorQuote(edited, quote, position));
    const elapsed = performance.now() - began;

    const counts = { position: 0, exact: 0, fuzzy: 0, notFound: 0 };
    anchors.forEach((a) => (a === null ? counts.notFound++ : counts[a.method]++));
    console.log(
      `re-anchored ${saved.length} snippets on ${Math.round(edited.length / 1000)} kB of text in ${elapsed.toFixed(0)} ms:`,
      counts,
    );

    // Context is compared with white space collapsed; so is "a copy elsewhere".
    const collapse = (s: string) => s.replace(/\s+/g, ' ');
    const collapsedEdited = collapse(edited);
    let untouched = 0;
    let atTheirPlace = 0;
    let commaEdited = 0;
    saved.forEach(({ quote, position }, i) => {
      const anchor = anchors[i]!;
      const found = anchor === null ? null : edited.slice(anchor.start, anchor.end);
      // Never on text that is not the quote, or a quote with a quarter or less edited.
      if (anchor !== null && anchor.method !== 'fuzzy') expect(found).toBe(quote.exact);
      if (anchor?.method === 'fuzzy') {
        expect(editDistance(quote.exact, found!)).toBeLessThanOrEqual(quote.exact.length / 4);
      }
      const withContext = [position.start - 32, position.end + 32] as const;
      if (!editedIn(...withContext)) {
        // Untouched with its context: found as it was, and at its own place whenever the
        // text cannot tell it from a copy elsewhere.
        untouched++;
        expect(found).toBe(quote.exact);
        const whole = collapse(quote.prefix + quote.exact + quote.suffix);
        const unique = collapsedEdited.indexOf(whole) === collapsedEdited.lastIndexOf(whole);
        if (anchor!.start === moved(position.start)) atTheirPlace++;
        else expect(unique).toBe(false);
      } else if (
        editedIn(position.start, position.end, 'comma') &&
        !editedIn(...withContext, 'removal')
      ) {
        // A comma added inside: found, on the edited passage or on an identical copy.
        commaEdited++;
        expect(anchor).not.toBeNull();
        if (anchor!.method === 'fuzzy') {
          expect(Math.abs(anchor!.start - moved(position.start))).toBeLessThanOrEqual(1);
        }
      }
    });
    console.log(
      `${untouched} untouched, ${atTheirPlace} of them at their own place; ${commaEdited} edited with a comma`,
    );
    expect(untouched).toBeGreaterThan(800);
    expect(commaEdited).toBeGreaterThan(40);

    // On the unchanged page every snippet is at its saved position.
    const again = performance.now();
    for (const { quote, position } of saved) {
      expect(anchorQuote(text, quote, position)?.method).toBe('position');
    }
    console.log(
      `unchanged page: ${saved.length} snippets in ${(performance.now() - again).toFixed(0)} ms`,
    );
  });
});

describe('anchorQuote never pins a quote to look-alike text', () => {
  it('keeps the names a quote names: one company’s meeting is not another’s', () => {
    const saved = 'Week 12. Alibaba met with the CAC on Monday to discuss data. Week 13.';
    const { quote, position } = describeQuote(saved, 9, 61);
    const now = 'Week 12. Tencent met with the CSRC on Monday to discuss data. Week 13.';
    expect(anchorQuote(now, quote, position)).toBeNull();
    const typo = 'Week 12. Alibaba met with the CAC on Monday to discus data. Week 13.';
    expect(anchorQuote(typo, quote, position)?.method).toBe('fuzzy');
  });

  it('does not take white space around a quote for agreeing context', () => {
    const saved = '\u2029Contents\u2029';
    const { quote, position } = describeQuote(saved, 1, 9);
    expect(anchorQuote('\u2029Some consents\u2029', quote, position)).toBeNull();
  });
});
