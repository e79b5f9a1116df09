/**
 * Figures in English and Chinese text, reduced to plain values so that the same figure written
 * differently compares equal: "500 million", "500m", "half a billion", "five hundred million",
 * "5亿", "五亿" are all 5e8; "18.228 billion yuan" and "182.28亿元" are both 1.8228e10.
 *
 * Dates, years, durations and order numbers are not figures a claim is about ("on 10 Nov
 * 2020", "2021年7月", "three years later", "Order [2021] No. 4"), so they are left out.
 */

/**
 * `amount`: money and large numbers ("18.228 billion yuan", "500 million", "5亿"); `count`: a
 * small number of things ("13 platforms", "four regulators", "十三家"); `percent`; `ordinal`
 * ("second", "第三家"). Only figures of the same kind are compared.
 */
export type FigureKind = 'amount' | 'count' | 'percent' | 'ordinal';

export interface Figure {
  kind: FigureKind;
  value: number;
  /** How far the writer may have rounded: half the unit of the last digit written. */
  tolerance: number;
  /** For money: the currency written with it ("CNY", "USD", "HKD", "EUR", "GBP"). */
  currency?: string;
  /** Offsets of the figure in the text it was found in. */
  start: number;
  end: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  twentieth: 20,
};

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s*$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})\\b`);
/** Durations and ages: "three years", "10-day", "two months". */
const DURATION_AFTER =
  /^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?)\b/;
const ORDER_NUMBER_BEFORE = /\b(?:no|nos|number|article|art|order|item|para|section)\.?\s*$/;
const PERCENT_AFTER = /^\s?(?:%|per\s?cent\b|pct\b|percentage points?\b)/;
/** Currency signs and words before a figure, and after it, most specific first. */
const CURRENCY_BEFORE: [RegExp, string][] = [
  [/(?:hk\$|\bhkd|港币|港元)\s?$/, 'HKD'],
  [/(?:us\$|\busd|\$|美元)\s?$/, 'USD'],
  [/(?:¥|￥|\brmb|\bcny|\byuan|人民币)\s?$/, 'CNY'],
  [/(?:€|\beur)\s?$/, 'EUR'],
  [/£\s?$/, 'GBP'],
];
const CURRENCY_AFTER: [RegExp, string][] = [
  [/^\s?(?:hong kong dollars?|hk dollars?|hkd\b|港元|港币)/, 'HKD'],
  [/^\s?(?:yuan\b|renminbi\b|rmb\b|cny\b|元|人民币)/, 'CNY'],
  [/^\s?(?:us dollars?|dollars?\b|usd\b|美元)/, 'USD'],
  [/^\s?(?:euros?\b)/, 'EUR'],
];

function currencyOf(head: string, tail: string): string | undefined {
  for (const [re, currency] of CURRENCY_AFTER) if (re.test(tail)) return currency;
  for (const [re, currency] of CURRENCY_BEFORE) if (re.test(head)) return currency;
  return undefined;
}

/** Digits with optional thousands separators and decimals, then an optional scale word. */
const DIGIT_RE =
  /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?-?(thousand|millions?|billions?|trillion|mln|mn|bn|tn|trn|[kmb])\b)?(st|nd|rd|th)?/g;
/** Runs of number words, with "a"/"an"/"half" and "and"/"-" between them. */
const WORD_RE =
  /\b(?:(?:half|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)(?:[\s-]+(?:and\s+)?|\b))+/g;
const ORDINAL_RE =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth)\b/g;

/** Chinese: Arabic or Chinese digits, then 万/亿 scales, with 第 for ordinals and 百分之 or % for shares. */
const CJK_DIGITS = '零〇一二两三四五六七八九十百千';
const CJK_RE = new RegExp(
  `(第)?(百分之)?((?:\\d+(?:\\.\\d+)?|[${CJK_DIGITS}]+(?:点[${CJK_DIGITS}]+)?)(?:[万亿]+)?)(余|多)?([%％])?`,
  'g',
);
const CJK_VALUE: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Measure words after a count ("13家", "五亿名"): without one, a lone Chinese numeral is a word. */
const CJK_MEASURE = /^[家个個名位项項条條笔筆户戶人款次倍只份元美港亿億万萬]/;
/** Dates and durations: "2021年", "7月", "3日", "两个月", "三年". */
const CJK_DATE_AFTER = /^(?:[年月日号號]|个月|個月|天|周|週|小时|小時|季度)/;

function fold(text: string): string {
  // One unit to one unit, so offsets in the folded text are offsets in the original.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0).toLowerCase();
    else out += text[i]!.toLowerCase();
  }
  return out;
}

function digitFigures(text: string, out: Figure[]): void {
  for (const m of text.matchAll(DIGIT_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const [, whole, decimals, scaleWord, ordinalSuffix] = m;
    // Inside a word or a code ("5G", "9988.HK", "A1"), or part of a longer figure.
    const before = text[start - 1] ?? ' ';
    if (/[a-z0-9]/.test(before) || (before === '.' && /\d/.test(text[start - 2] ?? ''))) continue;
    const after = text[end];
    if (after !== undefined && /[a-z]/.test(after)) continue;
    // A code with a dot ("9988.hk"), not a figure.
    if (after === '.' && /[a-z]/.test(text[end + 1] ?? '')) continue;
    // Chinese scales and measure words are read by the Chinese pass.
    if (
      after !== undefined &&
      /[万萬亿億年月日号號个個天周週家名位项項条條笔筆户戶人款次倍元%％]/.test(after)
    ) {
      continue;
    }
    const head = text.slice(Math.max(0, start - 16), start);
    const tail = text.slice(end, end + 24);
    if (MONTH_BEFORE.test(head) || MONTH_AFTER.test(tail) || ORDER_NUMBER_BEFORE.test(head)) {
      continue;
    }
    if (!scaleWord && DURATION_AFTER.test(tail)) continue;
    const base = Number(whole!.replace(/,/g, '') + (decimals ? `.${decimals}` : ''));
    const unit = decimals ? 10 ** -decimals.length : 1;
    if (ordinalSuffix) {
      out.push({ kind: 'ordinal', value: base, tolerance: 0, start, end });
      continue;
    }
    const percent = PERCENT_AFTER.exec(tail);
    if (percent && !scaleWord) {
      out.push({
        kind: 'percent',
        value: base,
        tolerance: unit / 2,
        start,
        end: end + percent[0].length,
      });
      continue;
    }
    // A bare four-digit integer is a year.
    if (!scaleWord && !decimals && /^\d{4}$/.test(whole!) && base >= 1900 && base <= 2100) continue;
    const scale = scaleWord ? SCALES[scaleWord]! : 1;
    const currency = currencyOf(head, tail);
    const kind: FigureKind = scaleWord || currency || base >= 10000 ? 'amount' : 'count';
    const figure: Figure = { kind, value: base * scale, tolerance: (unit * scale) / 2, start, end };
    if (currency) figure.currency = currency;
    out.push(figure);
  }
}

function wordFigures(text: string, out: Figure[]): void {
  for (const m of text.matchAll(WORD_RE)) {
    const words = m[0]
      .trim()
      .split(/[\s-]+/)
      .filter((w) => w !== 'and');
    let total = 0;
    let current = 0;
    let seen = false;
    let half = false;
    let pendingA = false;
    let largestScale = 0;
    for (const w of words) {
      if (w === 'half') {
        half = true;
      } else if (w === 'a' || w === 'an') {
        pendingA = true;
      } else if (w in SMALL) {
        current += SMALL[w]!;
        seen = true;
        pendingA = false;
      } else if (w === 'hundred') {
        current = (current || (pendingA || half ? 1 : 0)) * 100;
        seen = seen || pendingA;
        pendingA = false;
      } else {
        const scale = SCALES[w]!;
        const base = current || (pendingA || half ? 1 : 0);
        if (base === 0) continue;
        total += base * scale;
        current = 0;
        seen = true;
        pendingA = false;
        largestScale = Math.max(largestScale, scale);
      }
    }
    let value = total + current;
    if (!seen || value === 0) continue;
    if (half) value /= 2;
    // "one" alone says nothing about amounts ("one of several options").
    if (value === 1 && largestScale === 0) continue;
    const start = m.index + m[0].indexOf(m[0].trim());
    const end = start + m[0].trim().length;
    const tail = text.slice(end, end + 24);
    if (largestScale === 0 && (DURATION_AFTER.test(tail) || MONTH_AFTER.test(tail))) continue;
    const percent = PERCENT_AFTER.exec(tail);
    const currency = percent
      ? undefined
      : currencyOf(text.slice(Math.max(0, start - 8), start), tail);
    const kind: FigureKind = percent
      ? 'percent'
      : largestScale >= 1e3 || currency
        ? 'amount'
        : 'count';
    const figure: Figure = {
      kind,
      value,
      tolerance: value * 0.05,
      start,
      end: percent ? end + percent[0].length : end,
    };
    if (currency) figure.currency = currency;
    out.push(figure);
  }
  for (const m of text.matchAll(ORDINAL_RE)) {
    const end = m.index + m[0].length;
    const tail = text.slice(end, end + 24);
    // "second-largest shareholder": a rank by size, not the order of events.
    if (MONTH_AFTER.test(tail) || /^[\s-]*(?:largest|biggest)\b/.test(tail)) continue;
    out.push({ kind: 'ordinal', value: ORDINAL_WORDS[m[1]!]!, tolerance: 0, start: m.index, end });
  }
}

/** Value of a Chinese numeral below 10,000 ("一百八十二", "十三", "两千"). */
function smallCjk(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CJK_VALUE) {
      digit = CJK_VALUE[ch]!;
    } else {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 1;
      total += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

/** Value and unit of the last digit of a numeral with 万/亿 scales ("182.28亿", "五亿", "1.2万亿"). */
function cjkNumber(s: string): { value: number; unit: number } | undefined {
  let value = 0;
  let lastUnit = 1;
  // "1.2万亿": each run of scales multiplies the digits before it (万亿 is a 万 of 亿).
  const parts = s.split(/([万亿]+)/).filter((p) => p !== '');
  let pending: { value: number; unit: number } | undefined;
  for (const part of parts) {
    if (/^[万亿]+$/.test(part)) {
      let scale = 1;
      for (const ch of part) scale *= ch === '万' ? 1e4 : 1e8;
      if (!pending) return undefined;
      value += pending.value * scale;
      lastUnit = pending.unit * scale;
      pending = undefined;
    } else {
      pending = readCjkDigits(part);
      if (!pending) return undefined;
    }
  }
  if (pending) {
    value += pending.value;
    lastUnit = pending.unit;
  }
  return { value, unit: lastUnit };
}

function readCjkDigits(part: string): { value: number; unit: number } | undefined {
  if (/^\d+(?:\.\d+)?$/.test(part)) {
    const decimals = part.split('.')[1];
    return { value: Number(part), unit: decimals ? 10 ** -decimals.length : 1 };
  }
  const [whole, fraction] = part.split('点');
  if (!whole) return undefined;
  let value =
    /^[零〇一二两三四五六七八九]+$/.test(whole) && whole.length > 1
      ? Number([...whole].map((ch) => CJK_VALUE[ch]).join(''))
      : smallCjk(whole);
  let unit = 1;
  if (fraction) {
    const digits = [...fraction].map((ch) => CJK_VALUE[ch] ?? 0).join('');
    value += Number(`0.${digits}`);
    unit = 10 ** -digits.length;
  }
  return { value, unit };
}

function cjkFigures(text: string, out: Figure[]): void {
  for (const m of text.matchAll(CJK_RE)) {
    const [whole, ordinalMark, percentWord, numeral, more, percentSign] = m;
    const start = m.index;
    const end = start + whole.length;
    const arabic = /\d/.test(numeral!);
    const hasScale = /[万亿]/.test(numeral!);
    const tail = text.slice(end, end + 4);
    if (arabic && !hasScale && !ordinalMark && !percentWord && !percentSign) {
      // Plain Arabic digits: a count only with a measure word; English text is read elsewhere.
      if (!CJK_MEASURE.test(tail) || /^[年月日号號]/.test(tail)) continue;
    }
    if (!arabic && !ordinalMark && !percentWord && !percentSign && !hasScale) {
      // A lone Chinese numeral is usually part of a word ("统一", "一度"): keep counts only.
      if (!CJK_MEASURE.test(tail)) continue;
      if (numeral === '一' || numeral === '两') continue;
    }
    if (CJK_DATE_AFTER.test(tail) && !hasScale) continue;
    // Part of a longer English figure ("3.5%" is read by the digit pass).
    const before = text[start - 1];
    if (arabic && before !== undefined && /[\d.,a-z$]/.test(before)) continue;
    const read = cjkNumber(numeral!);
    if (!read) continue;
    if (ordinalMark) {
      // "第一大股东": a rank by size, not the order of events.
      if (tail.startsWith('大')) continue;
      out.push({ kind: 'ordinal', value: read.value, tolerance: 0, start, end });
    } else if (percentWord || percentSign) {
      out.push({ kind: 'percent', value: read.value, tolerance: read.unit / 2, start, end });
    } else {
      // "182亿余元": more than 182亿, within the last digit written.
      const tolerance = more ? read.unit : read.unit / 2;
      const currency = currencyOf(
        text.slice(Math.max(0, start - 8), start),
        text.slice(end, end + 16),
      );
      const kind: FigureKind = hasScale || currency || read.value >= 10000 ? 'amount' : 'count';
      const figure: Figure = { kind, value: read.value, tolerance, start, end };
      if (currency) figure.currency = currency;
      out.push(figure);
    }
  }
}

/** Every figure in `text`, in order of position. */
export function findFigures(text: string): Figure[] {
  const folded = fold(text);
  const out: Figure[] = [];
  digitFigures(folded, out);
  wordFigures(folded, out);
  cjkFigures(folded, out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps (a word figure inside a digit one) keep the first and longest.
  const kept: Figure[] = [];
  for (const f of out) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

/** The one figure a short phrase states ("18.228 billion yuan", "4%", "second"), if exactly one. */
export function parseFigure(phrase: string): Figure | undefined {
  const found = findFigures(phrase);
  return found.length === 1 ? found[0] : undefined;
}

/** Whether two figures can be the same figure, each rounded as written. */
export function figuresAgree(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  // 28亿元 is not $2.8 billion; a figure without a currency may be either.
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  if (a.kind === 'ordinal') return a.value === b.value;
  const slack = Math.max(
    a.tolerance,
    b.tolerance,
    0.005 * Math.max(Math.abs(a.value), Math.abs(b.value)),
  );
  return Math.abs(a.value - b.value) <= slack + 1e-9 * Math.abs(a.value);
}
