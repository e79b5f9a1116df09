/**
 * Shared rules about what part of a page is article text: which elements are never
 * annotated, which tags break text into blocks, and how much text "weighs".
 * Everything here reads attributes and tag names only, so it never forces layout.
 */

import { cjkUnitPattern, isCjkUnit } from '../match/char-class';

/** Our own UI lives in elements named reglens-*, so page scans can skip it by tag alone. */
export const OWN_TAG_PREFIX = 'reglens-';

/**
 * The highlighter's wrapper element. It is ours, yet it wraps the page's own text, so
 * scans must look through it rather than skip it.
 */
export const MARK_TAG = 'reglens-mark';

/** Subtrees that are never article text, whatever their content. */
const EXCLUDED_TAGS = new Set([
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'input',
  'select',
  'option',
  'textarea',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'dialog',
  'menu',
  // Ruby annotations (pinyin over hanzi) would otherwise splice into the words they annotate.
  'rt',
  'rp',
]);

const EXCLUDED_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
]);

/*
 * Matched per token (class and id split at spaces, dashes, underscores and camelCase), so
 * "commentary-body" or "article-head" (which contains "ad-") stay while "ad-slot" goes.
 * Strong tokens always exclude. Weak ones name widgets that sites also bolt onto the story
 * container itself ("article-body share-enabled"), so a body-like token next to them wins.
 */
const STRONG_TOKEN =
  /^(?:comment(?!ary|ator|ed)\w*|disqus\w*|newsletters?\w*|ads?|ad\d+|adbox\w*|adwrap\w*|adslot\w*|adunit\w*|adcontainer\w*|adsbygoogle|advert\w*|dfp|outbrain|taboola)$/;
const WEAK_TOKEN = /^(?:related\w*|share\w*|sharing|social\w*|promo\w*|sponsor\w*|recirc\w*)$/;
const BODY_TOKEN = /^(?:body|main|story|entry|articlebody|storybody|postbody)$/;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Tags that start and end a block of text; anything else flows inline with its neighbours. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export function isBlockTag(localName: string): boolean {
  return BLOCK_TAGS.has(localName);
}

/** The nearest block element holding `node` (a paragraph, a list item), or `root` itself. */
export function enclosingBlock(node: Node, root: Element): Element {
  for (let at = node.parentElement; at !== null && at !== root; at = at.parentElement) {
    if (isBlockTag(at.localName)) return at;
  }
  return root;
}

function tokensOf(value: string | null): string[] {
  if (!value) return [];
  // Split camelCase first so "relatedArticles" yields "related".
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((t) => t !== '');
}

/**
 * Verdicts per class-and-id pair: an article repeats a handful of them over hundreds of
 * elements, and splitting them into tokens is the costly part of this check. Most elements
 * have a class and no id; theirs are kept by the class alone, which spares building a key.
 */
const tokenVerdicts = new Map<string, boolean>();
const classVerdicts = new Map<string, boolean>();
const TOKEN_VERDICTS_KEPT = 4096;

function hasExcludedToken(cls: string | null, id: string | null): boolean {
  if (!cls && !id) return false;
  const verdicts = id ? tokenVerdicts : classVerdicts;
  const key = id ? `${cls ?? ''}#${id}` : cls!;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = tokensExclude([...tokensOf(cls), ...tokensOf(id)]);
    if (verdicts.size >= TOKEN_VERDICTS_KEPT) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}

function tokensExclude(tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  let weak = false;
  let body = false;
  for (const token of tokens) {
    if (STRONG_TOKEN.test(token)) return true;
    if (WEAK_TOKEN.test(token)) weak = true;
    else if (BODY_TOKEN.test(token)) body = true;
  }
  return weak && !body;
}

/**
 * Whether an element whose class or id names furniture is nonetheless the story's container:
 * sites name page-wide wrappers after the ads around them ("Page-ad-margins", "non-ad-column",
 * "js-social-anchor-start") or wrap the whole page in a <form>. An ad, a comment or a share
 * bar never holds the headline. Asked only of the few elements a token matched.
 */
function holdsStory(el: Element): boolean {
  const role = el.getAttribute('role');
  if (el.localName === 'main' || (role !== null && role.trim().toLowerCase() === 'main'))
    return true;
  return el.querySelector('h1, [itemprop~="articleBody"]') !== null;
}

/**
 * Whether this element's subtree is page furniture rather than article text. Only the
 * element itself is looked at; callers walk ancestors when they need to.
 */
export function isExcludedElement(el: Element): boolean {
  return isExcludedNamed(el, el.localName);
}

/** `isExcludedElement` for a caller that has read the element's local name already. */
export function isExcludedNamed(el: Element, name: string): boolean {
  // Some sites (ASP.NET ones) wrap the whole page, story included, in one <form>.
  if (EXCLUDED_TAGS.has(name)) return name !== 'form' || !holdsStory(el);
  if (name.startsWith(OWN_TAG_PREFIX)) return name !== MARK_TAG;
  // A site header is furniture, but an article's own header carries its headline.
  if (name === 'header' && !el.querySelector('h1')) return true;
  // Most elements in running text (<p>, <em>, <b>) carry no attributes: nothing more to read.
  if (!el.hasAttributes()) return false;
  // One call for the names, then a read of only the attributes that can decide: most elements
  // that carry any have one or two (a class, an href, an align), rarely one of these.
  const names = el.getAttributeNames();
  let cls: string | null = null;
  let id: string | null = null;
  for (let i = 0; i < names.length; i++) {
    switch (names[i]) {
      case 'hidden':
        return true;
      case 'aria-hidden':
        if (el.getAttribute('aria-hidden') === 'true') return true;
        break;
      case 'contenteditable': {
        const editable = el.getAttribute('contenteditable');
        if (editable !== null && editable.toLowerCase() !== 'false') return true;
        break;
      }
      case 'role': {
        const role = el.getAttribute('role');
        if (role && EXCLUDED_ROLES.has(role.trim().toLowerCase())) return true;
        break;
      }
      case 'style': {
        const style = el.getAttribute('style');
        if (style && HIDDEN_STYLE.test(style)) return true;
        break;
      }
      case 'class':
        cls = el.getAttribute('class');
        break;
      case 'id':
        id = el.getAttribute('id');
        break;
    }
  }
  return hasExcludedToken(cls, id) && !holdsStory(el);
}

/**
 * A test of whether an element, or one of its ancestors below `stop`, is furniture by
 * `isFurniture`. Answers are kept for every element on the way up, so asking for each of
 * thousands of paragraphs or links walks each ancestor once, not once per descendant.
 */
export function furnitureTest(
  stop: Element,
  isFurniture: (el: Element) => boolean,
): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let inside = false;
    for (let at: Element | null = el; at !== null && at !== stop; at = at.parentElement) {
      const answer = known.get(at);
      if (answer !== undefined) {
        inside = answer;
        break;
      }
      path.push(at);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      inside = inside || isFurniture(path[i]!);
      known.set(path[i]!, inside);
    }
    return inside;
  };
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

/** The units `isSpace` accepts, in runs. */
// eslint-disable-next-line no-control-regex -- control characters are white space to isSpace too
const SPACE_RUNS = /[\x00-\x20\xa0\u2000-\u200b\u3000]+/g;

/**
 * From this length on, text is counted by the regex engine rather than a loop. Detection runs
 * once per page, so its code is cold: a loop over a page's text runs in the interpreter, at tens
 * of ns a character (about 15 ms for the 147,000 characters of a news page's body), where the
 * regex engine's compiled code removes the white space in about 1 ms. Short text (most text
 * nodes) stays with the loop, which allocates nothing.
 */
const NATIVE_COUNT_FROM = 64;

export interface TextWeight {
  /** Characters that are not white space. */
  chars: number;
  /** Of those, CJK letters (an ideograph beyond the BMP counts once, by its high surrogate). */
  cjk: number;
  /**
   * A length in "Latin characters' worth": a CJK letter carries about as much as three
   * Latin letters, so one threshold fits both scripts.
   */
  weight: number;
}

const CJK_WEIGHT = 3;

export function weighText(text: string): TextWeight {
  if (text.length >= NATIVE_COUNT_FROM) {
    const dense = text.replace(SPACE_RUNS, '');
    const chars = dense.length;
    const cjk = chars - dense.replace(cjkUnitPattern(), '').length;
    return { chars, cjk, weight: chars + cjk * (CJK_WEIGHT - 1) };
  }
  let chars = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    chars++;
    if (isCjkUnit(code)) cjk++;
  }
  return { chars, cjk, weight: chars + cjk * (CJK_WEIGHT - 1) };
}

/** Whether `text` has a character that is not white space. */
export function hasVisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) return true;
  }
  return false;
}

/** Non-space character count. */
export function countChars(text: string): number {
  if (text.length >= NATIVE_COUNT_FROM) return text.replace(SPACE_RUNS, '').length;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII without a branch on the space between words, which a branch mispredicts word by word.
    if (code < 0x80) chars += (0x20 - code) >>> 31;
    else if (!isSpace(code)) chars++;
  }
  return chars;
}
