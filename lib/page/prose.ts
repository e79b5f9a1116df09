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
  /** Paragraph count held by each element (a <br>-separated run of text counts as one). */
  count: Map<Element, number>;
  /** Characters (not weight) of paragraph text held by each element, for read-outs. */
  charsIn: Map<Element, number>;
  paragraphs: Set<Element>;
  /** Paragraphs grouped by the container they sit in side by side. */
  clusters: Map<Element, { weight: number; count: number }>;
  chars: number;
  cjk: number;
}

/** Inline elements a site may write a whole line of text in. */
const INLINE_TEXT_TAGS = new Set(['span', 'font', 'b', 'strong', 'em', 'i']);

function holdsInlineText(node: Node): boolean {
  if (node.nodeType !== 1 || !INLINE_TEXT_TAGS.has((node as Element).localName)) return false;
  const first = node.firstChild;
  return first !== null && first.nodeType === 3 && countChars((first as Text).data) >= 20;
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
  /*
   * Pages that break text with <br> or write it straight into a div (common on Chinese and
   * older sites), or wrap each line of a div in a <span>, and list items that hold sentences
   * rather than links.
   */
  for (const el of body.querySelectorAll('div, td, section, article, font, li, blockquote')) {
    if (++turns % STEP_EVERY === 0) yield;
    for (let child = el.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3 ? countChars((child as Text).data) >= 20 : holdsInlineText(child)) {
        candidates.add(el);
        break;
      }
    }
  }

  const prose: Prose = {
    body,
    weight: new Map(),
    count: new Map(),
    charsIn: new Map(),
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
    let runs = 1;
    if (el.localName === 'p' || el.localName === 'pre') {
      full = weighText(el.textContent ?? '');
      for (const a of el.getElementsByTagName('a')) {
        if (a.hasAttribute('href')) linked += weighText(a.textContent ?? '').weight;
      }
    } else {
      // Only the div's own inline text: its block children are candidates of their own.
      let own = '';
      let run = 0;
      runs = 0;
      const endRun = (): void => {
        if (run >= MIN_PARAGRAPH_WEIGHT) runs++;
        run = 0;
      };
      for (let child = el.firstChild; child !== null; child = child.nextSibling) {
        if (child.nodeType === 3) {
          const data = (child as Text).data;
          own += data;
          run += weighText(data).weight;
        } else if (child.nodeType === 1) {
          const element = child as Element;
          // Text broken by <br>s is as many paragraphs as it has runs of text.
          if (element.localName === 'br') endRun();
          if (isBlockTag(element.localName) || isExcludedElement(element)) continue;
          const text = element.textContent ?? '';
          own += text;
          const w = weighText(text).weight;
          if (element.localName === 'a' && element.hasAttribute('href')) linked += w;
          else run += w;
        }
      }
      endRun();
      runs = Math.max(1, runs);
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
      prose.count.set(at, (prose.count.get(at) ?? 0) + runs);
      prose.charsIn.set(at, (prose.charsIn.get(at) ?? 0) + full.chars);
      if (at === body) break;
    }
    // Climb through single-child wrappers (one <div> per <p>) to the shared container.
    let cluster = el.parentElement ?? body;
    while (cluster !== body && cluster.childElementCount === 1 && cluster.parentElement) {
      cluster = cluster.parentElement;
    }
    const c = prose.clusters.get(cluster) ?? { weight: 0, count: 0 };
    c.weight += weight;
    c.count += runs;
    prose.clusters.set(cluster, c);
  }
  return prose;
}
