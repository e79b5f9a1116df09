/**
 * The prose of a page: its paragraphs (outside furniture) and how much of them each element
 * holds, which is what article detection scores and picks a root by.
 */
import { countChars, furnitureTest, isBlockTag, isExcludedElement, weighText } from './dom-rules';
import { STEP_EVERY, type Steps } from './slice';

/** Below this, a block of text is a caption, byline or button label, not a paragraph. */
const MIN_PARAGRAPH_WEIGHT = 40;

export interface Prose {
  body: HTMLElement;
  /** Paragraph weight held by each element (its own and its descendants'). */
  weight: Map<Element, number>;
  /** Paragraph count held by each element. */
  count: Map<Element, number>;
  paragraphs: Set<Element>;
  /** Paragraphs grouped by the container they sit in side by side. */
  clusters: Map<Element, { weight: number; count: number }>;
  chars: number;
  cjk: number;
}

export function weightOf(prose: Prose, el: Element): number {
  return prose.weight.get(el) ?? 0;
}

/**
 * Finds the paragraphs of the page (outside furniture) and adds their weight up through
 * their ancestors, like Readability's scoring but on the live document: textContent and
 * tag names only, nothing that needs layout.
 */
export function* collectProse(body: HTMLElement): Steps<Prose> {
  const isInsideFurniture = furnitureTest(body, isExcludedElement);

  let turns = 0;
  const candidates = new Set<Element>(body.querySelectorAll('p, pre'));
  // Pages that break text with <br> or write it straight into a div, common on Chinese sites.
  for (const el of body.querySelectorAll('div, td, section, article, font')) {
    if (++turns % STEP_EVERY === 0) yield;
    for (let child = el.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3 && countChars((child as Text).data) >= 20) {
        candidates.add(el);
        break;
      }
    }
  }

  const prose: Prose = {
    body,
    weight: new Map(),
    count: new Map(),
    paragraphs: new Set(),
    clusters: new Map(),
    chars: 0,
    cjk: 0,
  };

  for (const el of candidates) {
    if (++turns % STEP_EVERY === 0) yield;
    if (isInsideFurniture(el)) continue;
    let full;
    let linked = 0;
    if (el.localName === 'p' || el.localName === 'pre') {
      full = weighText(el.textContent ?? '');
      for (const a of el.getElementsByTagName('a')) linked += weighText(a.textContent ?? '').weight;
    } else {
      // Only the div's own inline text: its block children are candidates of their own.
      let own = '';
      for (let child = el.firstChild; child !== null; child = child.nextSibling) {
        if (child.nodeType === 3) own += (child as Text).data;
        else if (child.nodeType === 1) {
          const element = child as Element;
          if (isBlockTag(element.localName) || isExcludedElement(element)) continue;
          const text = element.textContent ?? '';
          own += text;
          if (element.localName === 'a') linked += weighText(text).weight;
        }
      }
      full = weighText(own);
    }
    if (linked > 0.5 * full.weight) continue;
    const weight = full.weight - linked;
    if (weight < MIN_PARAGRAPH_WEIGHT) continue;

    prose.paragraphs.add(el);
    prose.chars += full.chars;
    prose.cjk += full.cjk;
    for (let at: Element | null = el; at !== null; at = at.parentElement) {
      prose.weight.set(at, (prose.weight.get(at) ?? 0) + weight);
      prose.count.set(at, (prose.count.get(at) ?? 0) + 1);
      if (at === body) break;
    }
    // Climb through single-child wrappers (one <div> per <p>) to the shared container.
    let cluster = el.parentElement ?? body;
    while (cluster !== body && cluster.childElementCount === 1 && cluster.parentElement) {
      cluster = cluster.parentElement;
    }
    const c = prose.clusters.get(cluster) ?? { weight: 0, count: 0 };
    c.weight += weight;
    c.count += 1;
    prose.clusters.set(cluster, c);
  }
  return prose;
}
