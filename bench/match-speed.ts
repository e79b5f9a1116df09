/**
 * Matching speed per character of page text, in Node, without a browser: a quick loop for work on
 * lib/match. Times `matcher.match(text)` on the fixture pages, on the saved news pages of the
 * shared corpus (if present), and on a ~1 MB text made of those articles end to end, for the
 * bundled knowledge base and the generated 1k/10k/100k name sets. A plain loop reading every
 * character with charCodeAt is timed on the same texts, as the yardstick the benchmark budget
 * is written in.
 *
 *   npx vite-node bench/match-speed.ts [--sets kb,1k,10k,100k] [--quick] [--baseline DIR]
 *
 * `--baseline DIR` loads a second createMatcher from DIR (for instance a copy of lib/match from
 * before a change) and times both on every text, interleaved so that noise from other work on
 * the machine hits both alike; it also checks that both find exactly the same mentions.
 *
 * Page text comes from stripping tags crudely: good enough for timing, not for extraction.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import core from '../assets/datasets/core.json';
import type { Actor } from '../lib/kb/schema';
import { createMatcher, type Matcher } from '../lib/match';
import { actorsFor, generateNames, generatedSizes, namesOf, type NameSetId } from './names';

type CreateMatcher = (actors: readonly Actor[]) => Matcher;

interface Page {
  name: string;
  text: string;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const quick = args.includes('--quick');
const setIds = (option('--sets') ?? 'kb,1k,10k,100k').split(',') as NameSetId[];
const baselineDir = option('--baseline');

/** One timed batch lasts at least this long, far above the timer's resolution. */
const MIN_BATCH_MS = quick ? 2 : 5;
const SAMPLES = quick ? 3 : 7;
const CORPUS_DIR = '/work/shared/corpus';
const BIG_TEXT_CHARS = 1_000_000;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  mdash: '\u2014',
  ndash: '\u2013',
  shy: '\u00ad',
};

/** Tags out, common entities decoded, whitespace left as the page has it (runs included). */
function textOf(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const cp =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

function fixturePages(): Page[] {
  const dir = resolve(import.meta.dirname, '../tests/fixtures/pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f, text: textOf(readFileSync(join(dir, f), 'utf8')) }));
}

function corpusPages(): Page[] {
  const pages: Page[] = [];
  const readability = join(CORPUS_DIR, 'readability');
  if (existsSync(readability)) {
    for (const name of readdirSync(readability).sort()) {
      const file = join(readability, name, 'source.html');
      if (existsSync(file)) pages.push({ name, text: textOf(readFileSync(file, 'utf8')) });
    }
  }
  const aeb = join(CORPUS_DIR, 'article-extraction-benchmark/html');
  if (existsSync(aeb)) {
    for (const name of readdirSync(aeb).sort()) {
      if (!name.endsWith('.html')) continue;
      pages.push({ name: name.slice(0, 12), text: textOf(readFileSync(join(aeb, name), 'utf8')) });
    }
  }
  // Tiny hand-made test pages say little about articles.
  return pages.filter((p) => p.text.length >= 1000);
}

interface ArticlePageModule {
  articlePage(dataset: unknown, targetChars?: number): { html: string };
}

/**
 * The benchmark's own long article (bench/article-page.mjs): about 1 MB of sentences naming the
 * knowledge base's companies and regulators, as dense in names as a real report on them.
 */
async function denseArticle(): Promise<Page> {
  // A computed specifier: the module is plain JavaScript without type declarations.
  const url = new URL('./article-page.mjs', import.meta.url).href;
  const { articlePage } = (await import(url)) as ArticlePageModule;
  return { name: '1 MB article', text: textOf(articlePage(core, BIG_TEXT_CHARS).html) };
}

/** Corpus articles end to end until the text is about 1 MB: real pages, few names. */
function corpusText(pages: readonly Page[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < BIG_TEXT_CHARS; round++) {
    for (const page of pages) {
      parts.push(page.text);
      length += page.text.length;
      if (length >= BIG_TEXT_CHARS) break;
    }
    if (round > 1000) break;
  }
  return parts.join('\n\n').slice(0, BIG_TEXT_CHARS);
}

const kbActors: Actor[] = [...(core.actors as unknown as Actor[])].sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);

function actorsOf(id: NameSetId): Actor[] {
  if (id === 'kb') return kbActors;
  return actorsFor(kbActors, generateNames(generatedSizes[id], namesOf(kbActors)));
}

let sink = 0;

function plainLoop(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Calls per batch so that one batch lasts MIN_BATCH_MS, judged from a warm call. */
function batchSize(run: () => void): number {
  run();
  let calls = 1;
  for (;;) {
    const start = performance.now();
    for (let k = 0; k < calls; k++) run();
    const ms = performance.now() - start;
    if (ms >= MIN_BATCH_MS) return calls;
    calls = ms <= 0 ? calls * 8 : Math.ceil((calls * MIN_BATCH_MS * 1.2) / ms);
  }
}

/**
 * Median ns per character of each runner on `text`. Samples alternate between runners so that
 * a burst of load from elsewhere does not land on one of them only.
 */
function timeRunners(text: string, runners: readonly (() => void)[]): number[] {
  const calls = runners.map(batchSize);
  const samples: number[][] = runners.map(() => []);
  for (let s = 0; s < SAMPLES; s++) {
    runners.forEach((run, r) => {
      const n = calls[r]!;
      const start = performance.now();
      for (let k = 0; k < n; k++) run();
      samples[r]!.push(((performance.now() - start) * 1e6) / n / text.length);
    });
  }
  return samples.map(median);
}

interface Variant {
  label: string;
  matcher: Matcher;
}

/** Same mentions from every variant, or the first difference. */
function checkSame(variants: readonly Variant[], page: Page): string | null {
  if (variants.length < 2) return null;
  const expected = JSON.stringify(variants[0]!.matcher.match(page.text));
  for (const v of variants.slice(1)) {
    if (JSON.stringify(v.matcher.match(page.text)) !== expected) {
      return `${v.label} differs from ${variants[0]!.label} on ${page.name}`;
    }
  }
  return null;
}

function measure(page: Page, variants: readonly Variant[]): { plain: number; match: number[] } {
  const runners = [
    () => {
      sink ^= plainLoop(page.text);
    },
    ...variants.map((v) => () => {
      sink ^= v.matcher.match(page.text).length;
    }),
  ];
  const [plain, ...match] = timeRunners(page.text, runners);
  return { plain: plain!, match };
}

const fmt = (ns: number): string => ns.toFixed(2).padStart(7);

async function main(): Promise<void> {
  const factories: { label: string; create: CreateMatcher }[] = [];
  if (baselineDir) {
    const mod = (await import(resolve(baselineDir, 'index.ts'))) as {
      createMatcher: CreateMatcher;
    };
    factories.push({ label: 'baseline', create: mod.createMatcher });
  }
  factories.push({ label: 'current', create: createMatcher });

  const fixtures = fixturePages();
  const corpus = corpusPages();
  const bigTexts: Page[] = [await denseArticle()];
  if (corpus.length > 0) bigTexts.push({ name: '1 MB of corpus pages', text: corpusText(corpus) });
  // Every code path compiled and warm before anything is timed.
  for (const f of factories) {
    const matcher = f.create(kbActors);
    for (let round = 0; round < 20; round++) {
      for (const page of [...fixtures, ...corpus.slice(0, 20)])
        sink ^= matcher.match(page.text).length;
    }
  }
  const header = `plain ns/char |${factories.map((f) => ` ${f.label} ns/char`).join(' |')}`;
  let mismatches = 0;

  for (const id of setIds) {
    const actors = actorsOf(id);
    const variants: Variant[] = factories.map((f) => {
      const start = performance.now();
      const matcher = f.create(actors);
      const ms = performance.now() - start;
      const stats = matcher.stats();
      console.log(
        `[${id}] ${f.label}: ${stats.patterns} patterns, ${stats.states} states, ` +
          `${(stats.bytes / 1e6).toFixed(1)} MB, built in ${ms.toFixed(0)} ms`,
      );
      return { label: f.label, matcher };
    });
    const report = (page: Page): number[] => {
      const problem = checkSame(variants, page);
      if (problem) {
        mismatches++;
        console.log(`  MISMATCH: ${problem}`);
      }
      const { plain, match } = measure(page, variants);
      return [plain, ...match];
    };

    // Building the automata leaves garbage and cold code behind: settle before timing.
    const settle = performance.now();
    while (performance.now() - settle < 300) {
      for (const v of variants)
        for (const page of fixtures) sink ^= v.matcher.match(page.text).length;
    }
    console.log(`  page (chars): ${header}`);
    for (const page of fixtures) {
      const [plain, ...match] = report(page);
      console.log(
        `  ${page.name} (${page.text.length}): ${fmt(plain!)} |${match.map(fmt).join(' |')}`,
      );
    }
    if (corpus.length > 0) {
      const perPage: number[][] = [];
      for (const page of corpus) perPage.push(report(page));
      const medians = perPage[0]!.map((_, k) => median(perPage.map((row) => row[k]!)));
      const chars = corpus.reduce((sum, p) => sum + p.text.length, 0);
      console.log(
        `  corpus median, ${corpus.length} pages, median ${median(corpus.map((p) => p.text.length))} chars ` +
          `(${chars} in all): ${fmt(medians[0]!)} |${medians.slice(1).map(fmt).join(' |')}`,
      );
    }
    for (const big of bigTexts) {
      const [plain, ...match] = report(big);
      const mentions = variants[variants.length - 1]!.matcher.match(big.text).length;
      console.log(
        `  ${big.name} (${big.text.length} chars, ${mentions} mentions): ${fmt(plain!)} |${match.map(fmt).join(' |')}`,
      );
    }
  }
  if (mismatches > 0) {
    console.log(`${mismatches} texts matched differently`);
    process.exitCode = 1;
  }
  if (sink === 0.5) console.log(sink);
}

await main();
