/**
 * What the phases share to drive a page: time limits, calls into the in-page bundle, tabs, and
 * the formatting of the progress lines.
 */
import { ORIGIN } from '../../bench/pages.mjs';
import { BLANK_PATH } from './page-set.mjs';

/** Name sets measured on detail pages; the larger ones cost seconds per page for the baselines. */
export const SETS = ['kb', '1k', '10k', '100k'];

/** Rejects when `promise` takes longer than `ms`: one broken page must not stall the run. */
export async function withTimeout(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Calls window.__reglensBench[method](...args) in the page (bench/in-page.ts). */
export function call(tab, method, ...args) {
  return tab.evaluate(([name, list]) => window.__reglensBench[name](...list), [method, args]);
}

/** The empty page with the in-page bundle in it: for work that needs no page of its own. */
export async function openBlank(tab, bundles) {
  await tab.goto(ORIGIN + BLANK_PATH);
  await tab.evaluate(bundles.inPage);
}

/**
 * Runs `measure` on every page in one tab, navigated from page to page: a new tab per page would
 * cost more than measuring it. Each page still gets a fresh document and script context; only a
 * tab in which a page failed is replaced, after `failed` has recorded why.
 *
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('../../bench/pages.mjs').PageSpec[]} pages
 * @param {(tab: import('playwright-core').Page, spec: import('../../bench/pages.mjs').PageSpec, index: number) => Promise<void>} measure
 * @param {(spec: import('../../bench/pages.mjs').PageSpec, index: number, error: unknown) => void} failed
 */
export async function inOneTab(context, pages, measure, failed) {
  let tab = await context.newPage();
  for (const [index, spec] of pages.entries()) {
    try {
      await measure(tab, spec, index);
    } catch (error) {
      failed(spec, index, error);
      await tab.close({ runBeforeUnload: false }).catch(() => {});
      tab = await context.newPage();
    }
  }
  await tab.close({ runBeforeUnload: false });
}

/** Runs `use` in a fresh tab, closed afterwards whatever happens. */
export async function inNewTab(context, use) {
  const tab = await context.newPage();
  try {
    return await use(tab);
  } finally {
    await tab.close({ runBeforeUnload: false }).catch(() => {});
  }
}

/** An error's message, whatever was thrown. */
export const errorText = (error) => (error instanceof Error ? error.message : String(error));

/** The first line of an error's message: Playwright appends its call log to the rest. */
export const firstLine = (error) => errorText(error).split('\n')[0];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0
    ? null
    : sorted.length % 2
      ? sorted[mid]
      : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Milliseconds for the progress lines (the report has its own, finer format). */
export const fmt = (ms) => (ms < 0.1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

/** "[  5/11]": where a per-page loop is. */
export const counter = (index, count) => `[${String(index + 1).padStart(3)}/${count}]`;
