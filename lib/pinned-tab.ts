/**
 * `?tabId=N` on an extension page's address pins it to one tab. The popup and the side panel
 * show the active tab of their window, but opened in a tab of their own (as the end-to-end tests
 * open them) they are that active tab.
 */
export function pinnedTabId(search: string): number | undefined {
  const value = Number(new URLSearchParams(search).get('tabId') ?? NaN);
  return Number.isInteger(value) ? value : undefined;
}
