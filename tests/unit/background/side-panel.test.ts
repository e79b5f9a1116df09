import { describe, expect, it } from 'vitest';
import { sidePanelOpener } from '../../../lib/side-panel';

describe('sidePanelOpener', () => {
  it("opens Chrome's side panel in the window it is given", async () => {
    const opened: unknown[] = [];
    const open = sidePanelOpener({
      sidePanel: { open: (options: unknown) => (opened.push(options), Promise.resolve()) },
    });
    await open?.(7);
    expect(opened).toEqual([{ windowId: 7 }]);
  });

  it("opens Firefox's sidebar where there is no sidePanel", async () => {
    let opened = 0;
    const open = sidePanelOpener({ sidebarAction: { open: () => (opened++, Promise.resolve()) } });
    await open?.(7);
    expect(opened).toBe(1);
  });

  it('gives nothing to call where the browser has neither', () => {
    expect(sidePanelOpener({})).toBeNull();
  });
});
