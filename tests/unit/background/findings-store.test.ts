import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { forgetFindings, readFindings, saveFindings } from '@/lib/background/findings-store';
import type { Findings } from '@/lib/messaging';

const findings: Findings = {
  url: 'https://example.com/a',
  title: 'A',
  isArticle: true,
  signals: ['og:type'],
  level: 'names',
  mentions: [
    { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant Group', start: 4, end: 13 },
  ],
  claims: [],
  attributions: [],
  snippets: [],
};

describe('the tab’s read-out in storage.session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept as one JSON text and read back as it was', async () => {
    await saveFindings(7, findings);
    const stored = await browser.storage.session.get('findings:7');
    expect(typeof stored['findings:7']).toBe('string');
    expect(await readFindings(7)).toEqual(findings);
    await forgetFindings(7);
    expect(await readFindings(7)).toBeNull();
  });

  it('reads nothing from an entry that is not a read-out', async () => {
    await browser.storage.session.set({ 'findings:8': '{"url":' });
    expect(await readFindings(8)).toBeNull();
    await browser.storage.session.set({ 'findings:9': JSON.stringify({ url: 1 }) });
    expect(await readFindings(9)).toBeNull();
  });
});
