/**
 * What each tab shows, kept in storage.session: the MV3 service worker may be stopped at any
 * idle moment, and an in-memory map would forget every tab when it is.
 */
import { browser } from 'wxt/browser';
import { findingsSchema, type Findings } from '../messaging';
import { fitFindings } from './findings-size';

const keyOf = (tabId: number) => `findings:${tabId}`;

export async function saveFindings(tabId: number, findings: Findings): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: fitFindings(findings) });
}

export async function readFindings(tabId: number): Promise<Findings | null> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = findingsSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

export async function forgetFindings(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
