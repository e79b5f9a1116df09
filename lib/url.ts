/**
 * Reading hosts out of addresses, in one place for the page, the background and the extension
 * pages: settings are kept per host, so all three must name a page's host the same way.
 */

/** The address parsed, or undefined when it is missing or malformed. */
export function parseUrl(address: string | undefined): URL | undefined {
  if (address === undefined) return undefined;
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}

/**
 * The host of a web page's address, as per-site settings are keyed, or undefined for anything
 * else (an extension page, a new tab, a file, a malformed address): only web pages are annotated.
 */
export function hostOf(address: string | undefined): string | undefined {
  const url = parseUrl(address);
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    return undefined;
  return url.hostname || undefined;
}

/** A host as compared with a list of sites: lower case, without a leading "www.". */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}
