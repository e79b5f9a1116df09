/**
 * Article detection measured on real pages saved by their publishers (../shared/corpus/, see
 * its README): how many articles are taken for articles, whether front pages are rejected, and
 * how well the chosen root covers each page's human-annotated article body. Prints figures and
 * exits 0; it is a measurement, not a test.
 *
 *   npm run detect:corpus [-- --list]   (--list prints every page's verdict and signals)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { detectArticle } from '../lib/page/detect';
import { buildTextMap } from '../lib/page/text-map';

const CORPUS = resolve(process.env.REGLENS_CORPUS ?? join(__dirname, '../../shared/corpus'));
const FIXTURES = join(__dirname, '../tests/fixtures/pages');
const LIST = process.argv.includes('--list');

/*
 * Readability's test suite mixes real pages with small hand-made ones. Only the real ones are
 * judged, in two lists with the reason for each; the rest (hand-made pages, reference and
 * documentation pages, serial fiction) are counted but not judged, since either verdict is
 * defensible for them.
 */
const READABILITY_ARTICLES = [
  // News outlets.
  ...['aktualne', 'bbc-1', 'breitbart', 'bug-1255978', 'buzzfeed-1', 'cnet', 'cnet-svg-classes'],
  ...['cnn', 'engadget', 'folha', 'gmw', 'guardian-1', 'heise', 'herald-sun-1', 'la-nacion'],
  ...['lemonde-1', 'liberation-1', 'msn', 'nytimes-1', 'nytimes-2', 'nytimes-3', 'nytimes-4'],
  ...['qq', 'schema-org-context-object', 'seattletimes-1', 'telegraph', 'theverge', 'tmz-1'],
  ...['wapo-1', 'wapo-2', 'wikia', 'yahoo-1', 'yahoo-3', 'yahoo-4', 'youth', 'ars-1'],
  // Magazines, health and science news, opinion.
  ...['article-author-tag', 'citylab-1', 'lazy-image-2', 'medicalnewstoday', 'quanta-1'],
  ...['salon-1', 'webmd-1', 'webmd-2', 'videos-1', 'videos-2', 'wordpress'],
  // Blog posts and company blogs.
  ...['002', 'aclu', 'blogger', 'dropbox-blog', 'ebb-org', 'firefox-nightly-blog', 'gitlab-blog'],
  ...['iab-1', 'keep-images', 'lazy-image-1', 'lifehacker-post-comment-load'],
  ...['lifehacker-working', 'links-in-tables', 'medium-1', 'medium-2', 'medium-3', 'spiceworks'],
  ...['simplyfound-1', 'toc-missing', 'topicseed-1', 'v8-blog', 'keep-tabular-data', 'pixnet'],
];
const READABILITY_NOT_ARTICLES: Record<string, string> = {
  'nytimes-5': 'front page',
  'mozilla-1': 'product page',
  'mozilla-2': 'product page',
};
/*
 * yahoo-2 is Yahoo News's front page saved with one story open in an overlay above it (its
 * expected extraction is that story), so either verdict is defensible: reported on its own.
 */
const READABILITY_OVERLAID = ['yahoo-2'];
/** The project's own non-article fixtures. */
const FIXTURE_NOT_ARTICLES: Record<string, string> = {
  'home.html': 'front page',
  'section-front.html': 'section front',
  'app.html': 'web app',
};

interface Verdict {
  isArticle: boolean;
  signals: string[];
  rootText: string;
}

function judge(html: string, url: string): Verdict {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const result = detectArticle(doc, { url });
    const rootText = result.root === null ? '' : buildTextMap(result.root).text;
    return { isArticle: result.isArticle, signals: result.signals, rootText };
  } finally {
    void window.happyDOM.abort();
    window.close();
  }
}

/*
 * Text compared as a bag of tokens: words in scripts that separate them with spaces, single
 * characters in those that do not (Chinese, Japanese, Thai), so every script is measured alike.
 */
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
function tokens(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)) {
    if (word === '') continue;
    const parts = NO_SPACE_SCRIPT.test(word) ? Array.from(word) : [word];
    for (const part of parts) bag.set(part, (bag.get(part) ?? 0) + 1);
  }
  return bag;
}
function size(bag: Map<string, number>): number {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}
function overlap(found: Map<string, number>, truth: Map<string, number>): number {
  let n = 0;
  for (const [t, c] of truth) n += Math.min(c, found.get(t) ?? 0);
  return n;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}
const f2 = (n: number): string => n.toFixed(2);
const pct = (a: number, b: number): string => `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`;
const short = (signals: string[]): string => signals.join(' ');

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`detect:corpus: no corpus at ${CORPUS}; nothing measured.`);
    return;
  }
  const missed: string[] = [];
  const wronglyTaken: string[] = [];

  // article-extraction-benchmark: every page is an article with an annotated body.
  const aebDir = join(CORPUS, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(aebDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  let aebTaken = 0;
  const recalls: number[] = [];
  const precisions: number[] = [];
  const coverage: { name: string; recall: number; precision: number }[] = [];
  const aebNames = Object.keys(truth).sort();
  for (const id of aebNames) {
    const { url, articleBody } = truth[id]!;
    const html = readFileSync(join(aebDir, 'html', `${id}.html`), 'utf8');
    const v = judge(html, url);
    const name = `aeb/${id.slice(0, 10)}`;
    if (v.isArticle) aebTaken++;
    else missed.push(`${name}  ${short(v.signals)}`);
    // A page not taken for an article covers nothing of its body.
    const want = tokens(articleBody);
    const got = tokens(v.rootText);
    const common = overlap(got, want);
    const recall = size(want) > 0 ? common / size(want) : 1;
    const precision = size(got) > 0 ? common / size(got) : 0;
    recalls.push(recall);
    precisions.push(precision);
    coverage.push({ name, recall, precision });
    if (LIST)
      console.log(
        `${name} ${v.isArticle ? 'yes' : 'no '} r=${f2(recall)} p=${f2(precision)} ${short(v.signals)}`,
      );
  }

  // Readability's real article pages, and its and the project's front pages and apps.
  const rdDir = join(CORPUS, 'readability');
  const rdNames = existsSync(rdDir)
    ? readdirSync(rdDir).filter((n) => existsSync(join(rdDir, n, 'source.html')))
    : [];
  let rdArticles = 0;
  let rdTaken = 0;
  let rejected = 0;
  let nonArticles = 0;
  let unjudged = 0;
  const overlaid: string[] = [];
  const readPage = (path: string): string => readFileSync(path, 'utf8');
  for (const name of rdNames) {
    const isArticle = READABILITY_ARTICLES.includes(name);
    const reason = READABILITY_NOT_ARTICLES[name];
    if (READABILITY_OVERLAID.includes(name)) {
      const v = judge(
        readPage(join(rdDir, name, 'source.html')),
        `https://readability.example/${name}`,
      );
      overlaid.push(
        `readability/${name} ${v.isArticle ? 'taken' : 'rejected'}  ${short(v.signals)}`,
      );
      continue;
    }
    if (!isArticle && reason === undefined) {
      unjudged++;
      continue;
    }
    const v = judge(
      readPage(join(rdDir, name, 'source.html')),
      `https://readability.example/${name}`,
    );
    if (LIST) console.log(`readability/${name} ${v.isArticle ? 'yes' : 'no '} ${short(v.signals)}`);
    if (isArticle) {
      rdArticles++;
      if (v.isArticle) rdTaken++;
      else missed.push(`readability/${name}  ${short(v.signals)}`);
    } else {
      nonArticles++;
      if (!v.isArticle) rejected++;
      else wronglyTaken.push(`readability/${name} (${reason})  ${short(v.signals)}`);
    }
  }
  for (const [file, reason] of Object.entries(FIXTURE_NOT_ARTICLES)) {
    const path = join(FIXTURES, file);
    if (!existsSync(path)) continue;
    const v = judge(readPage(path), `https://fixture.example/${file}`);
    if (LIST) console.log(`fixture/${file} ${v.isArticle ? 'yes' : 'no '} ${short(v.signals)}`);
    nonArticles++;
    if (!v.isArticle) rejected++;
    else wronglyTaken.push(`fixture/${file} (${reason})  ${short(v.signals)}`);
  }

  const articles = aebNames.length + rdArticles;
  console.log(`Article detection on ${CORPUS}`);
  console.log(`  articles taken:      ${pct(aebTaken + rdTaken, articles)}`);
  console.log(`    article-extraction-benchmark: ${pct(aebTaken, aebNames.length)}`);
  console.log(`    readability real articles:    ${pct(rdTaken, rdArticles)}`);
  console.log(
    `  non-articles rejected: ${pct(rejected, nonArticles)} (front pages and product pages named in the script, the project's home, section-front and app fixtures)`,
  );
  console.log(
    `  not judged: ${unjudged} readability pages (hand-made tests, reference, docs, fiction)`,
  );
  for (const line of overlaid) console.log(`  front page with a story open over it: ${line}`);
  console.log(
    `Body coverage on article-extraction-benchmark (${recalls.length} pages, bag of tokens: words, or characters in scripts without spaces; a rejected page counts 0)`,
  );
  console.log(
    `  recall:    median ${f2(quantile(recalls, 0.5))}  p10 ${f2(quantile(recalls, 0.1))}  worst ${f2(quantile(recalls, 0))}`,
  );
  console.log(
    `  precision: median ${f2(quantile(precisions, 0.5))}  p10 ${f2(quantile(precisions, 0.1))}  worst ${f2(quantile(precisions, 0))}`,
  );
  const worst = (key: 'recall' | 'precision'): string =>
    [...coverage]
      .sort((a, b) => a[key] - b[key])
      .slice(0, 5)
      .map((c) => `${c.name} ${f2(c[key])}`)
      .join(', ');
  console.log(`  lowest recall:    ${worst('recall')}`);
  console.log(`  lowest precision: ${worst('precision')}`);
  if (missed.length > 0)
    console.log(`Articles missed (${missed.length}):\n  ${missed.join('\n  ')}`);
  if (wronglyTaken.length > 0)
    console.log(`Non-articles taken (${wronglyTaken.length}):\n  ${wronglyTaken.join('\n  ')}`);
}

main();
