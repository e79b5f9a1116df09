/**
 * Markdown for notes and drafts: each snippet as a block quote, then its citation (authors,
 * the title in italics linked to the article, site, date, address, the day it was saved), the
 * note, tags, and the actors and claims RegLens found in it.
 *
 * Everything from a page or a note is escaped, so a passage holding "*", "[", "<script>" or a
 * line starting with "#" reads back as the same text instead of turning into emphasis, a link,
 * HTML or a heading.
 */
import type { Snippet } from '../schema';
import {
  actorNames,
  calendarDate,
  gradeLabel,
  siteLabel,
  type ExportContext,
} from './export-context';

export function toMarkdown(snippets: readonly Snippet[], context: ExportContext): string {
  const count = `${snippets.length} snippet${snippets.length === 1 ? '' : 's'}`;
  const blocks = [
    `# RegLens snippets`,
    `Exported ${escapeMarkdown(context.exportedAt)}, ${count}.`,
  ];
  for (const snippet of snippets) blocks.push('---', snippetBlock(snippet, context));
  return `${blocks.join('\n\n')}\n`;
}

function snippetBlock(snippet: Snippet, context: ExportContext): string {
  const parts = [blockQuote(snippet.quote.exact), citationLine(snippet)];
  if (snippet.note.trim() !== '') {
    parts.push(`**Note:** ${paragraphs(snippet.note)}`);
  }
  if (snippet.tags.length > 0) {
    parts.push(`**Tags:** ${snippet.tags.map(escapeMarkdown).join(', ')}`);
  }
  const actors = actorNames(snippet, context);
  if (actors.length > 0) parts.push(`**Actors:** ${actors.map(escapeMarkdown).join(', ')}`);
  if (snippet.claims.length > 0) {
    const claims = snippet.claims.map((id) => {
      const statement = context.claimStatement(id);
      const grade = snippet.grades[id];
      const label = statement === undefined ? id : `${statement} (${id})`;
      return `- ${escapeMarkdown(label)}${grade ? `, graded ${escapeMarkdown(gradeLabel(grade))} when saved` : ''}`;
    });
    parts.push(`**Claims:**\n\n${claims.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** The quote as a block quote, paragraph breaks kept. */
function blockQuote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .map((line) => (line === '' ? '>' : `> ${escapeLine(line)}`))
    .join('\n');
}

/** A note's paragraphs and lines, each line escaped. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => escapeLine(line.trim()))
    .join('\n');
}

/** "Authors. *[Title](<url>)*. Site, 2021-03-25. <url>. Saved 2024-01-02." */
function citationLine(snippet: Snippet): string {
  const { citation } = snippet;
  const url = markdownUrl(citation.url);
  const pieces: string[] = [];
  if (citation.authors.length > 0) pieces.push(`${escapeMarkdown(citation.authors.join(', '))}.`);
  const title = citation.title === '' ? citation.url : citation.title;
  pieces.push(`*[${escapeMarkdown(title)}](<${url}>)*.`);
  const site = escapeMarkdown(siteLabel(snippet));
  pieces.push(citation.published ? `${site}, ${citation.published}.` : `${site}.`);
  pieces.push(`<${url}>.`);
  pieces.push(`Saved ${calendarDate(snippet.savedAt)}.`);
  return pieces.join(' ');
}

/**
 * An address fit for a link destination in angle brackets: parsed and serialised again (which
 * percent-encodes spaces and angle brackets), and anything left that could close it encoded.
 */
function markdownUrl(address: string): string {
  let href: string;
  try {
    href = new URL(address).href;
  } catch {
    href = address;
  }
  return href.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}

/** Characters that mean something anywhere in a line of Markdown. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]|&(?=#?\w+;)/g;

/** Inline text with every Markdown-significant character escaped by a backslash. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/**
 * One line of a paragraph or quote: inline escapes, and the characters that would start a
 * heading, list, quote, rule or setext underline at the line's start.
 */
function escapeLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIAL, (c) => `\\${c}`);
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
