/**
 * Which pages the benchmark measures, and which of them get every measurement: the fixtures, the
 * pages generated at bench time, and (unless --quick) the real news pages of the corpus.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { appPage, articlePage } from '../../bench/article-page.mjs';
import { listPages } from '../../bench/pages.mjs';

/** The generated article with 1 MB of text: the long-task budget's page. */
export const BIG_PAGE = 'generated/article-1mb';
/** The densest fixture: the first article after start-up, and the page of the largest baselines. */
export const SOURCE_REPORT = 'fixture/source-report';
/** An empty page, for work that needs a document but not a page's content. */
export const BLANK_PATH = '/bench/blank.html';

/**
 * Pages that get every measurement (all name sets, mark.js, hot spots): the fixtures, the
 * generated pages, and a few real news pages. The rest of the corpus gets the bundled knowledge
 * base only, and every name set in the text-only phase: mark.js alone would take hours there.
 */
const DETAIL_CORPUS = ['readability/nytimes-1', 'readability/bbc-1', 'readability/qq'];
/** One page of the second corpus (its first has little article text under RegLens's root). */
const DETAIL_AEB = [1];

/**
 * Writes the generated pages into `work` and lists every page to measure.
 *
 * @param {{ projectRoot: string, work: string, quick: boolean, only: RegExp | null, log: (message: string) => void }} options
 *   only: --pages, which narrows the run to matching page ids (for looking into one page; budgets
 *   then cover only those)
 */
export async function choosePages({ projectRoot, work, quick, only, log }) {
  const core = JSON.parse(
    await readFile(path.join(projectRoot, 'assets/datasets/core.json'), 'utf8'),
  );
  const generatedPage = articlePage(core);
  const generatedFile = path.join(work, 'article-1mb.html');
  await writeFile(generatedFile, generatedPage.html);
  const appFile = path.join(work, 'app.html');
  await writeFile(appFile, appPage());
  const generated = [
    { id: BIG_PAGE, group: 'generated', file: generatedFile, path: '/generated/article-1mb.html' },
    { id: 'generated/app', group: 'generated', file: appFile, path: '/generated/app.html' },
  ];
  const listed = await listPages({ projectRoot, quick, generated });
  const pages = only ? listed.pages.filter((p) => only.test(p.id)) : listed.pages;
  log(listed.corpus.note);

  const detailIds = new Set([
    ...pages.filter((p) => p.group === 'fixture' || p.group === 'generated').map((p) => p.id),
    ...DETAIL_CORPUS.filter((id) => pages.some((p) => p.id === id)),
    ...pages
      .filter((p) => p.group === 'aeb')
      .filter((_, i) => DETAIL_AEB.includes(i))
      .map((p) => p.id),
  ]);
  const extra = new Map([
    [BLANK_PATH, '<!doctype html><title>RegLens benchmark</title><body></body>'],
  ]);
  return {
    pages,
    corpus: listed.corpus,
    detailIds,
    extra,
    generatedPageChars: generatedPage.chars,
  };
}
