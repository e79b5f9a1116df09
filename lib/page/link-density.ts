/**
 * How much of a page's visible text sits inside links: home pages and section fronts are
 * mostly links, articles mostly are not.
 */
import { countChars, furnitureTest } from './dom-rules';
import { STEP_EVERY, type Steps } from './slice';

/** Regions whose text is left out of both counts, found with one selector. */
const FURNITURE =
  'script, style, noscript, template, svg, nav, header, footer, aside, form, [hidden], ' +
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

export interface LinkShares {
  /** Share of the page's visible text (outside furniture) that sits inside links. */
  page: number;
  /** The same inside the chosen root. */
  root: number;
}

/** Both link densities in one pass over the page's links. */
export function* linkShares(body: Element, root: Element | null): Steps<LinkShares> {
  // A header or form that holds the headline is the story's own (some sites wrap the page in a form).
  const furniture = new Set(
    Array.from(body.querySelectorAll(FURNITURE)).filter(
      (el) =>
        !(
          (el.localName === 'header' || el.localName === 'form') &&
          el.querySelector('h1') !== null
        ),
    ),
  );
  const isInsideFurniture = furnitureTest(body, (el) => furniture.has(el));

  // Each count reads the whole text once (tens of ms at a megabyte): a pause after each.
  let pageText = countChars(body.textContent ?? '');
  yield;
  let rootText = root === null ? 0 : countChars(root.textContent ?? '');
  yield;
  let turns = 0;
  for (const el of furniture) {
    if (++turns % STEP_EVERY === 0) yield;
    // Furniture inside furniture was subtracted with its container.
    const container = el.parentElement;
    if (container !== null && isInsideFurniture(container)) continue;
    const chars = countChars(el.textContent ?? '');
    pageText -= chars;
    if (root !== null && root !== el && root.contains(el)) rootText -= chars;
  }
  let pageLinks = 0;
  let rootLinks = 0;
  for (const a of body.getElementsByTagName('a')) {
    if (++turns % STEP_EVERY === 0) yield;
    // An anchor without href (<a name>) is a target, not a link: old pages wrap whole
    // paragraphs in one. A link nested in a link was counted with the outer one.
    if (!a.hasAttribute('href') || a.parentElement?.closest('a[href]')) continue;
    if (isInsideFurniture(a)) continue;
    const chars = countChars(a.textContent ?? '');
    pageLinks += chars;
    if (root !== null && root.contains(a)) rootLinks += chars;
  }
  const share = (links: number, text: number): number => (text > 0 ? Math.min(1, links / text) : 0);
  return { page: share(pageLinks, pageText), root: share(rootLinks, rootText) };
}
