import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/match/sentences';

const sentences = (text: string): string[] =>
  splitSentences(text).map(({ start, end }) => text.slice(start, end));

/** Every non-space character in exactly one span, spans ordered and trimmed. */
function expectFullCover(text: string): void {
  const spans = splitSentences(text);
  const owner = new Int32Array(text.length).fill(-1);
  let previousEnd = 0;
  spans.forEach(({ start, end }, k) => {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
    for (let i = start; i < end; i++) {
      expect(owner[i]).toBe(-1);
      owner[i] = k;
    }
    previousEnd = end;
  });
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]!)) expect(owner[i], `character ${i} "${text[i]}"`).not.toBe(-1);
  }
}

describe('splitSentences: English', () => {
  it('keeps company suffixes inside the sentence that names the company', () => {
    expect(sentences('Ant Group Co. Ltd. said it would comply. The PBoC did not comment.')).toEqual(
      ['Ant Group Co. Ltd. said it would comply.', 'The PBoC did not comment.'],
    );
    expect(sentences('Ant Group Co. Chairman Eric Jing spoke. Baidu Inc. declined.')).toEqual([
      'Ant Group Co. Chairman Eric Jing spoke.',
      'Baidu Inc. declined.',
    ]);
  });

  it('ends the sentence at a company suffix when the next word opens a sentence', () => {
    expect(sentences('Regulators fined Alibaba Group Holding Ltd. The company accepted.')).toEqual([
      'Regulators fined Alibaba Group Holding Ltd.',
      'The company accepted.',
    ]);
  });

  it('keeps titles, initials and dotted abbreviations inside', () => {
    expect(sentences('Mr. Ma and Dr. Yi met. Jack Y. Ma left.')).toEqual([
      'Mr. Ma and Dr. Yi met.',
      'Jack Y. Ma left.',
    ]);
    expect(sentences('The U.S. Treasury and the U.S. government reacted. China did too.')).toEqual([
      'The U.S. Treasury and the U.S. government reacted.',
      'China did too.',
    ]);
    expect(sentences('He moved to the U.S. The firm stayed.')).toEqual([
      'He moved to the U.S.',
      'The firm stayed.',
    ]);
  });

  it('does not end a sentence inside a number or an order number', () => {
    expect(
      sentences(
        'SAMR fined Alibaba 18.228 billion yuan. PBoC Order [2021] No. 4 took effect on Jan. 1.',
      ),
    ).toEqual([
      'SAMR fined Alibaba 18.228 billion yuan.',
      'PBoC Order [2021] No. 4 took effect on Jan. 1.',
    ]);
  });

  it('keeps a closing quote after the stop with its sentence, also across sentences', () => {
    expect(sentences('He said: “We will comply. We will share the data.” Then he left.')).toEqual([
      'He said: “We will comply.',
      'We will share the data.”',
      'Then he left.',
    ]);
    expect(
      sentences('"Data is extremely complicated." Ma said so. It was "a plan." Or not?'),
    ).toEqual(['"Data is extremely complicated."', 'Ma said so.', 'It was "a plan."', 'Or not?']);
  });

  it('ends a sentence at every line break, even without a stop', () => {
    expect(
      sentences('Headline without a stop\nFirst line. Second line.\r\n\r\nNew paragraph'),
    ).toEqual(['Headline without a stop', 'First line.', 'Second line.', 'New paragraph']);
    // A title before a line break does not glue the paragraphs together.
    expect(sentences('Reported by Mr.\nThe next paragraph.')).toEqual([
      'Reported by Mr.',
      'The next paragraph.',
    ]);
  });
});

describe('splitSentences: Chinese', () => {
  it('ends sentences at 。！？ and ；', () => {
    expect(sentences('蚂蚁集团表示将整改。央行未回应！为什么？一是数据；二是牌照。')).toEqual([
      '蚂蚁集团表示将整改。',
      '央行未回应！',
      '为什么？',
      '一是数据；',
      '二是牌照。',
    ]);
  });

  it('keeps full-width closing quotes with their sentence and opening quotes with the next', () => {
    expect(sentences('他说：“我们会逐步推进。”央行未置评。')).toEqual([
      '他说：“我们会逐步推进。”',
      '央行未置评。',
    ]);
    expect(sentences('他说：“我们会整改！”“好的。”随后离开。')).toEqual([
      '他说：“我们会整改！”',
      '“好的。”',
      '随后离开。',
    ]);
    expect(sentences('「我們會整改。」他說。『好。』')).toEqual([
      '「我們會整改。」',
      '他說。',
      '『好。』',
    ]);
  });

  it('splits mixed Chinese and English text where either language ends a sentence', () => {
    expect(sentences('蚂蚁集团（Ant Group Co.）回应称。The PBoC said so.中文紧接。')).toEqual([
      '蚂蚁集团（Ant Group Co.）回应称。',
      'The PBoC said so.',
      '中文紧接。',
    ]);
    expect(sentences('罚款182.28亿元。Ant Group Co. 蚂蚁集团。')).toEqual([
      '罚款182.28亿元。',
      'Ant Group Co.',
      '蚂蚁集团。',
    ]);
  });
});

describe('splitSentences: spans', () => {
  it('covers every character of a messy text once, leaving only whitespace out', () => {
    const text =
      '  Ant Group Co. Ltd. said “no.”  蚂蚁集团：“逐步推进；再说。”\n\n\tMr. Ma… left?! (Yes.) ' +
      'U.S. firms; JD.com rose 3.5%.  他说！”“好。 End without stop   ';
    expectFullCover(text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\u3000 ')).toEqual([]);
  });

  it('splits a 1 MB article quickly, and long paragraphs like short ones', () => {
    const paragraph =
      'Ant Group Co. Ltd. said on Jan. 5 that Mr. Jack Y. Ma would cede control. ' +
      '蚂蚁集团表示将逐步推进整改；央行未回应！The U.S. Treasury said “We are watching.” ';
    const perParagraph = sentences(paragraph).length;
    expect(perParagraph).toBe(4);
    // One paragraph of 1 MB with no line break, and the same text in paragraphs.
    const oneBlock = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const paragraphs = (paragraph + '\n').repeat(Math.ceil(1_000_000 / paragraph.length));
    for (const text of [oneBlock, paragraphs]) {
      const started = performance.now();
      const spans = splitSentences(text);
      const elapsed = performance.now() - started;
      console.log(
        `splitSentences: ${text.length} characters, ${spans.length} sentences in ${elapsed.toFixed(0)} ms`,
      );
      expect(spans.length).toBe(perParagraph * Math.ceil(1_000_000 / paragraph.length));
    }
  });
});

describe('sentences of text read from a page', () => {
  it('break at the page’s blocks (U+2029), not at newlines of the page source', () => {
    const text =
      'Beijing’s push for Ant’s data\u2029By Mei Tanaka\u2029This month Ant agreed to hand a database the records of its\n          500 million borrowers. The bank did not comment.\u2029';
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Beijing’s push for Ant’s data',
      'By Mei Tanaka',
      'This month Ant agreed to hand a database the records of its\n          500 million borrowers.',
      'The bank did not comment.',
    ]);
  });
});
