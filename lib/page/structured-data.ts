/**
 * What a page says about itself in markup meant for machines: JSON-LD, Open Graph and other
 * meta tags, microdata. Article detection scores these; nothing here judges them.
 */

export function isArticleType(type: string): boolean {
  return (
    type.endsWith('Article') ||
    type === 'BlogPosting' ||
    type === 'LiveBlogPosting' ||
    type === 'Report'
  );
}

function typeName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // "https://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  const name = value.trim().replace(/^.*[/:#]/, '');
  return name === '' ? null : name;
}

/**
 * The page-level JSON-LD types: top-level items, @graph members and a WebPage's
 * mainEntity. Nested items (an ItemList's NewsArticle teasers) are not the page.
 */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const item = value as Record<string, unknown>;
    const declared = item['@type'];
    for (const t of Array.isArray(declared) ? declared : [declared]) {
      const name = typeName(t);
      if (name !== null) types.push(name);
    }
    if (item['@graph'] !== undefined) visit(item['@graph'], depth);
    if (item.mainEntity !== undefined && depth < 2) visit(item.mainEntity, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type]')) {
    if (script.getAttribute('type')!.trim().toLowerCase() !== 'application/ld+json') continue;
    const source = (script.textContent ?? '')
      .replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/)/, '')
      .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/)\s*$/, '');
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // Broken JSON is common; its first declared type is still a fair hint.
      const first = /"@type"\s*:\s*"([^"]+)"/.exec(source);
      const name = first ? typeName(first[1]) : null;
      if (name !== null) types.push(name);
    }
  }
  return types;
}

/** A meta tag's content by property (Open Graph) or name, trimmed; null when absent or empty. */
export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = el?.getAttribute('content');
  return content ? content.trim() : null;
}

/** When the page says it was published, from Open Graph or microdata. */
export function publishedTime(doc: Document): string | null {
  return (
    metaContent(doc, 'article:published_time') ??
    doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content') ??
    null
  );
}

/** The first microdata item whose (first) type is an article type, by that type's name. */
export function microdataArticleType(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[itemtype]')) {
    const name = typeName(el.getAttribute('itemtype')!.split(/\s+/)[0]);
    if (name !== null && isArticleType(name)) return name;
  }
  return null;
}
