import { describe, expect, it } from 'vitest';
import { bareHost, hostOf, parseUrl } from '../../../lib/url';

describe('hostOf', () => {
  it('reads the host of http and https addresses', () => {
    expect(hostOf('https://www.scmp.com/tech/article/1')).toBe('www.scmp.com');
    expect(hostOf('http://caixin.com:8080/a?b=c')).toBe('caixin.com');
    expect(hostOf('HTTPS://News.Example.COM/')).toBe('news.example.com');
  });

  it('gives nothing for other schemes, malformed or missing addresses', () => {
    expect(hostOf('chrome://extensions/')).toBeUndefined();
    expect(hostOf('chrome-extension://abcdef/popup.html')).toBeUndefined();
    expect(hostOf('file:///home/reader/page.html')).toBeUndefined();
    expect(hostOf('about:blank')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
    expect(hostOf('')).toBeUndefined();
    expect(hostOf(undefined)).toBeUndefined();
  });
});

describe('parseUrl', () => {
  it('parses any scheme and gives nothing for what is not an address', () => {
    expect(parseUrl('https://example.com/search?q=x')?.searchParams.get('q')).toBe('x');
    expect(parseUrl('file:///tmp/a.html')?.pathname).toBe('/tmp/a.html');
    expect(parseUrl('::')).toBeUndefined();
    expect(parseUrl(undefined)).toBeUndefined();
  });
});

describe('bareHost', () => {
  it('lower-cases and drops one leading www.', () => {
    expect(bareHost('WWW.Reuters.com')).toBe('reuters.com');
    expect(bareHost('www.www.example.com')).toBe('www.example.com');
    expect(bareHost('news.wwwexample.com')).toBe('news.wwwexample.com');
  });
});
