/**
 * The address that opens a snippet's page at the passage: a text fragment (`#:~:text=`), which
 * the browser scrolls to and highlights by itself, with the quote's first and last words when it
 * is long and its context as prefix and suffix so the right occurrence is chosen.
 */
import type { Snippet } from './schema';

/** Text fragments match whole words; a long quote is named by its first and last few. */
const WORDS_AT_EACH_END = 5;
const LONG_QUOTE = 80;

/** Percent-encodes what the text directive reserves ("-", "&", ",") besides what URLs do. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

function lastWords(text: string, count: number): string {
  return text.split(/\s+/).filter(Boolean).slice(-count).join(' ');
}

function firstWords(text: string, count: number): string {
  return text.split(/\s+/).filter(Boolean).slice(0, count).join(' ');
}

export function sourceLink(snippet: Snippet): string {
  const exact = snippet.quote.exact.replace(/\s+/g, ' ').trim();
  const spaced = /\s/.test(exact);
  let directive: string;
  if (exact.length > LONG_QUOTE && spaced) {
    directive = `${encodePart(firstWords(exact, WORDS_AT_EACH_END))},${encodePart(lastWords(exact, WORDS_AT_EACH_END))}`;
  } else {
    directive = encodePart(exact);
  }
  const prefix = lastWords(snippet.quote.prefix.trim(), 3);
  const suffix = firstWords(snippet.quote.suffix.trim(), 3);
  // Context only helps where words are spaced; Chinese text would need whole-word boundaries.
  if (spaced && prefix) directive = `${encodePart(prefix)}-,${directive}`;
  if (spaced && suffix) directive = `${directive},-${encodePart(suffix)}`;
  // A fragment the page routes by stays; the directive follows it.
  const page = snippet.citation.pageUrl;
  return `${page}${page.includes('#') ? '' : '#'}:~:text=${directive}`;
}
