/**
 * What each tab shows, kept in storage.session: the MV3 service worker may be stopped at any
 * idle moment, and an in-memory map would forget every tab when it is.
 */
import { browser } from 'wxt/browser';
import { findingsSchema, type Findings } from '../messaging';
import { storedFindings } from './findings-size';

const keyOf = (tabId: number) => `findings:${tabId}`;

/** Kept as JSON text (see storedFindings), the text it was measured by. */
export async function saveFindings(tabId: number, findings: Findings): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: storedFindings(findings) });
}

export async function readFindings(tabId: number): Promise<Findings | null> {
  const key = keyOf(tabId);
  const stored: unknown = (await browser.storage.session.get(key))[key];
  if (typeof stored !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = findingsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function forgetFindings(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
